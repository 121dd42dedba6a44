#!/usr/bin/env bash
# Screening benchmark (not part of the build): 100,000 generated enrolled cases against nine registries of 1,000,000
# rows each, then the same caseload against registries of 100,000 rows, to show that the heap does not grow with the
# registries' size. Prints wall time, cases per second, the peak heap (largest heap in use before a collection) and
# the live heap (largest heap in use after a collection) of each run. See docs/performance.md.
#
# The JVM runs with a fixed maximum heap (JAVA_OPTS, default -Xmx256m): both runs must finish within it.
#
#   scripts/screen-benchmark.sh [CASES] [BIG_ROWS] [SMALL_ROWS] [MATCHED]
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-100000}
BIG=${2:-1000000}
SMALL=${3:-100000}
MATCHED=${4:-2000}
WORK=${DOUDI_BENCH_DIR:-target/screen-benchmark}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
[ -f doudi-cli/target/doudi.jar ] || mvn -B -q -DskipTests package
mkdir -p "$WORK"
run() {  # $1 label, $2 rows per registry
  local dir="$WORK/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  java scripts/screen-benchmark/GenerateScreening.java "$dir" "$CASES" "$2" "$MATCHED"
  local start end
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Xlog:gc:file="$dir/gc.log" -jar doudi-cli/target/doudi.jar screen "$dir/caseload.jsonl" \
      --registries "$dir/registries" --out "$dir/findings.jsonl" --summary "$dir/summary.json" \
      --candidates "$dir/candidates.jsonl" 2> "$dir/stderr.txt"
  end=$(date +%s.%N)
  local peak live
  peak=$(grep -o '[0-9]*M->[0-9]*M' "$dir/gc.log" | sed 's/M->.*//' | sort -n | tail -1)
  live=$(grep -o 'M->[0-9]*M' "$dir/gc.log" | sed 's/M->//; s/M//' | sort -n | tail -1)
  awk -v l="$1" -v r="$2" -v c="$CASES" -v s="$start" -v e="$end" -v p="$peak" -v v="$live" 'BEGIN {
    t = e - s; printf "%s: %d cases, %d rows per registry: %.1f s wall, %.0f cases/s, peak heap %s MiB, live heap %s MiB\n",
    l, c, r, t, c / t, p, v }'
}
run big "$BIG"
run small "$SMALL"
