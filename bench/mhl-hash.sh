#!/usr/bin/env bash
# Whole-command timing of `postops mhl create` against xxhsum and md5sum over the same files, and of
# `postops mhl diff` on a tree of 100,000 small files. See docs/benchmarks.md (media integrity).
#
#   bench/mhl-hash.sh            8 GiB tree (195 files, 1 MiB to 2 GiB) in the page cache, best of 3 runs
#   RUNS=5 bench/mhl-hash.sh     more runs
#   SKIP_DIFF=1 ...              leave out the 100,000-file diff
#   TRIAL=1 RUNS=1 ...           a 100 MiB tree and 2,000 small files: checks the script, not the speed
#   PREPARE_ONLY=1 KEEP=1 ...    write the trees and stop (run the timings later, when the machine is quiet)
#
# From a clean state it:
#   1. builds the jar if a source is newer (./mvnw -o -q -B -pl postops-app -am package -DskipTests);
#   2. writes the trees under $BENCH_WORK (default /tmp/postops-bench-mhl) once, from /dev/urandom:
#      tree/: 1 x 2 GiB, 2 x 1 GiB, 4 x 512 MiB, 4 x 256 MiB, 8 x 64 MiB, 16 x 16 MiB, 32 x 4 MiB,
#      128 x 1 MiB = 8 GiB in 195 files; small/: 100 folders x 1,000 files of 1 KiB;
#   3. reads every file twice so that the tree sits in the page cache (needs ~9 GiB of free memory);
#   4. times RUNS rounds, in each round the commands in turn (so that each sees the same conditions on
#      a shared machine), keeping each command's best: xxhsum -H2 (XXH128) over the files, postops mhl
#      create -h xxh128 (with the vector module, as the launcher runs it, and without: hash4j), md5sum, postops mhl create -h md5, postops mhl create -h xxh128 -h md5 (the
#      ascmhl folder is removed before every postops run, so each one seals the tree from scratch);
#      wall time, and CPU time (user + sys of all threads, from /usr/bin/time), which a busy machine
#      distorts far less;
#   5. seals small/ once, then times postops mhl diff on it.
# Wall times include the JVM's start; "in-process" is the command's own figure (--json secondsInProcess:
# history, scan, hashing, writing) and "hashing" its hashing phase (secondsHashing).
#
# Environment: RUNS (3), BENCH_WORK, JAVA_OPTS for postops (POSTOPS_JAVA_OPTS), KEEP=1 keeps the trees.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_WORK:-/tmp/postops-bench-mhl}"
runs="${RUNS:-3}"
jar="$root/postops-app/target/postops.jar"
tree="$work/tree"
small="$work/small"
export LC_ALL=C.UTF-8

command -v xxhsum >/dev/null || { echo "needs xxhsum (apt-get install -y xxhash)" >&2; exit 2; }
command -v md5sum >/dev/null || { echo "needs md5sum" >&2; exit 2; }

if [ ! -f "$jar" ] || [ -n "$(find "$root"/postops-*/src/main "$root"/pom.xml "$root"/postops-*/pom.xml -newer "$jar" -print -quit)" ]; then
  echo "building the jar..." >&2
  (cd "$root" && ./mvnw -o -q -B -pl postops-app -am package -DskipTests)
fi
# through the launcher, as people run it: the jar extracted (decision 0032), XXH3 on the Vector API (decision
# 0029; POSTOPS_VECTOR=off leaves the module out: hash4j's XXH3)
postops() { "$root/postops" "$@"; }
postops --version >/dev/null # extracts the jar now, outside the timed runs

make_tree() {
  [ -f "$work/tree.complete" ] && return
  rm -rf "$tree"
  local n=0
  spec=("2048:1" "1024:2" "512:4" "256:4" "64:8" "16:16" "4:32" "1:128")
  [ -z "${TRIAL:-}" ] || spec=("64:1" "16:2" "1:8") # a quick check of the script itself
  for s in "${spec[@]}"; do
    local mib="${s%%:*}" count="${s##*:}"
    mkdir -p "$tree/R$(printf %04d "$mib")"
    for ((i = 1; i <= count; i++)); do
      n=$((n + 1))
      head -c "$((mib * 1024 * 1024))" /dev/urandom > "$tree/R$(printf %04d "$mib")/C$(printf %03d "$n").mov"
    done
  done
  touch "$work/tree.complete"
}

