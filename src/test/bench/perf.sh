#!/usr/bin/env bash
# The whole performance table of issue #17 in one run, against the packaged jar started as a user
# starts it: start-up to the first page (several fresh starts), then under wrk -t2 -c32 the guest topic
# page, the static CSS, the same topic page signed in, a quiz question page, the Today page and the quiz autosave API,
# each with the ratio to the guest page and the JVM's CPU time per request, and the resident set size after the load.
#   src/test/bench/perf.sh [seconds-per-url] [warm-up-seconds-per-url] [starts]   (default 15 20 3)
# The warm-up: on a 2-core machine the JIT's C2 compiler shares the cores with the load and takes 30-40 s of
# load before a page's figures settle (src/test/bench/warm-up.sh shows it round by round); with 5 s per URL,
# the heavier pages were measured half compiled and single runs moved by tens of points.
# LAUNCH=bin (default): bin/interviewlab, the shipped launcher with its defaults, no flags added.
# LAUNCH=plain: java -jar "$JAR" with no flags (how issue #17's "before" figures were taken).
# Start-up: each fresh start on an empty database, then one restart on the first one's database; with
# the CPU seconds the JVM used by the first page (steadier than seconds on a shared machine).
# JAR=path picks another jar (default target/interview-lab.jar, packaged if missing). PORT (default 18400).
# The quiz API is rate limited per client (300 changes a minute by default); the run switches that
# limit off with --interviewlab.rate-limit.enabled=false, or the autosave row would measure 429s.
# MEMORY_REPORT=dir: after the load, writes where the resident memory is to dir: /proc/<pid>/smaps_rollup,
# the mappings by resident size, and, if JAVA_OPTS has -XX:NativeMemoryTracking=summary, the JVM's own account.
# Needs: wrk, curl, jq. Results go to docs/benchmarks/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-15}; warm=${2:-20}; starts=${3:-3}
port=${PORT:-18400}
jar=${JAR:-target/interview-lab.jar}
launch=${LAUNCH:-bin}
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
base="http://127.0.0.1:$port"
topic=/topics/tcp-connection-states
work=$(mktemp -d)
pid=

start_app() { # $1: data directory; other arguments go to the application
  local data=$1; shift
  if [ "$launch" = plain ]; then
    java -jar "$jar" --server.port="$port" --interviewlab.data-dir="$data" "$@" > "$data.log" 2>&1 &
  else
    INTERVIEWLAB_JAR="$jar" INTERVIEWLAB_CDS_DIR="${INTERVIEWLAB_CDS_DIR:-$work/cds}" bin/interviewlab \
      --server.port="$port" --interviewlab.data-dir="$data" "$@" > "$data.log" 2>&1 &
  fi
  pid=$!
}
stop_app() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi
}
trap 'stop_app; rm -rf "$work"' EXIT
wait_for_page() { # prints the seconds from $1 (nanoseconds since the epoch) to the first topic page
  until curl -fs -o /dev/null "$base$topic"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work"/*.log >&2; exit 1; }
    sleep 0.05
  done
  awk -v a="$1" -v b="$(date +%s%N)" 'BEGIN {printf "%.1f", (b - a) / 1e9}'
}

cpu_seconds() { # CPU time the JVM has used so far (user + system): on a loaded machine, steadier than the wall clock
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), launch=$launch, jar=$jar"
# --- start-up: a fresh database each time (the content is loaded and indexed at every first start)
if [ "$starts" -gt 0 ] && [ "$launch" != plain ]; then
  # the launcher's first start writes its class-data archive; that start is not counted
  start_app "$work/train"; wait_for_page "$(date +%s%N)" > /dev/null; sleep 2; stop_app
fi
times=(); cpus=()
for i in $(seq 1 "$starts"); do
  t0=$(date +%s%N); start_app "$work/start$i"
  times+=("$(wait_for_page "$t0")"); cpus+=("$(cpu_seconds)"); stop_app
done
if [ "$starts" -gt 0 ]; then
  echo "start-up to the first topic page (${starts} fresh starts): ${times[*]} s; CPU time used by then: ${cpus[*]} s"
  # and once more on the first start's database: the content is there, as on every restart of a site
  t0=$(date +%s%N); start_app "$work/start1"; again=$(wait_for_page "$t0"); again_cpu=$(cpu_seconds); stop_app
  echo "restart on an existing database: $again s; CPU time used by then: $again_cpu s"
  echo "load after the starts: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# --- load
t0=$(date +%s%N); start_app "$work/load" --interviewlab.rate-limit.enabled=false; first=$(wait_for_page "$t0")
echo "load start, fresh database: first topic page after $first s, CPU time used by then: $(cpu_seconds) s"
# the quiz bank is loaded after the first page can be served; the index is built last
until grep -q 'Search index built' "$work/load.log"; do sleep 0.5; done
jarfile="$work/cookies"
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(curl -fsS -c "$jarfile" -b "$jarfile" "$base/register" | csrf_of)
curl -fsS -o /dev/null -c "$jarfile" -b "$jarfile" --data-urlencode "_csrf=$token" -d username=benchreader \
  -d displayName=Bench+Reader --data-urlencode 'password=correct horse battery' \
  --data-urlencode 'confirmation=correct horse battery' "$base/register"
