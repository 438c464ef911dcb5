#!/usr/bin/env bash
# Generates the four simulated benchmark corpora of docs/ACCURACY.md into OUTDIR/{A,B,C,D}, then scores
# each with `rowcoach bench accuracy`. Deterministic: the same seeds give the same files.
# Usage: docs/corpora.sh OUTDIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: docs/corpora.sh OUTDIR}"
sim() { "$root/rowcoach" simulate --force "$@" >/dev/null; }

# A: the corpus the motion core was tuned on. 10 presets x seeds 1-2, 50-1000 Hz, plus BLE, accelerometer-only
# and WitMotion files.
mkdir -p "$out/A"
i=0
for plan in strict-heavy cheat-fatigue body-english pendlay yates kroc dumbbell t-bar supported mixed; do
  for seed in 1 2; do
    i=$((i + 1)); rates=(1000 100 200 500 50); r=${rates[$((i % 5))]}
    sim --plan "$plan" --seed "$seed" --rate "$r" --format recording -o "$out/A/$plan-s$seed-${r}hz.rcrec"
  done
done
sim --plan strict-heavy --seed 7 --rate 200 --format ascii --link ble -o "$out/A/ble-strict.txt"
sim --plan cheat-fatigue --seed 8 --rate 200 --no-gyro --format rowcoach -o "$out/A/accelonly-cheat.bin"
sim --plan strict-heavy --seed 9 --rate 200 --format witmotion -o "$out/A/wit-strict.bin"

# B and C: held out (not used for tuning; C is also the fixed corpus of SimulatedCorpusTest). 12 presets x 2
# seeds, every sixth session without a gyroscope.
corpus() { # NAME SEED1 SEED2 RATE0 RATE1 RATE2 RATE3
  local name=$1 s1=$2 s2=$3; local rates=("$4" "$5" "$6" "$7"); local n=0
  mkdir -p "$out/$name"
  for plan in strict-heavy cheat-fatigue body-english pendlay yates kroc dumbbell t-bar supported mixed demo quick; do
    for seed in "$s1" "$s2"; do
      n=$((n + 1)); local r=${rates[$((n % 4))]}; local g=()
      [ $((n % 6)) -eq 0 ] && g=(--no-gyro)
      sim --plan "$plan" --seed "$seed" --rate "$r" "${g[@]}" --format recording -o "$out/$name/$plan-s$seed-${r}hz${g[*]:+-no-gyro}.rcrec"
    done
  done
}
corpus B 11 12 60 150 400 800
sim --plan strict-heavy --seed 17 --rate 200 --format ascii --link ble -o "$out/B/ble2.txt"
corpus C 21 22 100 250 500 75
# D: generated after the 2026-11-21 changes to the concentric start, set-end rules and early confirmation, as
# a check that they were not fitted to A-C.
corpus D 31 32 120 300 600 90

for c in A B C D; do
  echo "== corpus $c"
  # The rep table's pooled rows, then the sway grades' pooled rows and confusion matrix.
  "$root/rowcoach" bench accuracy "$out/$c" | sed -n '/^all/,/^accelerometer only/p;/^confusion/,/^  excessive/p'
done
