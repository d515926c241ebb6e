#!/usr/bin/env bash
# Runs the power-flow benchmarks (JMH, 1 fork, 3 warm-up and 5 measurement iterations of 1 s each)
# and the side-by-side comparison with PowSyBl OpenLoadFlow. Not part of `mvn verify`.
# Usage, from the repository root:  bash network-model/run-benchmarks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -pl network-model -am install -DskipTests
mvn -q -pl network-model test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
cp="network-model/target/test-classes:network-model/target/classes:$(cat network-model/target/test.classpath)"
exec java -cp "$cp" org.lvflex.network.bench.BenchmarkMain "$@"
