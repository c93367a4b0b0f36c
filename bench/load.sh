#!/usr/bin/env bash
# Timing of people's load: GET /api/v1/load for a whole generated facility (by default 50 people, 20
# productions, 10,000 tasks; see BenchmarkFacility), one request at a time with curl. From a clean state:
# builds if needed, starts a server on a fresh data directory, loads the facility, signs in as the
# administrator (whose default is everyone on any team) and as a typical staff member (their teams), warms
# up, times REQUESTS requests each, prints mean, p50, p95 and max, stops the server. See docs/benchmarks.md.
#
#   bench/load.sh                                    50 people, 20 productions, 200 timed requests each
#   USERS=2000 PRODUCTIONS=200 TASKS=100000 bench/load.sh   the My work benchmark's facility
#
# Environment: PORT (8302), USERS (50), PRODUCTIONS (20), TASKS (10000), REQUESTS (200), WARMUP (50),
# QUERY (query string added to /api/v1/load, e.g. 'from=2026-11-01&to=2027-01-31'), KEEP=1 keeps the work
# directory, BENCH_WORK (a new /tmp directory), POSTOPS_JAVA_OPTS (server JVM flags), MVN_FLAGS (-o).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
requests="${REQUESTS:-200}"
warmup="${WARMUP:-50}"
query="${QUERY:-}"
bench_port 8302
bench_build loader
bench_work postops-load-bench

say "starting the server on port $port (data: $data) so that it creates the schema"
bench_start_server
bench_wait_admin
bench_stop_server

password="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
(umask 077 && echo "$password" >"$work/password")
say "loading ${USERS:-50} people, ${PRODUCTIONS:-20} productions, ${TASKS:-10000} tasks..."
"$java_bin" -cp "$loader_cp" org.postops.app.bench.BenchmarkFacility --data "$data" --password "$password" \
  --users "${USERS:-50}" --productions "${PRODUCTIONS:-20}" --tasks "${TASKS:-10000}" | tee "$work/load.txt" >&2
bench_start_server
viewer="$(sed -n 's/^viewer=//p' "$work/load.txt")"
[ -n "$viewer" ] || fail "the loader named no one to sign in as"

time_load() { # who, token
  local who="$1" header="Authorization: Bearer $2" url="$base/api/v1/load${query:+?$query}" first
  first="$(curl -s -o "$work/answer.json" -w '%{http_code} %{size_download}' -H "$header" "$url")"
  [ "${first%% *}" = 200 ] || fail "GET /api/v1/load as $who answered ${first%% *}: $(head -c 300 "$work/answer.json")"
  local people total
  people="$(grep -o '"userId":' "$work/answer.json" | wc -l)"
  total="$(sed -n 's/.*"total":\([0-9]*\)}$/\1/p' "$work/answer.json")"
  say "as $who: $people people on the first page (of ${total:-?}), ${first#* } bytes; warming up ($warmup requests)"
  for _ in $(seq 1 "$warmup"); do curl -s -o /dev/null -H "$header" "$url"; done
  : >"$work/times-$who.txt"
  for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "$header" "$url" >>"$work/times-$who.txt"
  done
  sort -n "$work/times-$who.txt" | awk -v who="$who" -v n="$requests" '
    { t[NR] = $1 * 1000; sum += $1 * 1000 }
    END { printf "%-24s %5d requests  mean %7.1f ms  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms\n",
          who, n, sum / n, t[int(n * 0.5 + 0.5)], t[int(n * 0.95 + 0.5)], t[n] }'
}

admin_token="$(bench_token admin "$(cat "$data/initial-admin-password")")"
[ -n "$admin_token" ] || fail "cannot sign in as admin"
viewer_token="$(bench_token "$viewer" "$password")"
[ -n "$viewer_token" ] || fail "cannot sign in as $viewer"
say "timing GET /api/v1/load${query:+?$query}, one request at a time"
time_load admin "$admin_token"
time_load "$viewer" "$viewer_token"
