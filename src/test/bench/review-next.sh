#!/usr/bin/env bash
# "Next card" latency (issue 13): one learner with 10k review cards and 100k review-log rows, on an H2 file
# database and on PostgreSQL (127.0.0.1:5432, user postgres, trust auth; a database of its own, dropped
# afterwards). Each run is a fresh JVM and a fresh database; prints p50/p90/p99 of the next-card call and of
# the due count. Results go to docs/benchmarks/review.md.
#   src/test/bench/review-next.sh [warm-up calls] [measured calls] [rounds]     (default 500 2000 2)
set -euo pipefail
cd "$(dirname "$0")/../../.."
warm=${1:-500}; measured=${2:-2000}; rounds=${3:-2}
./mvnw -q -o -B test-compile
./mvnw -q -o -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt
cp="target/test-classes:target/classes:$(cat target/jmh-classpath.txt)"
main=dev.interviewlab.review.benchmark.NextCardLatency
echo "# $(date -u +%FT%TZ) $(nproc) cores (shared), load $(cut -d' ' -f1-3 /proc/loadavg), $warm warm-up + $measured measured calls"
for round in $(seq "$rounds"); do
  data=$(mktemp -d)
  echo "## H2 file database, round $round"
  java -Xmx512m -cp "$cp" "$main" "jdbc:h2:file:$data/bench;AUTO_SERVER=FALSE;WRITE_DELAY=0" sa "" "$warm" "$measured" \
    | grep -E '^(seeded|next|due)'
  rm -rf "$data"
  db="interviewlab_bench_review_$$"
  psql -h 127.0.0.1 -U postgres -qc "create database $db" postgres
  echo "## PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version' postgres), round $round"
  java -Xmx512m -cp "$cp" "$main" "jdbc:postgresql://127.0.0.1:5432/$db" postgres "" "$warm" "$measured" \
    | grep -E '^(seeded|next|due)' || true
  psql -h 127.0.0.1 -U postgres -qc "drop database $db" postgres
done
