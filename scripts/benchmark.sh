#!/usr/bin/env bash
# Performance measurements of Doudi, run by hand on a quiet machine (never part of the build). See docs/performance.md.
#
#   scripts/benchmark.sh build               package the project (tests skipped) and write the benchmark classpath
#   scripts/benchmark.sh jmh [JMH ARGS]      JMH benchmarks (default: DecisionBenchmark); e.g. `jmh -prof gc`,
#                                            `jmh RuleBuildBenchmark`, `jmh DecisionBenchmark.engine -f 3`
#   scripts/benchmark.sh start [RUNS]        JVM start to first decision: `java -jar doudi.jar evaluate` and bin/doudi
#   scripts/benchmark.sh warmup [N [THREADS]] the warm-up curve of a fresh JVM, blocks of 1,000 decisions up to N
#   scripts/benchmark.sh heap [N [THREADS]]  the heap over N decisions streamed from a generator (HEAP=256m)
#   scripts/benchmark.sh batch [LINES]       `doudi evaluate --batch -` over LINES generated JSON lines
#   scripts/benchmark.sh profile [json]      a JFR profile of warm decisions and its top frames
#   scripts/benchmark.sh baseline COMMIT     build COMMIT's library jars in target/bench-baseline-COMMIT, to compare:
#                                            BASELINE=target/bench-baseline-COMMIT scripts/benchmark.sh jmh ...
#   BASELINE=DIR scripts/benchmark.sh compare [engine|json [ROUNDS [PER ROUND [WARM-UP]]]]
#                                            before (DIR's jars) and after (this checkout) side by side in one JVM,
#                                            in alternating rounds: the ratio of their CPU time per decision
#                                            (AFTER=DIR2 compares DIR with DIR2 instead of this checkout;
#                                            BASELINE=current compare engine,reference: engine against the reference
#                                            calculator, both this checkout)
#   scripts/benchmark.sh all                 build, start, jmh, warmup, heap, batch
#
# The benchmark households (20,000 requests drawn from the testkit's arbitraries with a fixed seed) are written once to
# rules-testkit/target/bench-households/ (about 2 minutes) and read back afterwards. MVN (default mvn) and MAVEN_ARGS
# (e.g. -o) change how Maven runs; JAVA_OPTS is added to every benchmark JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mvn_cmd() { ${MVN:-mvn} -B -q ${MAVEN_ARGS:-} "$@"; }

build() {
  mvn_cmd -Pbench -DskipTests package
}

# The classpath of the benchmarks: the testkit's test classes and dependencies; with BASELINE=DIR, the library jars of
# DIR replace this checkout's library classes (the benchmark code stays this checkout's).
classpath() {
  local file=rules-testkit/target/bench.classpath
  [ -f "$file" ] || build
  local cp="rules-testkit/target/test-classes:$(cat "$file")"
  if [ -n "${BASELINE:-}" ] && [ "$BASELINE" != current ]; then
    local kept="" entry
    IFS=':' read -r -a entries <<< "$cp"
    for entry in "${entries[@]}"; do
      case "$entry" in
        rules-testkit/target/test-classes) kept="$kept:$entry" ;;
        "$root"/rules-*/target/*) ;;
        *) kept="$kept:$entry" ;;
      esac
    done
    cp="$(ls "$BASELINE"/rules-*.jar | tr '\n' ':')${kept#:}"
  fi
  echo "$cp"
}

bench_java() {
  java ${JAVA_OPTS:-} -cp "$(classpath)" "$@"
}

jar=doudi-cli/target/doudi.jar
example=examples/xiayi-graded-gap.json

start() {
  local runs=${1:-10}
  [ -f "$jar" ] || build
  echo "== JVM start to first decision, $runs runs each"
  echo "-- java -jar $jar evaluate $example (no class-data archive)"
  echo "-- bin/doudi evaluate $example (class-data archive, C1 only for a single request)"
  bin/doudi evaluate "$example" > /dev/null   # creates the archive on first use
  if command -v hyperfine > /dev/null; then
    hyperfine -N -w 2 -r "$runs" "java -jar $jar evaluate $example" "bin/doudi evaluate $example"
  else
    for command in "java -jar $jar evaluate $example" "bin/doudi evaluate $example"; do
      echo "$command"
      for _ in $(seq "$runs"); do
        /usr/bin/time -f "  %e s wall, %U s user, %S s system" $command > /dev/null
      done
    done
  fi
}

batch() {
  local lines=${1:-200000}
  [ -f "$jar" ] || build
  echo "== doudi evaluate --batch - over $lines generated lines (summary from the command, on standard error)"
  bench_java org.doudi.rules.testkit.bench.HouseholdLines 1 > /dev/null   # draws the households first if needed
  bench_java org.doudi.rules.testkit.bench.HouseholdLines "$lines" \
    | JAVA_OPTS="${BATCH_JAVA_OPTS:--Xmx256m}" bin/doudi evaluate --batch - > /dev/null
}

command=${1:-all}
shift || true
case "$command" in
  build) build ;;
  jmh) bench_java org.openjdk.jmh.Main "${@:-DecisionBenchmark}" ;;
  start) start "$@" ;;
  warmup) bench_java org.doudi.rules.testkit.bench.WarmupCurve "$@" ;;
  heap) JAVA_OPTS="${JAVA_OPTS:-} -Xmx${HEAP:-256m}" bench_java org.doudi.rules.testkit.bench.StreamedBatch "$@" ;;
  batch) batch "$@" ;;
  profile) bench_java org.doudi.rules.testkit.bench.ProfileDecisions "$@" ;;
  compare)
    : "${BASELINE:?set BASELINE to a folder of library jars (scripts/benchmark.sh baseline COMMIT)}"
    before=$(classpath)
    after=$(BASELINE="${AFTER:-}" classpath)
    java ${JAVA_OPTS:-} -cp "$after" org.doudi.rules.testkit.bench.InterleavedComparison "$before" "$after" "$@" ;;
  baseline)
    commit=${1:?usage: scripts/benchmark.sh baseline COMMIT}
    out="target/bench-baseline-$commit"
    src=$(mktemp -d)
    git archive "$commit" | tar -x -C "$src"
    (cd "$src" && mvn_cmd -DskipTests package)
    mkdir -p "$out"
    cp "$src"/rules-{api,profiles,drools,scenario,testkit}/target/*.jar "$out"/
    rm -rf "$src"
    echo "BASELINE=$out scripts/benchmark.sh jmh ..." ;;
  all)
    build
    start
    bench_java org.openjdk.jmh.Main DecisionBenchmark -prof gc
    bench_java org.openjdk.jmh.Main RuleBuildBenchmark
    bench_java org.doudi.rules.testkit.bench.WarmupCurve
    JAVA_OPTS="${JAVA_OPTS:-} -Xmx${HEAP:-256m}" bench_java org.doudi.rules.testkit.bench.StreamedBatch
    batch ;;
  *) sed -n '2,23p' "$0"; exit 1 ;;
esac
