#!/usr/bin/env bash
# Load benchmark for the foundation (issue #2): a topic page, /topics, /api/search and a static
# CSS file, each under 32 connections, against the packaged jar on an H2 file database.
# Prints requests/s and latency percentiles per URL, then the heap in use after the load.
#   src/test/bench/load.sh [seconds-per-url]      (default 15; the heap check runs 60 s in all)
# Needs: wrk (apt-get install wrk), curl, jcmd (in the JDK). Results go to docs/benchmarks/.
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-15}
port=${PORT:-18080}
jar=target/interview-lab.jar
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
data=$(mktemp -d)
java -Xmx256m -jar "$jar" --server.port="$port" --interviewlab.data-dir="$data" > "$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until grep -q 'Search index built' "$data/app.log"; do
  kill -0 $pid 2>/dev/null || { cat "$data/app.log"; exit 1; }
  sleep 0.5
done
base="http://127.0.0.1:$port"
urls=("/topics/tcp-connection-states" "/topics" "/api/search?q=time%20wait" "/assets/css/site.css")
for url in "${urls[@]}"; do curl -fsS -o /dev/null "$base$url"; done
# warm-up: let the JIT compile the hot paths before measuring
for url in "${urls[@]}"; do wrk -t2 -c32 -d20s "$base$url" > /dev/null; done
echo "# $(date -u +%FT%TZ) $(nproc) cores, $seconds s per URL, 32 connections, 2 wrk threads, -Xmx256m"
printf "%-32s %10s %8s %8s %8s\n" url req/s p50 p90 p99
declare -A rate
for url in "${urls[@]}"; do
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "$base$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1=="50%" {print $2}' <<< "$out")
  p90=$(awk '$1=="90%" {print $2}' <<< "$out")
  p99=$(awk '$1=="99%" {print $2}' <<< "$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<< "$out" || true)
  printf "%-32s %10s %8s %8s %8s %s\n" "$url" "$rps" "$p50" "$p90" "$p99" "$errors"
  rate[$url]=$rps
done
echo "topic page / static file: $(awk -v a="${rate[${urls[0]}]}" -v b="${rate[${urls[3]}]}" 'BEGIN {printf "%.0f %%", 100 * a / b}') (target: at least 30 %)"
# the heap check: 60 s of mixed load in all, then a full GC and the heap in use
remaining=$(( 60 - seconds * ${#urls[@]} ))
if [ $remaining -gt 0 ]; then wrk -t2 -c32 -d"${remaining}s" "$base${urls[0]}" > /dev/null; fi
jcmd $pid GC.run > /dev/null
echo "heap after load and a full GC: $(jcmd $pid GC.heap_info | grep -oE 'used [0-9]+K' | head -1)"
echo "resident set size: $(ps -o rss= -p $pid | awk '{printf "%d MB", $1/1024}')"
