#!/usr/bin/env bash
# Measures what a worker per core gives rowcoach's commands over many files: the same work run on one core
# (taskset -c 0) and on two (taskset -c 0,1), alternately, with the wall and CPU seconds of each run; checks that
# both print the same output, byte for byte. cpu/wall is the cores the run kept busy on average: on a machine
# shared with other work it says whether the workers ran side by side when the wall times cannot.
# Usage: docs/bench-many.sh [WORKDIR] [RUNS] [WHAT]
#   WORKDIR  where the generated files go (default: /tmp/rowcoach-many; 16 simulated 7-minute sessions at 1 kHz,
#            recordings of rowcoach binary frames with their truth files, about 100 MB)
#   RUNS     runs of each (default: 3); the table shows each run and the medians
#   WHAT     replay (default): one `replay` of the 16 files; accuracy: `bench accuracy WORKDIR/files`;
#            robustness: `bench robustness` of them in one cell (20 % lost in bursts), one seed;
#            rebuild: `history --rebuild WORKDIR/files` into a new database each run
# CPUS_ONE / CPUS_ALL override the two CPU lists (default: 0 and every CPU of the machine).
# Figures in docs/PERFORMANCE.md ("Many files") come from this script.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/rowcoach-many}"
runs="${2:-3}"
what="${3:-replay}"
read -r -a rc <<<"${ROWCOACH:-$here/rowcoach}"
one="${CPUS_ONE:-0}"
all="${CPUS_ALL:-0-$(($(nproc --all) - 1))}"
mkdir -p "$work/files"
files=()
for seed in $(seq 16); do
  f="$work/files/s$seed.rcrec"
  if [ ! -f "$f" ]; then
    "${rc[@]}" simulate --plan "barbell-row 3x8 @80kg rest=170" --rate 1000 --seed "$seed" --format recording \
      -o "$f" --force >/dev/null
  fi
  files+=("$f")
done

case "$what" in
  replay) cmd=(replay --no-history "${files[@]}") ;;
  accuracy) cmd=(bench accuracy "$work/files") ;;
  robustness) cmd=(bench robustness --cell 'loss=20%,burst=0.2-0.45' --seeds 1 "$work/files") ;;
  rebuild) cmd=(history --db "$work/.history.db" --rebuild "$work/files") ;;
  *) echo "WHAT is replay, accuracy, robustness or rebuild, not $what" >&2; exit 2 ;;
esac

times="$work/.time"
run() { # CPUS OUT: prints "wall cpu" of one run of the command on CPUS
  rm -f "$work/.history.db"
  /usr/bin/time -o "$times" -f "%e %U %S" taskset -c "$1" "${rc[@]}" "${cmd[@]}" >"$2" 2>&1
  awk '{printf "%.2f %.2f", $1, $2 + $3}' "$times"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "$what: rowcoach ${cmd[*]:0:3} ..."
printf '%-4s %-10s %8s %8s %10s   %s\n' run cpus wall_s cpu_s cpu/wall "load average"
w1=(); c1=(); w2=(); c2=()
for i in $(seq "$runs"); do
  read -r w c <<<"$(run "$one" "$work/.out1")"; w1+=("$w"); c1+=("$c")
  printf '%-4s %-10s %8s %8s %10.2f   %s\n' "$i" "$one" "$w" "$c" "$(awk -v w="$w" -v c="$c" 'BEGIN {print c / w}')" "$(cut -d' ' -f1-3 /proc/loadavg)"
  read -r w c <<<"$(run "$all" "$work/.out2")"; w2+=("$w"); c2+=("$c")
  printf '%-4s %-10s %8s %8s %10.2f   %s\n' "$i" "$all" "$w" "$c" "$(awk -v w="$w" -v c="$c" 'BEGIN {print c / w}')" "$(cut -d' ' -f1-3 /proc/loadavg)"
  cmp -s "$work/.out1" "$work/.out2" || { echo "the outputs differ between $one and $all" >&2; exit 1; }
done
n=$(taskset -c "$all" nproc)
mw1=$(printf '%s\n' "${w1[@]}" | median); mw2=$(printf '%s\n' "${w2[@]}" | median)
mc1=$(printf '%s\n' "${c1[@]}" | median); mc2=$(printf '%s\n' "${c2[@]}" | median)
bw1=$(printf '%s\n' "${w1[@]}" | sort -n | head -1); bw2=$(printf '%s\n' "${w2[@]}" | sort -n | head -1)
echo "median: 1 core ${mw1} s wall, ${mc1} CPU s; $n cores ${mw2} s wall, ${mc2} CPU s; best wall: ${bw1} s, ${bw2} s"
awk -v a="$mw1" -v b="$mw2" -v x="$bw1" -v y="$bw2" -v n="$n" 'BEGIN {printf "speed-up %.2f on %d cores of the medians (%.2f x N), %.2f of the best runs (%.2f x N); target >= 0.8 x N; outputs identical\n", a / b, n, a / b / n, x / y, x / y / n}'
