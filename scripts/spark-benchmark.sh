#!/usr/bin/env bash
# The Spark benchmarks (not part of the build; run them on a quiet machine). Figures and how to read them:
# docs/performance.md, section "Spark".
#
#   scripts/spark-benchmark.sh [REQUESTS] [PARTITIONS...]
#       EvaluateJob in Spark local mode (local[2]) against the library's own batch on the same two cores, and how the
#       job scales with the number of partitions. Defaults: 200000 requests; 1 2 4 8 16 partitions.
#   scripts/spark-benchmark.sh screen [CASES] [ROWS] [PARTITIONS...]
#       ScreenJob in local[2] against `doudi screen` on the same two cores: a generated caseload of CASES enrolled
#       cases against nine generated registries of ROWS rows each (scripts/screen-benchmark/GenerateScreening.java;
#       the first 2,000 rows of each name caseload members). Defaults: 20000 cases; 200000 rows; 2 4 8 partitions.
#       Each run also prints its CPU time (/usr/bin/time): on a shared machine the figure to compare.
#
# With SPARK_HOME set, the jobs run with $SPARK_HOME/bin/spark-submit (a real distribution); otherwise with Spark's
# own SparkSubmit on Spark's own classpath from Maven (scripts/spark-classpath.pom.xml), as the tests do.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=evaluate
if [ "${1:-}" = screen ]; then
  MODE=screen
  shift
fi
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

# Every timed process runs under /usr/bin/time: its CPU time (user + system, all threads) is what a busy machine
# distorts least, so each run also prints its rate per CPU-second.
TIMED=(/usr/bin/time -o "$WORK/time" -f '%e %U %S')
cputime() {  # cputime COUNT UNIT: the last timed process's wall and CPU time, and COUNT per CPU-second
  awk -v n="$1" -v u="$2" '{ c = $2 + $3; printf "  process: %.1f s wall, %.1f s CPU, %.0f %s per CPU-second\n", $1, c, n / c, u }' "$WORK/time"
}

submit() {  # submit CLASS ARGS...: runs a job of the jar in local[2], prints its summary line
  local class=$1; shift
  if [ -n "${SPARK_HOME:-}" ]; then
    "${TIMED[@]}" "$SPARK_HOME/bin/spark-submit" --master 'local[2]' --driver-memory 2g --conf spark.ui.enabled=false \
      --class "org.doudi.rules.spark.$class" "$JAR" "$@" 2> "$WORK/stderr" || { cat "$WORK/stderr"; exit 1; }
  else
    # shellcheck disable=SC2086
    "${TIMED[@]}" java $HEAP $JVM_OPTIONS -Dlog4j2.configurationFile=rules-spark/src/test/resources/log4j2-test.properties \
      -cp "$(cat "$WORK/spark.classpath")" org.apache.spark.deploy.SparkSubmit --master 'local[2]' \
      --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
      --class "org.doudi.rules.spark.$class" "$JAR" "$@" 2> "$WORK/stderr" || { cat "$WORK/stderr"; exit 1; }
  fi
  grep "^$class:" "$WORK/stderr"
}

if [ "$MODE" = screen ]; then
  CASES=${1:-20000}
  ROWS=${2:-200000}
  shift 2 || shift $#
  PARTITIONS=${*:-2 4 8}
  echo "== screening $CASES generated cases against 9 registries of $ROWS rows (Spark $SPARK_VERSION, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
  java scripts/screen-benchmark/GenerateScreening.java "$WORK/data" "$CASES" "$ROWS" 2000
  du -sh "$WORK/data/caseload.jsonl" "$WORK/data/registries" | tr '\t' ' '

  echo "== doudi screen on one machine ($(nproc) threads: all cores)"
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  "${TIMED[@]}" java $HEAP -jar doudi-cli/target/doudi.jar screen "$WORK/data/caseload.jsonl" --registries "$WORK/data/registries" \
    --out "$WORK/cli-findings.jsonl" --candidates "$WORK/cli-candidates.jsonl" --summary "$WORK/cli-summary.json" \
    2> "$WORK/cli-stderr"
  end=$(date +%s.%N)
  awk -v c="$CASES" -v s="$start" -v e="$end" 'BEGIN { t = e - s; printf "doudi screen: %d cases in %.1f s (%.0f cases/s)\n", c, t, c / t }'
  cputime "$CASES" cases

  echo "== ScreenJob, local[2], by number of partitions"
  for p in $PARTITIONS; do
    rm -rf "$WORK/out"
    submit ScreenJob --caseload "$WORK/data/caseload.jsonl" --registries "$WORK/data/registries" --out "$WORK/out" \
      --partitions "$p"
    cputime "$CASES" cases
  done
  if cat "$WORK"/out/findings/part-* | cmp - "$WORK/cli-findings.jsonl" \
    && cat "$WORK"/out/candidates/part-* | cmp - "$WORK/cli-candidates.jsonl" \
    && cmp "$WORK/out/summary.json" "$WORK/cli-summary.json"; then
    echo "(the last run's findings, candidates and summary are byte for byte those of doudi screen)"
  else
    echo "the last run's output differs from doudi screen's" >&2
    exit 1
  fi
  exit 0
fi

REQUESTS=${1:-200000}
shift || true
PARTITIONS=${*:-1 2 4 8 16}
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
  submit EvaluateJob --requests "$WORK/requests.jsonl" --out "$WORK/out" --partitions "$p"
done
cat "$WORK"/out/part-* | cmp - "$WORK/library.out" && echo "(the last run's output is byte for byte the library's)"

echo "== EvaluateJob, local[2], 2 partitions, the library's ordered batch on 2 threads inside each task"
rm -rf "$WORK/out"
submit EvaluateJob --requests "$WORK/requests.jsonl" --out "$WORK/out" --partitions 2 --threads-per-task 2
