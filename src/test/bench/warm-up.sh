#!/usr/bin/env bash
# How long the JIT takes to settle under load: starts the packaged jar with bin/interviewlab on a fresh database,
# drives one page with wrk -t2 -c32 in rounds and prints each round's req/s and p99 with the CPU time the JIT's
# compiler threads have used so far. When the C2 time stops growing, the page's figures are the compiled code's.
#   src/test/bench/warm-up.sh [path] [rounds] [seconds-per-round]   (default /topics/tcp-connection-states 8 10)
# JAR=path picks another jar (default target/interview-lab.jar). PORT (default 18401). Needs: wrk, curl, jcmd.
set -euo pipefail
cd "$(dirname "$0")/../../.."
path=${1:-/topics/tcp-connection-states}; rounds=${2:-8}; seconds=${3:-10}
port=${PORT:-18401}
jar=${JAR:-target/interview-lab.jar}
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
data=$(mktemp -d)
INTERVIEWLAB_JAR="$jar" INTERVIEWLAB_CDS_DIR="${INTERVIEWLAB_CDS_DIR:-$data/cds}" bin/interviewlab --server.port="$port" \
  --interviewlab.data-dir="$data/db" > "$data/log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port$path"; do
  kill -0 "$pid" 2>/dev/null || { cat "$data/log" >&2; exit 1; }
  sleep 0.5
done
# bin/interviewlab execs java: the launcher's pid is the JVM's
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $path"
for round in $(seq 1 "$rounds"); do
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "http://127.0.0.1:$port$path")
  compilers=$(ps -L -o comm=,time= -p "$pid" | awk '/C[12] CompilerThre/ {printf "%s %s  ", $1, $3}')
  printf "round %2d: %9s req/s  p99 %8s   compiler CPU so far: %s\n" "$round" \
    "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" "$(awk '$1 == "99%" {print $2}' <<< "$out")" "$compilers"
done
