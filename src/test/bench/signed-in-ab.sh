#!/usr/bin/env bash
# Two jars side by side (started together with bin/interviewlab, no class-data archive), rows interleaved old/new:
# the JVM's CPU time per request and req/s of the guest and the signed-in topic page, wrk -t2 -c32. For a loaded
# machine, where perf.sh's sequential runs of one jar after the other are minutes apart.
#   src/test/bench/signed-in-ab.sh OLD.jar NEW.jar [seconds-per-row] [rounds]   (ports 18510, 18511)
set -euo pipefail
cd "$(dirname "$0")/../../.."
old=$1; new=$2; secs=${3:-8}; rounds=${4:-2}
topic=/topics/tcp-connection-states
work=$(mktemp -d)
declare -A pid port cookie
port[old]=18510; port[new]=18511
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
  until curl -fs -o /dev/null "$base$topic"; do sleep 1; done
  until grep -q 'Search index built' $work/$v.log; do sleep 1; done
  j=$work/$v.cookies
  token=$(curl -fsS -c $j -b $j "$base/register" | csrf_of)
  curl -fsS -o /dev/null -c $j -b $j --data-urlencode "_csrf=$token" -d username=benchreader -d displayName=Bench+Reader \
    --data-urlencode 'password=correct horse battery' --data-urlencode 'confirmation=correct horse battery' "$base/register"
  curl -fsS -o /dev/null -c $j -b $j "$base/quizzes"
  cookie[$v]=$(awk '$6 == "JSESSIONID" || $6 == "XSRF-TOKEN" {printf "%s%s=%s", sep, $6, $7; sep="; "}' $j)
  page=$(curl -fsS -H "Cookie: ${cookie[$v]}" "$base$topic"); [[ $page == *"Bench Reader"* ]] || { echo "not signed in" >&2; exit 1; }
done
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' /proc/$1/stat; }
run() { # v name path cookie? seconds
  local v=$1 name=$2 path=$3 c=$4 s=$5
  local opts=(-t2 -c32 -d${s}s --latency)
  [ $c = yes ] && opts+=(-H "Cookie: ${cookie[$v]}")
  local a b out n
  a=$(cpu ${pid[$v]}); out=$(wrk "${opts[@]}" http://127.0.0.1:${port[$v]}$path); b=$(cpu ${pid[$v]})
  n=$(awk '/requests in/ {print $1}' <<< "$out")
  printf "%-4s %-22s %9s req/s  p50 %8s  p99 %8s  CPU/req %s ms  %s\n" $v "$name" "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" \
    "$(awk '$1=="50%" {print $2}' <<< "$out")" "$(awk '$1=="99%" {print $2}' <<< "$out")" \
    "$(awk -v a=$a -v b=$b -v n=$n 'BEGIN {printf "%.2f", 1000*(b-a)/n}')" "$(grep -E 'Non-2xx|timeout [1-9]' <<< "$out" | tr -s ' ' | tr '\n' ' ' || true)"
}
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); old=$old new=$new; wrk -t2 -c32 ${secs}s per row"
for v in old new; do for p in "guest-topic $topic no" "signed-in-topic $topic yes"; do
  set -- $p; run $v "$1" "$2" "$3" 4 > /dev/null; done; done
echo "warm-up done, load $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 $rounds); do
  for v in old new; do
    run $v guest-topic $topic no $secs
    run $v signed-in-topic $topic yes $secs
  done
  echo "round $r done, load $(cut -d' ' -f1-3 /proc/loadavg)"
done
