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
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_jmh postops-planning "-wi 3 -i 5 -f 1 -w 2s -r 2s" CriticalPathBenchmark "$@"
