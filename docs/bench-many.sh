#!/usr/bin/env bash
# Measures what a worker per core gives `rowcoach replay` of many files: the same files replayed on one core
# (taskset -c 0) and on two (taskset -c 0,1), alternately, with the wall and CPU seconds of each run; checks that
# both print the same reports, byte for byte. cpu/wall is the cores the run kept busy on average: on a machine
# shared with other work it says whether the workers ran side by side when the wall times cannot.
# Usage: docs/bench-many.sh [WORKDIR] [RUNS]
#   WORKDIR  where the generated files go (default: /tmp/rowcoach-many; 16 simulated 7-minute sessions at 1 kHz,
#            recordings of rowcoach binary frames, about 100 MB)
#   RUNS     runs of each (default: 3); the table shows each run and the medians
# CPUS_ONE / CPUS_ALL override the two CPU lists (default: 0 and every CPU of the machine).
# Figures in docs/PERFORMANCE.md ("Many files") come from this script.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/rowcoach-many}"
runs="${2:-3}"
read -r -a rc <<<"${ROWCOACH:-$here/rowcoach}"
one="${CPUS_ONE:-0}"
all="${CPUS_ALL:-0-$(($(nproc --all) - 1))}"
mkdir -p "$work"
files=()
for seed in $(seq 16); do
  f="$work/s$seed.rcrec"
  if [ ! -f "$f" ]; then
    "${rc[@]}" simulate --plan "barbell-row 3x8 @80kg rest=170" --rate 1000 --seed "$seed" --format recording \
      -o "$f" --force >/dev/null
  fi
  files+=("$f")
done

times="$work/.time"
run() { # CPUS OUT: prints "wall cpu" of one replay of every file on CPUS
  /usr/bin/time -o "$times" -f "%e %U %S" taskset -c "$1" "${rc[@]}" replay --no-history "${files[@]}" >"$2" 2>&1
  awk '{printf "%.2f %.2f", $1, $2 + $3}' "$times"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

printf '%-4s %-10s %8s %8s %10s   %s\n' run cpus wall_s cpu_s cpu/wall "load average"
w1=(); c1=(); w2=(); c2=()
for i in $(seq "$runs"); do
  read -r w c <<<"$(run "$one" "$work/.out1")"; w1+=("$w"); c1+=("$c")
  printf '%-4s %-10s %8s %8s %10.2f   %s\n' "$i" "$one" "$w" "$c" "$(awk -v w="$w" -v c="$c" 'BEGIN {print c / w}')" "$(cut -d' ' -f1-3 /proc/loadavg)"
  read -r w c <<<"$(run "$all" "$work/.out2")"; w2+=("$w"); c2+=("$c")
  printf '%-4s %-10s %8s %8s %10.2f   %s\n' "$i" "$all" "$w" "$c" "$(awk -v w="$w" -v c="$c" 'BEGIN {print c / w}')" "$(cut -d' ' -f1-3 /proc/loadavg)"
  cmp -s "$work/.out1" "$work/.out2" || { echo "the reports differ between $one and $all" >&2; exit 1; }
done
n=$(taskset -c "$all" nproc)
mw1=$(printf '%s\n' "${w1[@]}" | median); mw2=$(printf '%s\n' "${w2[@]}" | median)
mc1=$(printf '%s\n' "${c1[@]}" | median); mc2=$(printf '%s\n' "${c2[@]}" | median)
echo "median: 1 core ${mw1} s wall, ${mc1} CPU s; $n cores ${mw2} s wall, ${mc2} CPU s"
awk -v a="$mw1" -v b="$mw2" -v n="$n" 'BEGIN {printf "speed-up %.2f on %d cores (%.2f x N; target >= 0.8 x N); reports identical\n", a / b, n, a / b / n}'
