#!/usr/bin/env bash
# JMH benchmark of postops-media's hashing, one thread: each format's digest on 1 MiB in memory, and
# a 256 MiB page-cached file through FileHasher alone and with xxh128 from the same read; and the vector
# XXH3-128 against hash4j's (Xxh3VectorBenchmark, decision 0029). Compiles the module's tests (JMH's
# annotation processor writes the harness), then runs JMH in one fork per benchmark, with the vector
# module added as the postops launcher adds it. See docs/benchmarks.md (hashing).
#
#   bench/media-jmh.sh                               -wi 2 -i 3 -f 1 -w 2s -r 3s (about six minutes)
#   JMH_ARGS="-wi 1 -i 1 -f 1" bench/media-jmh.sh    a quick trial
#   bench/media-jmh.sh Xxh3VectorBenchmark           vector against hash4j only
#   bench/media-jmh.sh -p format=md5,xxh128 HashingBenchmark.digest   any JMH arguments
#
# Environment: JMH_ARGS, MVN_FLAGS (-o), JAVA (java).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ $# -gt 0 ] || set -- "HashingBenchmark|Xxh3VectorBenchmark"
bench_jmh postops-media "-wi 2 -i 3 -f 1 -w 2s -r 3s" "" -jvmArgsAppend "--add-modules=jdk.incubator.vector" "$@"
