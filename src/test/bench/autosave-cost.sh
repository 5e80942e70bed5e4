#!/usr/bin/env bash
# What one autosave costs independent of the machine's load: SQL statements and bytes allocated per answer
# and per flag, one thread, through AttemptService on the embedded H2 file database (AutosaveCost).
#   src/test/bench/autosave-cost.sh [warm-up calls] [measured calls] [empty PostgreSQL database's JDBC URL]
# (default 3000 2000, H2 in a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/../../.."
warm=${1:-3000}; measured=${2:-2000}; database=${3:-}
./mvnw -q -B -o test-compile
[ -s target/jmh-classpath.txt ] || ./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt
cp="target/test-classes:target/classes:$(cat target/jmh-classpath.txt)"
echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD), $warm warm-up calls, $measured measured"
java -Xmx256m -cp "$cp" dev.interviewlab.quiz.benchmark.AutosaveCost "$warm" "$measured" $database | grep '^autosave'
