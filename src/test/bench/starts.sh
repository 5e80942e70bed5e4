#!/usr/bin/env bash
# Start-up only (issue #17): jars started in turns through bin/interviewlab, each on a fresh database,
# then once more on its first database (a restart); prints the seconds to the first topic page, the CPU
# seconds the JVM had used by then, and where the time went by the log: JVM start to "Started", to the
# built-in notes loaded, to the first page.
#   src/test/bench/starts.sh [starts] NAME=JAR[:ENV=VALUE...] ...
# e.g. src/test/bench/starts.sh 3 old=/work/main/target/interview-lab.jar:INTERVIEWLAB_AOT=off new=target/interview-lab.jar
# PORT (default 18400). Each jar's first start (not counted) writes its class-data archive.
set -euo pipefail
cd "$(dirname "$0")/../../.."
starts=$1; shift
port=${PORT:-18400}
topic="http://127.0.0.1:$port/topics/tcp-connection-states"
work=$(mktemp -d)
pid=
trap '[ -z "$pid" ] || { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }; rm -rf "$work"' EXIT

start() { # $1: variant (NAME=JAR:ENV=VALUE...), $2: data directory
  local name=${1%%=*} spec=${1#*=}; local jar=${spec%%:*} envs=()
  [ "$spec" = "$jar" ] || IFS=: read -ra envs <<< "${spec#*:}"
  env ${envs[@]+"${envs[@]}"} INTERVIEWLAB_JAR="$jar" INTERVIEWLAB_CDS_DIR="$work/cds-$name" bin/interviewlab \
    --server.port="$port" --interviewlab.data-dir="$2" > "$2.log" 2>&1 &
  pid=$!
}
measure() { # $1: variant, $2: data directory; prints one row
  local t0; t0=$(date +%s%N); start "$1" "$2"
  until curl -fs -o /dev/null "$topic"; do
    kill -0 "$pid" 2>/dev/null || { cat "$2.log" >&2; exit 1; }
    sleep 0.05
  done
  local t1; t1=$(date +%s%N)
  local cpu; cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  # log times relative to the JVM's start: "Started ... (process running for X)", the notes loaded
  local started loaded
  started=$(grep -o 'process running for [0-9.]*' "$2.log" | awk '{print $4}')
  loaded=$(awk -v t0="$t0" '/Built-in content:/ {split($1, a, "T"); split(a[2], b, ":"); sub("Z", "", b[3]);
    print b[1] * 3600 + b[2] * 60 + b[3]; exit}' "$2.log")
  local day0; day0=$(date -u -d "@$((t0 / 1000000000))" +%s)
  printf "%-6s %-8s %6.1f s %6s s CPU   Started at %5s s, notes loaded at %5s s  (load %s)\n" "${1%%=*}" "$3" \
    "$(awk -v a="$t0" -v b="$t1" 'BEGIN {print (b - a) / 1e9}')" "$cpu" "$started" \
    "$(awk -v l="$loaded" -v t0="$t0" 'BEGIN {if (l == "") print "-"; else {s = (t0 / 1e9) % 86400; printf "%.1f", l - s}}')" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for v in "$@"; do # the launcher's first start writes the class-data archive: not counted
  start "$v" "$work/train-${v%%=*}"
  until curl -fs -o /dev/null "$topic"; do kill -0 "$pid" 2>/dev/null || { cat "$work/train-${v%%=*}.log" >&2; exit 1; }; sleep 0.2; done
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
done
for i in $(seq 1 "$starts"); do
  for v in "$@"; do measure "$v" "$work/${v%%=*}-$i" fresh; done
done
for v in "$@"; do measure "$v" "$work/${v%%=*}-1" restart; done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
