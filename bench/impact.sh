#!/usr/bin/env bash
# Whole-request timing of a production's schedule and a change request's impact on a generated plan of
# TASKS tasks (5,000 by default): starts a server on a fresh data directory, loads the plan through the API
# (bench/impact.py), times REPEAT sequential requests of each, stops the server. See docs/benchmarks.md.
#
#   bench/impact.sh                      5,000 tasks, 200 requests each
#   TASKS=1000 REPEAT=50 bench/impact.sh a quick trial
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORT:-8302}"
base="http://127.0.0.1:$port"
work="$(mktemp -d /tmp/postops-impact.XXXXXX)"
say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
if curl -s -o /dev/null "$base/"; then say "something already listens on port $port; set PORT"; exit 1; fi
(cd "$root" && ./mvnw -q -B -pl postops-app -am package -DskipTests) || { say "build failed"; exit 1; }
java -jar "$root/postops-app/target/postops.jar" serve --port "$port" --data "$work/data" >"$work/server.log" 2>&1 &
pid=$!
status=1
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"; exit $status' EXIT
for _ in $(seq 1 180); do curl -sf "$base/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
password="$(cat "$work/data/initial-admin-password")"
token="$(curl -sf -X POST "$base/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\",\"name\":\"bench\",\"expiresInDays\":1}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
say "loading ${TASKS:-5000} tasks through the API..."
status=0
python3 "$root/bench/impact.py" "$base" "$token" "${TASKS:-5000}" "${REPEAT:-200}" || status=$?
