#!/usr/bin/env bash
# Runs the JMH benchmarks of rules-testkit (decisions per second) and times the CLI's cold start.
# Not part of the build: benchmarks need a quiet machine. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests install
mvn -B -q -pl rules-testkit dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
CP="rules-testkit/target/test-classes:rules-testkit/target/classes:$(cat rules-testkit/target/benchmark.classpath)"
echo "== cold start: JVM start to first decision (java -jar doudi.jar evaluate), 5 runs"
for i in 1 2 3 4 5; do
  /usr/bin/time -f "%e s" java -jar doudi-cli/target/doudi.jar evaluate examples/xiayi-graded-gap.json > /dev/null
done
echo "== JMH"
java -cp "$CP" org.openjdk.jmh.Main DecisionBenchmark "$@"
