#!/usr/bin/env bash
# Runs rowcoach and a numpy/scipy peer (a script that reads the rowcoach ASCII format:
#   python3 PEER FILE) side by side on the same generated files, paired, and prints CPU seconds and ratios.
# Usage: docs/bench-peer.sh PEER.py [WORKDIR] [RUNS]
#   WORKDIR  where the generated files go (default: /tmp/rowcoach-bench; about 350 MB)
#   RUNS     paired runs per file (default: 3); the table shows the median of each side
# Figures in docs/PERFORMANCE.md come from this script.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peer="${1:?usage: docs/bench-peer.sh PEER.py [WORKDIR] [RUNS]}"
work="${2:-/tmp/rowcoach-bench}"
runs="${3:-3}"
# ROWCOACH: the command to measure (default: this checkout's launcher), e.g. "java -jar old.jar" for a before/after.
read -r -a rc <<<"${ROWCOACH:-$here/rowcoach}"
mkdir -p "$work"

# 16 minutes at 1 kHz: 6 sets of 8 rows with rests; the simulator's ASCII holds every double in full
# (16–17 significant digits); the 6-decimal copy is what a logger printing %.6f writes.
plan16="barbell-row 6x8 @80kg rest=170"
if [ ! -f "$work/16min-17digits.txt" ]; then
  "${rc[@]}" simulate --plan "$plan16" --rate 1000 --seed 7 --format ascii -o "$work/16min-17digits.txt" --force >/dev/null
fi
if [ ! -f "$work/16min-6decimals.txt" ]; then
  awk -F, '/^#/ || /^t_us/ {print; next} {printf "%s,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f\n",$1,$2,$3,$4,$5,$6,$7}' \
    "$work/16min-17digits.txt" >"$work/16min-6decimals.txt"
fi
# One hour at 1 kHz in the rowcoach binary format.
if [ ! -f "$work/1h.bin" ]; then
  "${rc[@]}" simulate --plan "barbell-row 20x8 @80kg rest=170" --rate 1000 --seed 7 -o "$work/1h.bin" --force >/dev/null
fi

times="$work/.time"
cpu() { # prints user+sys CPU seconds of the command
  /usr/bin/time -o "$times" -f "%U %S" "$@" >/dev/null 2>&1
  awk '{printf "%.2f", $1 + $2}' "$times"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

printf '%-22s %12s %12s %10s\n' "file" "rowcoach s" "peer s" "ratio"
for f in 16min-17digits 16min-6decimals; do
  r=(); p=()
  for _ in $(seq "$runs"); do
    r+=("$(cpu "${rc[@]}" replay --no-history "$work/$f.txt")")
    p+=("$(cpu python3 "$peer" "$work/$f.txt")")
  done
  rm=$(printf '%s\n' "${r[@]}" | median); pm=$(printf '%s\n' "${p[@]}" | median)
  printf '%-22s %12.2f %12.2f %9.2f×\n' "$f" "$rm" "$pm" "$(awk -v a="$rm" -v b="$pm" 'BEGIN {print a / b}')"
done

samples=$("${rc[@]}" inspect --format json "$work/1h.bin" | python3 -c 'import json, sys; print(json.load(sys.stdin)["samples"])')
w=(); c=()
for _ in $(seq "$runs"); do
  s=$(date +%s.%N); c+=("$(cpu "${rc[@]}" replay --no-history "$work/1h.bin")"); e=$(date +%s.%N)
  w+=("$(awk -v s="$s" -v e="$e" 'BEGIN {print e - s}')")
done
wm=$(printf '%s\n' "${w[@]}" | median); cm=$(printf '%s\n' "${c[@]}" | median)
printf '%-22s %s samples: %.2f s wall, %.2f M samples/s; %.2f CPU s, %.2f M samples per CPU second\n' "1h.bin (rowcoach)" \
  "$samples" "$wm" "$(awk -v n="$samples" -v t="$wm" 'BEGIN {print n / t / 1e6}')" "$cm" \
  "$(awk -v n="$samples" -v t="$cm" 'BEGIN {print n / t / 1e6}')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
