#!/usr/bin/env bash
# Autosave throughput on the embedded H2 file database, shipped setting (WRITE_DELAY=0: every
# acknowledged answer is in the file) against H2's default (500 ms), each in a fresh JVM and a fresh
# database. Prints answers/s and latency per setting. Results go to docs/benchmarks/durability.md.
#   src/test/bench/autosave.sh [threads] [warm-up s] [measured s]     (default 8 10 20)
set -euo pipefail
cd "$(dirname "$0")/../../.."
threads=${1:-8}; warm=${2:-10}; measured=${3:-20}
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt
cp="target/test-classes:target/classes:$(cat target/jmh-classpath.txt)"
echo "# $(date -u +%FT%TZ) $(nproc) cores, $threads learners, ${warm} s warm-up, ${measured} s measured"
for round in 1 2; do
  for delay in 0 500; do
    java -Xmx256m -cp "$cp" dev.interviewlab.quiz.benchmark.AutosaveThroughput "$delay" "$threads" "$warm" "$measured" | grep '^write_delay'
  done
done
