# Shared pieces of the benchmark scripts; each script sources it first:
#   . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# It sets root (the checkout), app (postops-app) and java_bin, and offers say/fail, the build, a server on a
# fresh data directory, signing in, and JMH runs. Environment it reads: MVN_FLAGS (-o), POSTOPS_JAVA_OPTS,
# KEEP=1 (keep the work directory), JMH_ARGS, JAVA.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="$root/postops-app"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
server_pid=""

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

# bench_port DEFAULT: sets port (PORT or DEFAULT) and base, and checks curl is there and the port is free.
bench_port() {
  port="${PORT:-$1}"
  base="http://127.0.0.1:$port"
  command -v curl >/dev/null || fail "curl is not installed"
  if curl -s -o /dev/null "$base/"; then
    fail "something already listens on port $port; stop it or set PORT"
  fi
}

# bench_build [loader]: builds the server jar when sources are newer; with "loader", also the test classes
# (BenchmarkFacility lives in test code) and sets loader_cp, the class path that runs it.
bench_build() {
  local need=""
  [ -f "$app/target/postops.jar" ] || need=1
  if [ "${1:-}" = loader ]; then
    [ -f "$app/target/test-classes/org/postops/app/bench/BenchmarkFacility.class" ] || need=1
  fi
  if [ -z "$need" ] && [ -n "$(find "$root/pom.xml" "$root"/postops-*/pom.xml "$root"/postops-*/src \
      -newer "$app/target/postops.jar" -type f -print -quit)" ]; then
    need=1
  fi
  if [ -n "$need" ]; then
    say "building..."
    # shellcheck disable=SC2086
    (cd "$root" && ./mvnw ${MVN_FLAGS:--o} -q -B -pl postops-app -am package -DskipTests) || fail "build failed"
  fi
  if [ "${1:-}" = loader ]; then
    local libs="$app/target/bench-lib"
    if [ ! -d "$libs/BOOT-INF/lib" ] || [ "$app/target/postops.jar" -nt "$libs/BOOT-INF/lib" ]; then
      rm -rf "$libs" && mkdir -p "$libs"
      (cd "$libs" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$app/target/postops.jar" BOOT-INF/lib)
      touch "$libs/BOOT-INF/lib"
    fi
    loader_cp="$app/target/test-classes:$app/target/classes:$libs/BOOT-INF/lib/*"
  fi
}

# bench_work PREFIX: sets work (BENCH_WORK or a new /tmp directory; logs and raw figures stay there) and data, and
# on exit stops the server and removes the data unless KEEP=1.
bench_work() {
  work="${BENCH_WORK:-$(mktemp -d "/tmp/$1.XXXXXX")}"
  mkdir -p "$work"
  data="$work/data"
  trap bench_cleanup EXIT
}
bench_cleanup() {
  bench_stop_server
  if [ "${KEEP:-0}" != 1 ]; then rm -rf "$data"; fi
}

# bench_start_server: the jar on $port over $data, logging to $work/server.log; waits for health.
bench_start_server() {
  # shellcheck disable=SC2086
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

bench_stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

# bench_wait_admin: health answers as soon as Tomcat listens; the first-start work (user admin) just after.
bench_wait_admin() {
  for _ in $(seq 1 60); do
    grep -q "Created user 'admin'" "$work/server.log" && [ -f "$data/initial-admin-password" ] && return 0
    sleep 1
  done
  fail "the server made no admin; see $work/server.log"
}

# bench_token USERNAME PASSWORD: prints an API token.
bench_token() {
  curl -sf -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\",\"name\":\"benchmark\",\"expiresInDays\":1}" \
    "$base/api/v1/auth/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}

# bench_jmh MODULE DEFAULT_JMH_ARGS DEFAULT_FILTER [JMH ARGUMENTS...]: compiles MODULE's tests and those of the
# modules it needs in one reactor run (JMH's annotation processor writes the harness; siblings are their
# target/classes, nothing goes into ~/.m2), writes MODULE's test class path, and runs JMH; arguments after the
# defaults replace the benchmark filter.
bench_jmh() {
  local module="$1" defaults="$2" filter="$3" cpfile
  shift 3
  cd "$root"
  cpfile="$(mktemp)"
  # Each module of the reactor writes the file in turn; MODULE comes last.
  # shellcheck disable=SC2086
  ./mvnw -q -B ${MVN_FLAGS--o} -pl "$module" -am test-compile \
      org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$cpfile"
  test -f "$root/$module/target/test-classes/META-INF/BenchmarkList" \
      || fail "no BenchmarkList: JMH's annotation processor did not run"
  local cp="$root/$module/target/test-classes:$root/$module/target/classes:$(cat "$cpfile")"
  rm -f "$cpfile"
  local args=("$@")
  [ ${#args[@]} -gt 0 ] || args=("$filter")
  # shellcheck disable=SC2086
  exec "${JAVA:-java}" -cp "$cp" org.openjdk.jmh.Main ${JMH_ARGS:-$defaults} "${args[@]}"
}
