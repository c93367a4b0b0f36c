#!/usr/bin/env bash
# JMH benchmark of postops-media's hashing, one thread: each format's digest on 1 MiB in memory, and
# a 256 MiB page-cached file through FileHasher alone and with xxh128 from the same read. Compiles the
# module's tests (JMH's annotation processor writes the harness), then runs JMH in one fork.
# See docs/benchmarks.md (hashing).
#
#   bench/media-jmh.sh                               -wi 2 -i 3 -f 1 -w 2s -r 3s (about five minutes)
#   JMH_ARGS="-wi 1 -i 1 -f 1" bench/media-jmh.sh    a quick trial
#   bench/media-jmh.sh -p format=md5,xxh128 HashingBenchmark.digest   any JMH arguments
#
# Environment: JMH_ARGS, MVN_FLAGS (-o), JAVA (java).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
module="$root/postops-media"
cd "$root"
# shellcheck disable=SC2086
./mvnw -q -B ${MVN_FLAGS--o} -pl postops-media test-compile
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
# shellcheck disable=SC2086
./mvnw -q -B ${MVN_FLAGS--o} -pl postops-media dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$cpfile"
test -f "$module/target/test-classes/META-INF/BenchmarkList" \
    || { echo "no BenchmarkList: JMH's annotation processor did not run" >&2; exit 1; }
cp="$module/target/test-classes:$module/target/classes:$(cat "$cpfile")"
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(HashingBenchmark)
# shellcheck disable=SC2086
exec "${JAVA:-java}" -cp "$cp" org.openjdk.jmh.Main ${JMH_ARGS:--wi 2 -i 3 -f 1 -w 2s -r 3s} "${args[@]}"