make_small() {
  [ -f "$work/small.complete" ] && return
  rm -rf "$small"
  local dirs=100
  [ -z "${TRIAL:-}" ] || dirs=2
  for ((d = 0; d < dirs; d++)); do
    dir="$small/D$(printf %03d "$d")"
    mkdir -p "$dir"
    head -c $((1000 * 1024)) /dev/urandom | split -b 1024 -a 3 -d - "$dir/f" # 1,000 files of 1 KiB
  done
  touch "$work/small.complete"
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
best() { printf '%s\n' "$@" | sort -g | head -1; }
mbs() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.0f", b / 1e6 / s }'; }

echo "writing the trees (once) under $work..." >&2
make_tree
[ -n "${SKIP_DIFF:-}" ] || make_small
[ -z "${PREPARE_ONLY:-}" ] || exit 0
mapfile -t files < <(cd "$tree" && find . -type f -name '*.mov' | sort)
bytes=$(cd "$tree" && du -cb "${files[@]}" | tail -1 | cut -f1)
echo "warming the page cache..." >&2
(cd "$tree" && cat "${files[@]}" > /dev/null && cat "${files[@]}" > /dev/null)

declare -A wall cpu inproc hashing

# one run of a command in the tree: wall seconds and CPU seconds (user + sys, all threads)
run_once() { # label, command...
  local label="$1"; shift
  local a b
  a=$(now)
  (cd "$tree" && /usr/bin/time -o "$work/time.txt" -f "%U %S" "$@" > "$work/last.out")
  b=$(now)
  wall[$label]+="$(elapsed "$a" "$b") "
  cpu[$label]+="$(awk '{ printf "%.2f", $1 + $2 }' "$work/time.txt") "
}

run_postops() { # label, formats... (label px0: without the vector module, hash4j's XXH3 as before 0029)
  local label="$1"; shift
  local vector=on
  [ "$label" != px0 ] || vector=off
  local args=()
  for f in "$@"; do args+=(-h "$f"); done
  rm -rf "$tree/ascmhl"
  run_once "$label" env POSTOPS_VECTOR="$vector" "$root/postops" mhl create --json "${args[@]}" "$tree"
  inproc[$label]+="$(grep -o '"secondsInProcess" : [0-9.E-]*' "$work/last.out" | awk '{print $3}') "
  hashing[$label]+="$(grep -o '"secondsHashing" : [0-9.E-]*' "$work/last.out" | awk '{print $3}') "
  rm -rf "$tree/ascmhl"
}

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "timing ($runs rounds, the commands taking turns in each, best kept)..." >&2
for ((r = 0; r < runs; r++)); do
  run_once xxhsum xxhsum -H2 "${files[@]}"
  run_postops px xxh128
  run_postops px0 xxh128
  run_once md5sum md5sum "${files[@]}"
  run_postops pm md5
  run_postops pb xxh128 md5
done
b() { best ${1}; }

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}'), $(java -version 2>&1 | head -1)"
echo "Date: $(date -u +%Y-%m-%dT%H:%MZ), load average before the runs: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg), commit $(cd "$root" && git rev-parse --short HEAD)"
echo "Tree: ${#files[@]} files, $bytes bytes, page cache; best of $runs rounds"
echo
echo "| command | wall s | MB/s (wall) | in-process s | MB/s (in-process) | hashing s | CPU s (user+sys) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
row() { # title, label, tool?
  local w; w=$(b "${wall[$2]}")
  if [ -n "${inproc[$2]:-}" ]; then
    local i; i=$(b "${inproc[$2]}")
    echo "| $1 | $w | $(mbs "$bytes" "$w") | $i | $(mbs "$bytes" "$i") | $(b "${hashing[$2]}") | $(b "${cpu[$2]}") |"
  else
    echo "| $1 | $w | $(mbs "$bytes" "$w") | | | | $(b "${cpu[$2]}") |"
  fi
}
row "xxhsum -H2" xxhsum
row "postops mhl create -h xxh128" px
row "the same without the vector module (hash4j)" px0
row "md5sum" md5sum
row "postops mhl create -h md5" pm
row "postops mhl create -h xxh128 -h md5" pb
echo
awk -v x="$(b "${wall[xxhsum]}")" -v pw="$(b "${wall[px]}")" -v pi="$(b "${inproc[px]}")" \
    -v m="$(b "${wall[md5sum]}")" -v mw="$(b "${wall[pm]}")" -v mi="$(b "${inproc[pm]}")" \
    -v bw="$(b "${wall[pb]}")" -v bi="$(b "${inproc[pb]}")" \
    -v xc="$(b "${cpu[xxhsum]}")" -v pc="$(b "${cpu[px]}")" -v mc="$(b "${cpu[md5sum]}")" -v pmc="$(b "${cpu[pm]}")" \
    -v pbc="$(b "${cpu[pb]}")" -v p0w="$(b "${wall[px0]}")" -v p0i="$(b "${inproc[px0]}")" -v p0c="$(b "${cpu[px0]}")" 'BEGIN {
  if (xc <= 0) xc = 0.01; if (mc <= 0) mc = 0.01
  printf "xxh128 without the vector module (hash4j) vs xxhsum: %.2fx with JVM start, %.2fx in-process; CPU %.2fx xxhsum'"'"'s\n", x / p0w, x / p0i, p0c / xc
  printf "xxh128 vs xxhsum (throughput ratio): %.2fx with JVM start, %.2fx in-process (target >= 0.9x); CPU %.2fx xxhsum'"'"'s\n", x / pw, x / pi, pc / xc
  printf "md5 vs md5sum: %.2fx with JVM start, %.2fx in-process (target >= 1.8x); CPU %.2fx md5sum'"'"'s\n", m / mw, m / mi, pmc / mc
  slow = (mw > pw) ? mw : pw; slowi = (mi > pi) ? mi : pi; slowc = (pmc > pc) ? pmc : pc
  printf "xxh128+md5 in one read vs the slower alone: %.2fx wall, %.2fx in-process, %.2fx CPU (target <= 1.1x)\n", bw / slow, bi / slowi, pbc / slowc
}'

if [ -z "${SKIP_DIFF:-}" ]; then
  count=$(find "$small" -type f -not -path "*/ascmhl/*" | wc -l)
  rm -rf "$small/ascmhl"
  postops mhl create -q -h xxh64 "$small" || true
  t=()
  for ((r = 0; r < runs; r++)); do
    a=$(now); postops mhl diff -q "$small"; b=$(now)
    t+=("$(elapsed "$a" "$b")")
  done
  echo "postops mhl diff on $count files: best $(best "${t[@]}") s wall (target < 3 s)"
fi
[ -n "${KEEP:-}" ] || rm -rf "$work"
