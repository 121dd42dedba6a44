#!/usr/bin/env bash
# The Spark benchmark (not part of the build; run it on a quiet machine): EvaluateJob in Spark local mode (local[2])
# against the library's own batch on the same two cores, and how the job scales with the number of partitions.
# Figures and how to read them: docs/performance.md, section "Spark".
#
#   scripts/spark-benchmark.sh [REQUESTS] [PARTITIONS...]       defaults: 200000 requests; 1 2 4 8 16 partitions
#
# With SPARK_HOME set, the job runs with $SPARK_HOME/bin/spark-submit (a real distribution); otherwise with Spark's
# own SparkSubmit on Spark's own classpath from Maven (scripts/spark-classpath.pom.xml), as the tests do.
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-200000}
shift || true
PARTITIONS=${*:-1 2 4 8 16}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" rules-spark/pom.xml | head -1; }
SPARK_VERSION=$(prop spark.version)
JVM_OPTIONS=$(prop spark.jvm.options)
HEAP=-Xmx2g

echo "== building (no tests)"
mvn -B -q -DskipTests package dependency:build-classpath -pl rules-spark -am \
  -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/library.classpath"
LIBRARY_CP="rules-spark/target/test-classes:rules-spark/target/classes:$(cat "$WORK/library.classpath")"
JAR=rules-spark/target/doudi-spark.jar
if [ -z "${SPARK_HOME:-}" ]; then
  mvn -B -q -f scripts/spark-classpath.pom.xml dependency:build-classpath -Dspark.version="$SPARK_VERSION" \
    -Dmdep.outputFile="$WORK/spark.classpath"
fi

submit() {  # submit OUT ARGS...: runs EvaluateJob in local[2], prints its summary line
  local out=$1; shift
  if [ -n "${SPARK_HOME:-}" ]; then
    "$SPARK_HOME/bin/spark-submit" --master 'local[2]' --driver-memory 2g --conf spark.ui.enabled=false \
      --class org.doudi.rules.spark.EvaluateJob "$JAR" --requests "$WORK/requests.jsonl" --out "$out" "$@" \
      2> "$WORK/stderr" || { cat "$WORK/stderr"; exit 1; }
  else
    # shellcheck disable=SC2086
    java $HEAP $JVM_OPTIONS -Dlog4j2.configurationFile=rules-spark/src/test/resources/log4j2-test.properties \
      -cp "$(cat "$WORK/spark.classpath")" org.apache.spark.deploy.SparkSubmit --master 'local[2]' \
      --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
      --class org.doudi.rules.spark.EvaluateJob "$JAR" --requests "$WORK/requests.jsonl" --out "$out" "$@" \
      2> "$WORK/stderr" || { cat "$WORK/stderr"; exit 1; }
  fi
  grep '^EvaluateJob:' "$WORK/stderr"
}

echo "== $REQUESTS generated requests (Spark $SPARK_VERSION, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
java $HEAP -cp "$LIBRARY_CP" org.doudi.rules.spark.GenerateRequestsBench "$REQUESTS" "$WORK/requests.jsonl"
ls -l "$WORK/requests.jsonl" | awk '{print $5 " bytes"}'

echo "== the library's batch on one machine (same work per request: decode, decide, encode the batch line)"
for threads in 1 2; do
  java $HEAP -cp "$LIBRARY_CP" org.doudi.rules.spark.LibraryBatchBench "$WORK/requests.jsonl" "$WORK/library.out" "$threads"
done

echo "== EvaluateJob, local[2], by number of partitions"
for p in $PARTITIONS; do
  rm -rf "$WORK/out"
  submit "$WORK/out" --partitions "$p"
done
cat "$WORK"/out/part-* | cmp - "$WORK/library.out" && echo "(the last run's output is byte for byte the library's)"

echo "== EvaluateJob, local[2], 2 partitions, the library's ordered batch on 2 threads inside each task"
rm -rf "$WORK/out"
submit "$WORK/out" --partitions 2 --threads-per-task 2
