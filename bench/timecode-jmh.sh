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
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_jmh postops-media "-wi 2 -i 3 -f 1 -w 2s -r 3s" TimecodeBenchmark "$@"
