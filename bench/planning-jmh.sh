#!/usr/bin/env bash
# JMH benchmark of the critical-path engine (postops-planning): schedule of 1k / 10k / 100k tasks with
# about two dependencies each, building plus scheduling, and a one-estimate what-if on 5,000 tasks.
# Compiles the module's tests (JMH's annotation processor writes the harness), then runs JMH in one
# fork. See docs/benchmarks.md (the critical-path engine).
#
#   bench/planning-jmh.sh                       modest settings: -wi 3 -i 5 -f 1 -w 2s -r 2s (about three minutes)
#   JMH_ARGS="-wi 1 -i 1 -f 1" bench/planning-jmh.sh    a quick trial
#   bench/planning-jmh.sh whatIf                any JMH arguments after the script replace the benchmark filter
#
# Environment: JMH_ARGS (-wi 3 -i 5 -f 1 -w 2s -r 2s), MVN_FLAGS (-o), JAVA (java).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
module="$root/postops-planning"
cd "$root"
# shellcheck disable=SC2086
./mvnw -q -B ${MVN_FLAGS--o} -pl postops-planning test-compile
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
# shellcheck disable=SC2086
./mvnw -q -B ${MVN_FLAGS--o} -pl postops-planning dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$cpfile"
test -f "$module/target/test-classes/META-INF/BenchmarkList" \
    || { echo "no BenchmarkList: JMH's annotation processor did not run" >&2; exit 1; }
cp="$module/target/test-classes:$module/target/classes:$(cat "$cpfile")"
filter=("$@")
[ ${#filter[@]} -gt 0 ] || filter=(CriticalPathBenchmark)
# shellcheck disable=SC2086
exec "${JAVA:-java}" -cp "$cp" org.openjdk.jmh.Main ${JMH_ARGS:--wi 3 -i 5 -f 1 -w 2s -r 2s} "${filter[@]}"
