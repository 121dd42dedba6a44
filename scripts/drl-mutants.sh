#!/usr/bin/env bash
# The seeded-mistake suite of the rule files, run by hand (never part of the build). See docs/contributing.md.
#
#   scripts/drl-mutants.sh [--seed N] [--max N] [--operator NAME] [--file NAME] [--timeout S] [--report FILE]
#                          [--retry REPORT] [--list]
#
# Plants one-line mistakes in copies of rules-drools/src/main/resources/org/doudi/rules/policy/*.drl (a flipped
# comparison, a dropped condition, a swapped profile value, not/exists, a changed accumulate function, ...), compiles
# each copy and runs the worked examples and the scenario suite against it; prints killed / survived / not compiled
# per mutant with file:line, its compile and check times, and writes rules-testkit/target/drl-mutants.md. The checks
# that killed earlier mutants of the same rule and file are tried first. --retry REPORT tries again only the mutants
# an earlier report (same seed) lists as SURVIVED, e.g. after adding scenarios. Defaults: seed 14, at most 80 mutants,
# one thread (the JVM is limited to one processor; JAVA_OPTS adds options). The test classpath is written once by
# `mvn -Pbench -pl rules-testkit -am test-compile` (MVN, MAVEN_ARGS as in scripts/benchmark.sh); REBUILD=1 redoes it;
# BUILD_DIR=target-x builds in another folder of each module (-Ddoudi.build.dir), e.g. beside a running build.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BUILD_DIR:-target}
file=rules-testkit/$dir/bench.classpath
if [ -n "${REBUILD:-}" ] || [ ! -f "$file" ] || [ ! -d "rules-testkit/$dir/test-classes/org/doudi/rules/testkit/mutants" ]; then
  ${MVN:-mvn} -B -q ${MAVEN_ARGS:-} -Pbench -pl rules-testkit -am -DskipTests -Ddoudi.build.dir="$dir" test-compile
fi
exec java -XX:ActiveProcessorCount=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn ${JAVA_OPTS:-} \
  -cp "rules-testkit/$dir/test-classes:$(cat "$file")" org.doudi.rules.testkit.mutants.DrlMutants \
  --report "rules-testkit/$dir/drl-mutants.md" "$@"
