#!/usr/bin/env bash
# The guest topic page under wrk -t2 -c32 with several request-thread counts (and, optionally, JVM options),
# each from a fresh start of the packaged jar through bin/interviewlab, variants interleaved round by round.
#   src/test/bench/threads-ab.sh [rounds] [threads...]        (default: 2 rounds of 4 6 8 16)
# JAVA_OPTS is passed on to every variant (e.g. JAVA_OPTS=-Xmn48m). Prints one line per run: req/s, p50, p99,
# JVM CPU per request (/proc/<pid>/stat over the measured 15 s), RSS after the load, young and full collections.
# Needs wrk and curl; run it on a quiet machine (the load average is printed on each line).
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${1:-2}; shift || true
threads=("$@"); [ ${#threads[@]} -gt 0 ] || threads=(4 6 8 16)
jar=${JAR:-target/interview-lab.jar}
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
port=${PORT:-18500}; base="http://127.0.0.1:$port"; topic=/topics/tcp-connection-states
work=$(mktemp -d); pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
hz=$(getconf CLK_TCK)
run() { # $1: threads
  local data="$work/run-$RANDOM"
  mkdir -p "$data"
  env INTERVIEWLAB_JAR="$jar" INTERVIEWLAB_CDS_DIR="$work/cds" JAVA_OPTS="${JAVA_OPTS:-} -Xlog:gc:file=$data/gc.log" \
    bin/interviewlab --server.port="$port" --interviewlab.data-dir="$data/db" --server.tomcat.threads.max="$1" > "$data/app.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$base$topic"; do kill -0 "$pid" || { cat "$data/app.log"; exit 1; }; sleep 0.1; done
  wrk -t2 -c32 -d10s "$base$topic" > /dev/null
  local t0 t1 out
  t0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  out=$(wrk -t2 -c32 -d15s --latency "$base$topic")
  t1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  echo "$out" | awk -v threads="$1" -v t0="$t0" -v t1="$t1" -v hz="$hz" \
    -v rss="$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")" \
    -v young="$(grep -c 'Pause Young' "$data/gc.log")" -v full="$(grep -c 'Pause Full' "$data/gc.log" || true)" \
    -v loadavg="$(cut -d' ' -f1 /proc/loadavg)" '
    /requests in/ {n = $1} /Requests\/sec/ {rps = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2}
    END {printf "%2d threads | %9.0f req/s | p50 %7s | p99 %7s | %.2f ms CPU/req | RSS %s MB | young %s full %s | load %s\n",
         threads, rps, p50, p99, (t1 - t0) / hz * 1000 / n, rss, young, full, loadavg}'
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), JAVA_OPTS=${JAVA_OPTS:-}"
for ((round = 1; round <= rounds; round++)); do
  for t in "${threads[@]}"; do run "$t"; done
done
