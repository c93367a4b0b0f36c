#!/usr/bin/env bash
# HTTP load benchmark of My work: GET /api/v1/me/tasks (bearer token) and the My work page / (session).
# From a clean state: builds if needed, starts a server on a fresh data directory, loads a large facility
# (2,000 people, 200 productions, 100,000 tasks; see BenchmarkFacility), signs in as one loaded person,
# warms up, runs wrk, prints a summary, stops the server. See docs/benchmarks.md.
#
#   bench/me-tasks.sh                         the full benchmark (30 s per endpoint, 64 connections)
#   DURATION=10 WARMUP=5 bench/me-tasks.sh    a quick trial
#
# Environment: PORT (8301), DURATION (30), WARMUP (15), CONNECTIONS (64), THREADS (2), VIEWERS (1: every
# request as the same person; N > 1 signs in N typical people and rotates through them), USERS (2000),
# PRODUCTIONS (200), TASKS (100000), KEEP=1 keeps the work directory, BENCH_WORK (a new /tmp directory),
# POSTOPS_JAVA_OPTS (server JVM flags), MVN_FLAGS (-o). For PostgreSQL set POSTOPS_DB_URL, POSTOPS_DB_USER,
# POSTOPS_DB_PASSWORD to an EMPTY database: the server migrates it and the loader fills it.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
duration="${DURATION:-30}"
warmup="${WARMUP:-15}"
connections="${CONNECTIONS:-64}"
threads="${THREADS:-2}"
viewers="${VIEWERS:-1}"
command -v wrk >/dev/null || fail "wrk is not installed (Debian/Ubuntu: apt-get install -y wrk)"
bench_port 8301

# 1. Build the server jar and the test classes (the loader lives in test code, outside the jar).
bench_build loader

# 2. A fresh data directory and server.
bench_work postops-bench
say "starting the server on port $port (data: $data) so that it creates the schema"
bench_start_server
bench_wait_admin

# 3. Load the facility straight into the migrated database. H2 would let the loader in beside the
# running server (AUTO_SERVER), but over its TCP link the load takes 50 s instead of 15 s: stop first.
password="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
(umask 077 && echo "$password" >"$work/password") # every loaded person's password, for looking around after
db_args=(--data "$data")
if [ -n "${POSTOPS_DB_URL:-}" ]; then
  db_args=(--url "$POSTOPS_DB_URL" --db-user "${POSTOPS_DB_USER:-}" --db-password "${POSTOPS_DB_PASSWORD:-}")
else
  bench_stop_server
fi
say "loading ${USERS:-2000} people, ${PRODUCTIONS:-200} productions, ${TASKS:-100000} tasks..."
"$java_bin" -cp "$loader_cp" org.postops.app.bench.BenchmarkFacility "${db_args[@]}" --password "$password" \
  --users "${USERS:-2000}" --productions "${PRODUCTIONS:-200}" --tasks "${TASKS:-100000}" --viewers "$viewers" \
  | tee "$work/load.txt" >&2
if [ -z "${POSTOPS_DB_URL:-}" ]; then
  say "starting the server again on the loaded data"
  bench_start_server
fi
viewer="$(sed -n 's/^viewer=//p' "$work/load.txt")"
[ -n "$viewer" ] || fail "the loader named no one to sign in as"
read -r -a people <<<"$(sed -n 's/^viewers=//p' "$work/load.txt" | tr ',' ' ')"

# 4. Sign in over the API (one token per person); check the endpoint answers before loading it.
: >"$work/api-headers.txt"
for person in "${people[@]}"; do
  token="$(bench_token "$person" "$password")"
  [ -n "$token" ] || fail "cannot get a token for $person"
  echo "Authorization: Bearer $token" >>"$work/api-headers.txt"
done
first="$(curl -s -w '\n%{http_code}' -H "$(head -n1 "$work/api-headers.txt")" "$base/api/v1/me/tasks")"
[ "$(tail -n1 <<<"$first")" = 200 ] || fail "GET /api/v1/me/tasks answered $(tail -n1 <<<"$first")"
total="$(head -n -1 <<<"$first" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')"
if [ "${#people[@]}" -gt 1 ]; then
  say "signed in as ${#people[@]} people; $viewer's My work holds $total open tasks"
else
  say "signed in as $viewer; My work holds $total open tasks"
