#!/usr/bin/env bash
# JMH benchmark of the knowledge base's search (postops-app, in-memory index): 100,000 synthetic resolved tickets,
# one search for the best 10 per call, SampleTime mode (p50/p99/p99.9). Compiles the app's tests (JMH's annotation
# processor writes the harness), then runs JMH in one fork. See docs/benchmarks.md (knowledge-base search).
#
#   bench/knowledge-jmh.sh                         -wi 2 -i 3 -f 1 -w 5s -r 10s (about two minutes with setup)
#   JMH_ARGS="-wi 1 -i 1 -f 1" bench/knowledge-jmh.sh
#   bench/knowledge-jmh.sh 'KnowledgeSearchBenchmark.search'   arguments replace the benchmark filter
#
# Environment: JMH_ARGS, MVN_FLAGS (-o), JAVA (java).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_jmh postops-app "-wi 2 -i 3 -f 1 -w 5s -r 10s" KnowledgeSearchBenchmark "$@"
