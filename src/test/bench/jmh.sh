#!/usr/bin/env bash
# Runs the JMH benchmarks (classes under src/test/java/**/benchmark). They are not part of
# `./mvnw verify`: numbers come from a quiet machine, not from a timed unit test.
#   src/test/bench/jmh.sh                      # every benchmark, JMH defaults
#   src/test/bench/jmh.sh CacheEngineBenchmark -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main "$@"
