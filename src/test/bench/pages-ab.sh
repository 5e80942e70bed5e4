#!/usr/bin/env bash
# Two jars side by side, rows interleaved old/new in rounds, for a machine whose speed drifts (a shared VM: the CPU
# time per request of the same page moved by 70 % between perf.sh runs minutes apart): the guest topic page, a
# signed-in quiz question page and the signed-in Today page, wrk -t2 -c32, with each jar's req/s, p99 and CPU time
# per request per row, then per jar the median over the rounds and the signed-in pages' ratio to the guest page.
#   src/test/bench/pages-ab.sh OLD.jar NEW.jar [seconds-per-row] [rounds] [warm-up-seconds-per-row]   (default 8 5 20)
# Both start with bin/interviewlab (no class-data archive: it changes the start, not the pages), ports 18520/18521.
set -euo pipefail
cd "$(dirname "$0")/../../.."
old=$1; new=$2; secs=${3:-8}; rounds=${4:-5}; warm=${5:-20}
topic=/topics/tcp-connection-states
work=$(mktemp -d)
declare -A pid port cookie path
port[old]=18520; port[new]=18521
for v in old new; do
  jar=$old; [ $v = new ] && jar=$new
  INTERVIEWLAB_JAR="$jar" INTERVIEWLAB_CDS=off bin/interviewlab --server.port=${port[$v]} \
    --interviewlab.data-dir=$work/$v --interviewlab.rate-limit.enabled=false > $work/$v.log 2>&1 &
  pid[$v]=$!
done
trap 'kill ${pid[old]} ${pid[new]} 2>/dev/null; wait; rm -rf "$work"' EXIT
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
for v in old new; do
  base=http://127.0.0.1:${port[$v]}
  until curl -fs -o /dev/null "$base$topic"; do kill -0 ${pid[$v]} || { cat $work/$v.log >&2; exit 1; }; sleep 1; done
  until grep -q 'Search index built' $work/$v.log; do sleep 1; done
  j=$work/$v.cookies
  token=$(curl -fsS -c $j -b $j "$base/register" | csrf_of)
  curl -fsS -o /dev/null -c $j -b $j --data-urlencode "_csrf=$token" -d username=benchreader -d displayName=Bench+Reader \
    --data-urlencode 'password=correct horse battery' --data-urlencode 'confirmation=correct horse battery' "$base/register"
  token=$(curl -fsS -c $j -b $j "$base/quizzes" | csrf_of)
  cookie[$v]=$(awk '$6 == "JSESSIONID" || $6 == "XSRF-TOKEN" {printf "%s%s=%s", sep, $6, $7; sep="; "}' $j)
  attempt=$(curl -fsS -b $j -H "X-CSRF-TOKEN: $token" -H 'Content-Type: application/json' \
    -d '{"topics":["tcp-connection-states"],"count":5,"practice":true}' "$base/api/quizzes/attempts")
  path[$v]="/quizzes/attempts/$(jq -r .id <<< "$attempt")?q=$(jq -r '.questions[0].position' <<< "$attempt")"
  page=$(curl -fsS -H "Cookie: ${cookie[$v]}" "$base/today"); [[ $page == *"Bench Reader"* ]] || { echo "not signed in" >&2; exit 1; }
done
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' /proc/$1/stat; }
rows=(guest-topic quiz-question today)
run() { # version row seconds
  local v=$1 row=$2 s=$3 url opts=(-t2 -c32 -d${3}s --latency)
  case $row in
    guest-topic) url=$topic ;;
    quiz-question) url=${path[$v]}; opts+=(-H "Cookie: ${cookie[$v]}") ;;
    today) url=/today; opts+=(-H "Cookie: ${cookie[$v]}") ;;
  esac
  local a b out n
  a=$(cpu ${pid[$v]}); out=$(wrk "${opts[@]}" "http://127.0.0.1:${port[$v]}$url"); b=$(cpu ${pid[$v]})
  n=$(awk '/requests in/ {print $1}' <<< "$out")
  printf "%-4s %-14s %9s req/s  p50 %8s  p99 %8s  CPU/req %s ms  %s\n" $v $row "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" \
    "$(awk '$1=="50%" {print $2}' <<< "$out")" "$(awk '$1=="99%" {print $2}' <<< "$out")" \
    "$(awk -v a=$a -v b=$b -v n=$n 'BEGIN {printf "%.2f", 1000*(b-a)/n}')" "$(grep -E 'Non-2xx|timeout [1-9]' <<< "$out" | tr -s ' ' | tr '\n' ' ' || true)"
}
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); old=$old new=$new; wrk -t2 -c32 ${secs}s per row, $rounds rounds"
for v in old new; do for row in "${rows[@]}"; do run $v $row "$warm" > /dev/null; done; done
echo "warm-up done (${warm}s per row and jar), load $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  for v in old new; do for row in "${rows[@]}"; do run $v $row "$secs"; done; done
done | tee $work/rows
# per jar and row: the median req/s, p99 (ms) and CPU/req over the rounds, and each row's ratio to the guest page
echo "medians over $rounds rounds:"
awk '
  function ms(t) { return t ~ /us$/ ? t / 1000 : t ~ /ms$/ ? t + 0 : t * 1000 }
  function median(list,   a, n, i, j, t) { n = split(list, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  { key = $1 " " $2; rate[key] = rate[key] " " $3; p99[key] = p99[key] " " ms($8); cpu[key] = cpu[key] " " $10; keys[key] = 1 }
  END { for (v = 1; v <= 2; v++) { ver = v == 1 ? "old" : "new"; guest = median(rate[ver " guest-topic"])
      split("guest-topic quiz-question today", rows, " ")
      for (i = 1; i <= 3; i++) { key = ver " " rows[i]; m = median(rate[key])
        printf "%-4s %-14s %9.0f req/s  %4.0f %% of guest  p99 %6.1f ms  CPU/req %.2f ms\n", ver, rows[i], m, 100 * m / guest, median(p99[key]), median(cpu[key]) } } }
' $work/rows