fi

run_wrk() { # name, path, file of headers (one per person)
  local name="$1" path="$2" headers="$3" how
  if [ "$(wc -l <"$headers")" -gt 1 ]; then
    how=(-s "$root/bench/viewers.lua" "$base$path" -- "$headers")
  else
    how=(-s "$root/bench/status.lua" -H "$(cat "$headers")" "$base$path")
  fi
  say "warming up $path for ${warmup}s"
  wrk -t"$threads" -c"$connections" -d"${warmup}s" "${how[@]}" >/dev/null
  say "measuring $path for ${duration}s with $connections connections"
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "${how[@]}" | tee "$work/wrk-$name.txt" >&2
}

run_wrk api /api/v1/me/tasks "$work/api-headers.txt"

# 5. The My work page: sign in with the form (session cookie + CSRF token), then load / with the cookie.
sign_in_form() { # person: prints the session cookie's value, or a reason on stderr
  local cookies="$work/cookies-$1.txt" page csrf where
  page="$(curl -s -c "$cookies" -b "$cookies" -w '\n%{http_code}' "$base/login")"
  csrf="$( (grep -o '<input[^>]*name="_csrf"[^>]*>' <<<"$page" || true) | sed -n 's/.*value="\([^"]*\)".*/\1/p' | head -n1)"
  if [ "$(tail -n1 <<<"$page")" != 200 ] || [ -z "$csrf" ]; then
    echo "GET /login answered $(tail -n1 <<<"$page") without a _csrf field: no sign-in page in this build" >&2
    return 1
  fi
  where="$(curl -s -c "$cookies" -b "$cookies" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "username=$1" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
    "$base/login")"
  if [[ "$where" == *"/login"* ]]; then
    echo "form sign-in as $1 failed (redirected to $where)" >&2
    return 1
  fi
  awk '$6 == "JSESSIONID" { print $7 }' "$cookies" | tail -n1
}
page_skip=""
: >"$work/page-headers.txt"
for person in "${people[@]}"; do
  if ! session="$(sign_in_form "$person" 2>"$work/page-skip.txt")" || [ -z "$session" ]; then
    page_skip="$(cat "$work/page-skip.txt")"
    break
  fi
  echo "Cookie: JSESSIONID=$session" >>"$work/page-headers.txt"
done
if [ -z "$page_skip" ]; then
  page_code="$(curl -s -o /dev/null -w '%{http_code}' -H "$(head -n1 "$work/page-headers.txt")" "$base/")"
  if [ "$page_code" != 200 ]; then
    page_skip="GET / answered $page_code after signing in: no My work page in this build"
  else
    run_wrk page / "$work/page-headers.txt"
  fi
fi

# 6. Summary.
row() { # label, file
  local r
  r="$(grep '^RESULT' "$2" || true)"
  if [ -z "$r" ]; then printf '%-28s no result\n' "$1"; return; fi
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$r"; }
  printf '%-28s %10s %10s %10s %8s\n' "$1" "$(get rps)" "$(get p50_ms)" "$(get p99_ms)" \
    "$(( $(get not_200) + $(get socket_errors) ))"
}
echo
echo "PostOps My work benchmark, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); load before run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "database: $([ -n "${POSTOPS_DB_URL:-}" ] && echo "PostgreSQL" || echo "embedded H2"); wrk -t$threads -c$connections -d${duration}s (after ${warmup}s warm-up)"
echo "data: $(grep -E '^(users|productions|tasks|assignments|dependencies)=' "$work/load.txt" | tr '\n' ' ')"
if [ "${#people[@]}" -gt 1 ]; then
  echo "viewers: ${#people[@]} typical people in turn (the first, $viewer, has $total open tasks in My work)"
else
  echo "viewer: $viewer, $total open tasks in My work (every request as this one person)"
fi
printf '%-28s %10s %10s %10s %8s\n' endpoint "req/s" "p50 ms" "p99 ms" errors
row "GET /api/v1/me/tasks" "$work/wrk-api.txt"
if [ -n "$page_skip" ]; then
  printf '%-28s skipped: %s\n' "GET / (My work page)" "$page_skip"
else
  row "GET / (My work page)" "$work/wrk-page.txt"
fi
echo "(errors = answers other than 200 plus socket errors; raw wrk output in $work)"
