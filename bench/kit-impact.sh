#!/usr/bin/env bash
# Whole-request timing of GET /api/v1/kit/{id}/impact for a kit 500 tasks depend on (the issue's "impact of a
# kit with 500 dependent tasks < 20 ms"): runs KitImpactBench on the test server (real HTTP, H2), which builds
# the plan through the API, books the kit with KitRows, warms up, then times REPEAT sequential requests.
# See docs/benchmarks.md.
#
#   bench/kit-impact.sh                 500 tasks, 500 requests per case
#   REPEAT=100 bench/kit-impact.sh      a quick trial
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -B -o test -pl postops-app -am -Dtest=KitImpactBench -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Dbench.repeat=${REPEAT:-500} -Dbench.tasks=${TASKS:-500}" >/tmp/kit-impact-bench.log 2>&1 \
  || { tail -50 /tmp/kit-impact-bench.log; exit 1; }
cat postops-app/target/kit-impact-bench.txt
