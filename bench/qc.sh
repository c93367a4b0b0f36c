#!/usr/bin/env bash
# Wall time of `postops qc` (every measurement in one decode, bench/qc-bench.yaml) against a decode-only pass
# (`ffmpeg -i FILE -f null -`) and against running each measurement as its own ffmpeg pass, in one run, on a
# generated 10-minute 1920x1080 25 fps ProRes 422 HQ file with eight mono 24-bit PCM tracks. Uses the bundled
# FFmpeg for every pass. See docs/benchmarks.md (QC).
#
#   bench/qc.sh                        MINUTES (10), BENCH_WORK (a temporary folder; the file is ~5.4 GB)
#   FILE=/path/master.mov bench/qc.sh  use an existing file
#
# Builds postops.jar if a source is newer (package only; nothing is installed into ~/.m2).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/postops-app/target/postops.jar"
java_bin="${JAVA:-java}"
if [ ! -f "$jar" ] || [ -n "$(find "$root"/postops-*/src/main "$root"/pom.xml "$root"/postops-*/pom.xml -newer "$jar" -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -o -pl postops-app -am package -DskipTests)
fi
work="${BENCH_WORK:-$(mktemp -d)}"
minutes="${MINUTES:-10}"
"$java_bin" -jar "$jar" probe "$jar" >/dev/null 2>&1 || true
bin="$(dirname "$(find "$HOME/.javacpp/cache" -path '*ffmpeg/linux-x86_64/ffprobe' | head -n 1)")"
export LD_LIBRARY_PATH="$bin${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
ff() { "$bin/ffmpeg" -hide_banner -nostdin -nostats -loglevel error "$@"; }

file="${FILE:-}"
if [ -z "$file" ]; then
  file="$work/qc-bench-${minutes}min.mov"
  if [ ! -f "$file" ]; then
    # one minute encoded (tone at -23 dBFS on tracks 1-2, others quieter), then looped by stream copy:
    # ProRes is intra-only, so the copy is a valid file of the full length
    one="$work/qc-bench-1min.mov"
    inputs=(-f lavfi -i "testsrc2=size=1920x1080:rate=25:duration=60")
    maps=(-map 0:v)
    for i in 1 2 3 4 5 6 7 8; do
      inputs+=(-f lavfi -i "aevalsrc=exprs='0.0708*sin(2*PI*$((300 + 100 * i))*t)':s=48000:d=60")
      maps+=(-map "$i:a")
    done
    ff -y "${inputs[@]}" "${maps[@]}" -c:v prores_ks -profile:v 3 -pix_fmt yuv422p10le -c:a pcm_s24le \
      -timecode 10:00:00:00 "$one"
    ff -y -stream_loop $((minutes - 1)) -i "$one" -map 0 -c copy -timecode 10:00:00:00 "$file"
    rm -f "$one"
  fi
fi

now() { date +%s%N; }
secs() { awk -v ns="$1" 'BEGIN {printf "%.1f", ns / 1e9}'; }
time_it() { local s e; s=$(now); "$@" >/dev/null 2>&1 || true; e=$(now); echo $((e - s)); }
# CPU seconds (user + system) of a command and its children: the figure other helpers' load does not move much
cpu_of() { /usr/bin/time -f '%U %S' -o "$work/cpu.txt" "$@" >/dev/null 2>&1 || true; tail -n 1 "$work/cpu.txt" | awk '{printf "%.1f", $1 + $2}'; }

echo "file: $file ($(du -h "$file" | cut -f1))"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$root" rev-parse --short HEAD)"

t_decode=$(time_it ff -i "$file" -f null -)
echo "decode only (ffmpeg -i FILE -f null -):        $(secs "$t_decode") s"
t_qc=$(time_it "$java_bin" -jar "$jar" qc "$file" --profile "$root/bench/qc-bench.yaml" -q)
echo "postops qc, every measurement, one decode:     $(secs "$t_qc") s  ($(awk -v a="$t_qc" -v b="$t_decode" 'BEGIN {printf "%.2f", a / b}') x decode)"
"$java_bin" -jar "$jar" qc "$file" --profile "$root/bench/qc-bench.yaml" -q --json > "$work/qc-bench-report.json" || true
c_decode=$(cpu_of "$bin/ffmpeg" -hide_banner -nostdin -nostats -loglevel error -i "$file" -f null -)
c_qc=$(cpu_of "$java_bin" -jar "$jar" qc "$file" --profile "$root/bench/qc-bench.yaml" -q)
echo "CPU time, decode only: ${c_decode} s; postops qc: ${c_qc} s  ($(awk -v a="$c_qc" -v b="$c_decode" 'BEGIN {printf "%.2f", a / b}') x)"

total=0
for pass in \
  "ebur128:-vn -filter_complex [0:1][0:2]amerge=inputs=2,pan=stereo|c0=c0|c1=c1,ebur128=peak=true" \
  "silencedetect:-vn -filter_complex [0:1][0:2]amerge=inputs=2,pan=stereo|c0=c0|c1=c1,silencedetect=n=-60dB:d=2" \
  "astats:-vn -filter_complex [0:1][0:2][0:3][0:4][0:5][0:6][0:7][0:8]amerge=inputs=8,astats" \
  "blackdetect:-an -vf blackdetect=d=1" \
  "freezedetect:-an -vf freezedetect=d=2" \
  "signalstats:-an -vf signalstats" \
  "idet:-an -vf idet"; do
  name="${pass%%:*}"; args="${pass#*:}"
  # shellcheck disable=SC2086
  t=$(time_it ff -i "$file" $args -f null -)
  total=$((total + t))
  printf '  separate pass %-14s %8s s\n' "$name:" "$(secs "$t")"
done
echo "each measurement as its own pass, total:       $(secs "$total") s  ($(awk -v a="$total" -v b="$t_qc" 'BEGIN {printf "%.2f", a / b}') x postops qc)"