token=$(curl -fsS -c "$jarfile" -b "$jarfile" "$base/quizzes" | csrf_of)
cookie=$(awk '$6 == "JSESSIONID" || $6 == "XSRF-TOKEN" {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jarfile")
attempt=$(curl -fsS -b "$jarfile" -H "X-CSRF-TOKEN: $token" -H 'Content-Type: application/json' \
  -d '{"topics":["tcp-connection-states"],"count":5,"practice":true}' "$base/api/quizzes/attempts")
id=$(jq -r .id <<< "$attempt")
position=$(jq -r '.questions[0].position' <<< "$attempt")
# an answer of the question's type (the choice of questions is random)
answer=$(jq -c '.questions[0] | if .type == "single" then .options[0].id elif .type == "multiple" then [.options[0].id]
  elif .type == "ordering" then [.options[].id] elif .type == "true-false" then true else "1101" end' <<< "$attempt")
cat > "$work/autosave.lua" <<EOF
wrk.method = "PUT"
wrk.body = '{"answer": $answer}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-CSRF-TOKEN"] = "$token"
EOF
curl -fsS -o /dev/null -H "Cookie: $cookie" "$base$topic"
curl -fsS -o /dev/null -H "Cookie: $cookie" -H 'Content-Type: application/json' -H "X-CSRF-TOKEN: $token" \
  -X PUT -d "{\"answer\": $answer}" "$base/api/quizzes/attempts/$id/questions/$position/answer"
page=$(curl -fsS -H "Cookie: $cookie" "$base$topic")
grep -q 'Bench Reader' <<< "$page" || { echo "not signed in" >&2; exit 1; }

names=("guest topic page" "static css" "signed-in topic page" "signed-in quiz question" "signed-in today page"
       "signed-in quiz autosave (PUT)")
urls=("$topic" "/assets/css/site.css" "$topic" "/quizzes/attempts/$id?q=$position" "/today"
      "/api/quizzes/attempts/$id/questions/$position/answer")
args=("" "" "cookie" "cookie" "cookie" "autosave")
run_wrk() { # $1: index, $2: seconds, then wrk's own options
  local i=$1 s=$2; shift 2
  local opts=(-t2 -c32 -d"${s}s" "$@")
  case ${args[$i]} in
    cookie) opts+=(-H "Cookie: $cookie") ;;
    autosave) opts+=(-H "Cookie: $cookie" -s "$work/autosave.lua") ;;
  esac
  wrk "${opts[@]}" "$base${urls[$i]}"
}
for i in "${!urls[@]}"; do run_wrk "$i" "$warm" > /dev/null; done
printf "%-30s %10s %8s %8s %8s %8s %9s  %s\n" request req/s ratio p50 p90 p99 "CPU/req" errors
declare -a rate
for i in "${!urls[@]}"; do
  cpu0=$(cpu_seconds)
  out=$(run_wrk "$i" "$seconds" --latency)
  cpu1=$(cpu_seconds)
  rate[$i]=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  done_requests=$(awk '/requests in/ {print $1}' <<< "$out")
  # the JVM's CPU time per request: what the page costs, however busy the machine is
  per=$(awk -v a="$cpu0" -v b="$cpu1" -v n="$done_requests" 'BEGIN {if (n > 0) printf "%.2f ms", 1000 * (b - a) / n; else print "n/a"}')
  p50=$(awk '$1=="50%" {print $2}' <<< "$out")
  p90=$(awk '$1=="90%" {print $2}' <<< "$out")
  p99=$(awk '$1=="99%" {print $2}' <<< "$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<< "$out" | tr -s ' ' | tr '\n' ' ' || true)
  ratio=$(awk -v a="${rate[$i]}" -v b="${rate[0]}" 'BEGIN {if (b > 0) printf "%.0f %%", 100 * a / b; else print "n/a"}')
  printf "%-30s %10s %8s %8s %8s %8s %9s  %s\n" "${names[$i]}" "${rate[$i]}" "$ratio" "$p50" "$p90" "$p99" "$per" "$errors"
done
echo "ratio: req/s against the guest topic page in the same run; CPU/req: the JVM's CPU time (user + system) per answered request"
echo "resident set size after the load: $(ps -o rss= -p "$pid" | awk '{printf "%d MB", $1/1024}'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM flags: $(jcmd "$pid" VM.command_line 2>/dev/null | grep -E '^jvm_args' | cut -c11- || true)"
if [ -n "${MEMORY_REPORT:-}" ]; then
  mkdir -p "$MEMORY_REPORT"
  cp "/proc/$pid/smaps_rollup" "$MEMORY_REPORT/smaps_rollup"
  # resident kB per mapping (file name, or [heap]/[anon]), largest first
  awk '/^[0-9a-f]+-[0-9a-f]+ / {name = (NF >= 6 ? $6 : "[anon]")} /^Rss:/ {rss[name] += $2}
       END {for (n in rss) if (rss[n] > 0) printf "%8d kB  %s\n", rss[n], n}' "/proc/$pid/smaps" | sort -rn > "$MEMORY_REPORT/rss-by-mapping"
  jcmd "$pid" VM.native_memory summary > "$MEMORY_REPORT/nmt-summary" 2>&1 || true
  jcmd "$pid" GC.heap_info > "$MEMORY_REPORT/heap-info" 2>&1 || true
  jcmd "$pid" Compiler.codecache > "$MEMORY_REPORT/codecache" 2>&1 || true
  # the live set: what a full collection leaves (the heap a -Xmx has to hold, plus room to allocate)
  jcmd "$pid" GC.run > /dev/null 2>&1 && jcmd "$pid" GC.heap_info > "$MEMORY_REPORT/heap-after-full-gc" 2>&1 || true
  # what the live set is made of, largest classes first (the histogram collects first: live objects only)
  jcmd "$pid" GC.class_histogram > "$MEMORY_REPORT/live-histogram" 2>&1 || true
  echo "memory report: $MEMORY_REPORT"
fi
