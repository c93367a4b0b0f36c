#!/usr/bin/env bash
# Whole-request timing of a production's schedule and a change request's impact on a generated plan of
# TASKS tasks (5,000 by default): starts a server on a fresh data directory, loads the plan through the API
# (bench/impact.py), times REPEAT sequential requests of each, stops the server. See docs/benchmarks.md.
#
#   bench/impact.sh                      5,000 tasks, 200 requests each
#   TASKS=1000 REPEAT=50 bench/impact.sh a quick trial
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_port 8302
bench_build
bench_work postops-impact
bench_start_server
bench_wait_admin
token="$(bench_token admin "$(cat "$data/initial-admin-password")")"
[ -n "$token" ] || fail "cannot sign in as admin"
say "loading ${TASKS:-5000} tasks through the API..."
status=0
python3 "$root/bench/impact.py" "$base" "$token" "${TASKS:-5000}" "${REPEAT:-200}" || status=$?
exit "$status"
