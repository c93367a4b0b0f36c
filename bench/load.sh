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

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="$root/postops-app"
port="${PORT:-8302}"
requests="${REQUESTS:-200}"
warmup="${WARMUP:-50}"
query="${QUERY:-}"
base="http://127.0.0.1:$port"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

command -v curl >/dev/null || fail "curl is not installed"
if curl -s -o /dev/null "$base/"; then
  fail "something already listens on port $port; stop it or set PORT"
fi

loader_class="$app/target/test-classes/org/postops/app/bench/BenchmarkFacility.class"
if [ ! -f "$app/target/postops.jar" ] || [ ! -f "$loader_class" ] \
   || [ -n "$(find "$root/pom.xml" "$root"/postops-*/pom.xml "$root"/postops-*/src -newer "$app/target/postops.jar" -type f -print -quit)" ]; then
  say "building (jar and test classes)..."
  (cd "$root" && ./mvnw ${MVN_FLAGS:--o} -q -B -pl postops-app -am package -DskipTests) || fail "build failed"
fi
libs="$app/target/bench-lib"
if [ ! -d "$libs/BOOT-INF/lib" ] || [ "$app/target/postops.jar" -nt "$libs/BOOT-INF/lib" ]; then
  rm -rf "$libs" && mkdir -p "$libs"
  (cd "$libs" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$app/target/postops.jar" BOOT-INF/lib)
  touch "$libs/BOOT-INF/lib"
fi
loader_cp="$app/target/test-classes:$app/target/classes:$libs/BOOT-INF/lib/*"

work="${BENCH_WORK:-$(mktemp -d /tmp/postops-load-bench.XXXXXX)}"
mkdir -p "$work"
data="$work/data"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" != 1 ]; then rm -rf "$data"; fi
}
trap cleanup EXIT

start_server() {
  "$java_bin" ${POSTOPS_JAVA_OPTS:-} -jar "$app/target/postops.jar" serve --port "$port" --data "$data" \
    >>"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 180); do
    if curl -sf "$base/actuator/health" >/dev/null 2>&1; then return 0; fi
    kill -0 "$server_pid" 2>/dev/null || fail "the server stopped; see $work/server.log"
    sleep 1
  done
  fail "the server did not answer within 180 s; see $work/server.log"
}

say "starting the server on port $port (data: $data) so that it creates the schema"
start_server
for _ in $(seq 1 60); do
  grep -q "Created user 'admin'" "$work/server.log" && break
  sleep 1
done
kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
server_pid=""

password="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
(umask 077 && echo "$password" >"$work/password")
say "loading ${USERS:-50} people, ${PRODUCTIONS:-20} productions, ${TASKS:-10000} tasks..."
"$java_bin" -cp "$loader_cp" org.postops.app.bench.BenchmarkFacility --data "$data" --password "$password" \
  --users "${USERS:-50}" --productions "${PRODUCTIONS:-20}" --tasks "${TASKS:-10000}" | tee "$work/load.txt" >&2
start_server
viewer="$(sed -n 's/^viewer=//p' "$work/load.txt")"
[ -n "$viewer" ] || fail "the loader named no one to sign in as"

token() { # username, password
  curl -sf -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\",\"name\":\"load benchmark\"}" "$base/api/v1/auth/tokens" \
    | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}

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

admin_token="$(token admin "$(cat "$data/initial-admin-password")")"
[ -n "$admin_token" ] || fail "cannot sign in as admin"
viewer_token="$(token "$viewer" "$password")"
[ -n "$viewer_token" ] || fail "cannot sign in as $viewer"
say "timing GET /api/v1/load${query:+?$query}, one request at a time"
time_load admin "$admin_token"
time_load "$viewer" "$viewer_token"
