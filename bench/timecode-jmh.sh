#!/usr/bin/env bash
# JMH benchmark of timecode conversions (postops-media), one thread: frame count → label and label → frame
# count at 29.97 drop-frame and 25 fps, PostOps against libavutil's av_timecode functions (FFmpeg 8.0.1,
# called through JavaCPP) in the same run. See docs/benchmarks.md (timecode).
#
#   bench/timecode-jmh.sh                               -wi 2 -i 3 -f 1 -w 2s -r 3s (about two minutes)
#   JMH_ARGS="-wi 1 -i 1 -f 1" bench/timecode-jmh.sh    a quick trial
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
[ ${#args[@]} -gt 0 ] || args=(TimecodeBenchmark)
# shellcheck disable=SC2086
exec "${JAVA:-java}" -cp "$cp" org.openjdk.jmh.Main ${JMH_ARGS:--wi 2 -i 3 -f 1 -w 2s -r 3s} "${args[@]}"
