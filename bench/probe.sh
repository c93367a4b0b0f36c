#!/usr/bin/env bash
# Whole-command time of `postops probe` against plain ffprobe (the same bundled FFmpeg 8.0.1 executable,
# JSON output, format and streams) on the same file, alternating runs. See docs/benchmarks.md (probe).
#
#   bench/probe.sh                 20 runs each on a generated 60 s 1080p25 ProRes 422 HQ file with 8 mono 24-bit tracks
#   RUNS=50 FILE=/path/master.mxf bench/probe.sh
#
# Builds postops.jar if any source is newer (package only; nothing is installed into ~/.m2).
# Environment: RUNS (20), FILE (generated when unset), BENCH_WORK (a temporary folder), JAVA (java).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/postops-app/target/postops.jar"
java_bin="${JAVA:-java}"
if [ ! -f "$jar" ] || [ -n "$(find "$root"/postops-*/src/main "$root"/pom.xml "$root"/postops-*/pom.xml -newer "$jar" -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -o -pl postops-app -am package -DskipTests)
fi
work="${BENCH_WORK:-$(mktemp -d)}"
runs="${RUNS:-20}"

# the bundled executables, unpacked by the first run of PostOps
"$java_bin" -jar "$jar" tc 0 --rate 25 >/dev/null
"$java_bin" -jar "$jar" probe "$jar" >/dev/null 2>&1 || true
bin="$(dirname "$(find "$HOME/.javacpp/cache" -path '*ffmpeg/linux-x86_64/ffprobe' | head -n 1)")"
export LD_LIBRARY_PATH="$bin${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

file="${FILE:-}"
if [ -z "$file" ]; then
  file="$work/probe-bench.mov"
  if [ ! -f "$file" ]; then
    inputs=(-f lavfi -i "testsrc2=size=1920x1080:rate=25:duration=60")
    maps=(-map 0:v)
    for i in 1 2 3 4 5 6 7 8; do
      inputs+=(-f lavfi -i "sine=frequency=$((300 + 100 * i)):sample_rate=48000:duration=60")
      maps+=(-map "$i:a")
    done
    "$bin/ffmpeg" -hide_banner -loglevel error -nostdin -y "${inputs[@]}" "${maps[@]}" -c:v prores_ks -profile:v 3 \
      -pix_fmt yuv422p10le -c:a pcm_s24le -timecode 10:00:00:00 "$file"
  fi
fi

now() { date +%s%N; }
declare -a t_ffprobe t_probe t_json
for ((r = 0; r < runs; r++)); do
  s=$(now); "$bin/ffprobe" -v error -print_format json -show_format -show_streams "$file" >/dev/null; e=$(now)
  t_ffprobe+=($(((e - s) / 1000000)))
  s=$(now); "$java_bin" -jar "$jar" probe "$file" >/dev/null; e=$(now)
  t_probe+=($(((e - s) / 1000000)))
  s=$(now); "$java_bin" -jar "$jar" probe --json "$file" >/dev/null; e=$(now)
  t_json+=($(((e - s) / 1000000)))
done
s=$(now); for ((r = 0; r < runs; r++)); do "$java_bin" -jar "$jar" tc 0 --rate 25 >/dev/null; done; e=$(now)
jvm=$(((e - s) / 1000000 / runs))

stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms, min %d ms, max %d ms", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo "file: $file ($(du -h "$file" | cut -f1))"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$root" rev-parse --short HEAD)"
echo "runs: $runs each, alternating"
echo "ffprobe -print_format json -show_format -show_streams: $(stats "${t_ffprobe[@]}")"
echo "postops probe:                                        $(stats "${t_probe[@]}")"
echo "postops probe --json:                                 $(stats "${t_json[@]}")"
echo "postops tc 0 --rate 25 (JVM start, no FFmpeg), mean:  $jvm ms"
