#!/usr/bin/env bash
# How long the Gantt page of a large production takes, end to end over HTTP: builds if needed, starts a server on a
# fresh data directory, makes a production of TASKS tasks through the API (chains of 32, each task waiting for the one
# before, every fifth also start-to-start with a 4 h lag on the task 32 before it, and a picture-lock milestone after
# the chains), signs in with the form, warms up, then times REQUESTS requests of /productions/{id}/schedule by day
# and by week with curl and prints the fastest, median and 90th percentile. See docs/benchmarks.md.
#
#   bench/gantt-page.sh                   320 tasks, 30 timed requests per zoom
#   TASKS=1000 bench/gantt-page.sh
#
# Environment: PORT (8302), TASKS (320), REQUESTS (30), KEEP=1 keeps the work directory, POSTOPS_JAVA_OPTS,
# MVN_FLAGS (-o).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
tasks="${TASKS:-320}"
requests="${REQUESTS:-30}"
bench_port 8302
bench_build
bench_work postops-gantt-bench
bench_start_server
bench_wait_admin
password="$(cat "$data/initial-admin-password")"
token="$(bench_token admin "$password")"
[ -n "$token" ] || fail "cannot sign in as admin"
api() { # method, path, JSON body (none for ''): prints the answer
  if [ -n "$3" ]; then
    curl -sf -X "$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$3" "$base$2"
  else
    curl -sf -X "$1" -H "Authorization: Bearer $token" "$base$2"
  fi
}

say "making a production of $tasks tasks"
production="$(api POST /api/v1/productions \
  '{"name":"Gantt benchmark","confidentiality":"standard","type":"feature","startDate":"2026-11-02"}')"
id="$(grep -o '"id":[0-9]*' <<<"$production" | head -n1 | cut -d: -f2)"
[ -n "$id" ] || fail "no production made: $production"
read -r -a stages <<<"$(api GET "/api/v1/productions/$id/stages" '' | grep -o '"id":[0-9]*' | cut -d: -f2 | tr '\n' ' ')"
ids=()
links=0
for i in $(seq 0 $((tasks - 1))); do
  deps=()
  if [ $((i % 32)) -ne 0 ]; then deps+=("${ids[$((i - 1))]}"); fi
  if [ "$i" -ge 32 ] && [ $((i % 5)) -eq 0 ]; then
    deps+=("{\"taskId\":${ids[$((i - 32))]},\"type\":\"start_to_start\",\"lagHours\":4}")
  fi
  links=$((links + ${#deps[@]}))
  body="{\"title\":\"Shot $i comp and review\",\"estimateHours\":$((2 + i % 7)),\"stageId\":${stages[$(((i / 32) % ${#stages[@]}))]},\"dependsOn\":[$(IFS=,; echo "${deps[*]:-}")]}"
  task="$(api POST "/api/v1/productions/$id/tasks" "$body")" || fail "task $i refused"
  ids+=("$(grep -o '"id":[0-9]*' <<<"$task" | head -n1 | cut -d: -f2)")
done
ends=()
for i in $(seq 31 32 $((tasks - 1))); do ends+=("${ids[$i]}"); done
links=$((links + ${#ends[@]}))
api POST "/api/v1/productions/$id/tasks" "{\"title\":\"Picture lock\",\"milestone\":true,\"dueDate\":\"2026-12-11\",\"dependsOn\":[$(IFS=,; echo "${ends[*]:-}")]}" >/dev/null
say "made production $id: $((tasks + 1)) tasks, $links dependencies"

cookies="$work/cookies.txt"
csrf="$(curl -s -c "$cookies" -b "$cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n1)"
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode username=admin \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
page="$base/productions/$id/schedule"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$page")" = 200 ] || fail "$page did not answer 200"

for zoom in day week; do
  for _ in $(seq 1 20); do curl -s -o /dev/null -b "$cookies" "$page?zoom=$zoom"; done
  bytes="$(curl -s -o /dev/null -w '%{size_download}' -b "$cookies" "$page?zoom=$zoom")"
  gzipped="$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -b "$cookies" "$page?zoom=$zoom")"
  for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$cookies" "$page?zoom=$zoom"
  done | sort -n | awk -v z="$zoom" -v b="$bytes" -v g="$gzipped" '{ t[NR] = $1 * 1000 }
    END { printf "by %-4s  n %d  fastest %.1f ms  median %.1f ms  p90 %.1f ms  %d bytes (%d gzipped)\n",
          z, NR, t[1], t[int((NR + 1) / 2)], t[int(NR * 0.9)], b, g }'
done
say "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
