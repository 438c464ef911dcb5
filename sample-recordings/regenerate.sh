#!/usr/bin/env bash
# Regenerates the bundled sample recordings and their truth files with the simulator (docs/SIMULATOR.md).
# Usage: sample-recordings/regenerate.sh [OUTDIR]   (default: sample-recordings; existing files are replaced)
# Every line is deterministic: the same seed gives the same samples. SampleRecordingsIT checks that the
# bundled files are exactly what these commands produce.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here}"
mkdir -p "$out"
sim() { "$here/../rowcoach" simulate --force "$@" >/dev/null; }

sim --plan "barbell-row 2x5 @100kg swing=strict rest=30" --seed 3 --rate 200 --format recording -o "$out/strict-heavy-sets-200hz.rcrec"
sim --plan "barbell-row 2x8 @80kg swing=cheat-last=3 rest=30" --seed 4 --rate 200 --format recording -o "$out/cheat-at-the-end-200hz.rcrec"
sim --plan "barbell-row 1x8 @90kg swing=excessive" --seed 5 --rate 200 --format recording -o "$out/excessive-swing-200hz.rcrec"
sim --plan "pendlay-row 2x5 @100kg rest=30" --seed 6 --rate 200 --format recording -o "$out/pendlay-rows-200hz.rcrec"
sim --plan "kroc-row 1x15 @45kg" --seed 7 --rate 200 --format recording -o "$out/kroc-dumbbell-rows-200hz.rcrec"
sim --plan "barbell-row 2x8 @80kg rest=30" --seed 8 --rate 100 --no-gyro --format ascii -o "$out/accel-only-100hz.csv"
sim --plan "barbell-row 1x8 @80kg" --seed 9 --rate 25 --format ascii -o "$out/low-rate-25hz.csv"
sim --plan "barbell-row 1x6 @80kg" --seed 10 --rate 1000 --format rowcoach -o "$out/high-rate-1000hz.bin"
sim --plan "barbell-row 1x8 @70kg gap=2" --seed 11 --rate 200 --format recording -o "$out/data-gap-200hz.rcrec"
