#!/usr/bin/env bash
# Makes docs/html-report.png, the README's picture of the HTML report (replay --format html), from simulated
# sessions, in a scratch folder (the real training history is never touched):
#   1. three earlier sessions of barbell rows (4 sets of 8 each, ending 25 % slower), one a week for the last
#      three weeks, and today's session (2 sets of 8, cheating on the last 3 reps), simulated as ASCII files
#      dated by their modification time;
#   2. history --rebuild of that folder into a fresh database, so the weekly chart has weeks to show;
#   3. replay of today's session as HTML, opened in headless Chromium (Debian's chromium) 1100 px wide.
# Usage: docs/screenshot.sh [OUT.png]   (default: docs/html-report.png). The simulated numbers are the same on
# every run; the weeks are counted back from today, so the week labels change with the date.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/html-report.png}"
rowcoach="$here/../rowcoach"
command -v chromium >/dev/null || { echo "screenshot.sh: needs chromium (apt-get install chromium)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/sessions"
cd "$work"
for weeks in 3 2 1; do
  f="sessions/rows-$weeks-weeks-ago.csv"
  "$rowcoach" simulate --plan "barbell-row 4x8 @80kg loss=25% rest=30" --seed "$weeks" --rate 100 --format ascii -o "$f" >/dev/null
  touch -d "$weeks weeks ago" "$f"
done
today="sessions/rows-today.csv"
"$rowcoach" simulate --plan "barbell-row 2x8 @80kg swing=cheat-last=3 loss=25% rest=30" --seed 4 --rate 100 --format ascii \
  -o "$today" >/dev/null
"$rowcoach" history --rebuild sessions --db history.db >/dev/null
"$rowcoach" replay "$today" --load 80 --notes "simulated: docs/screenshot.sh" --db history.db \
  --format html -o report.html
chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size=1100,3400 --screenshot="$work/report.png" "file://$work/report.html" 2>/dev/null
cp "$work/report.png" "$out"
echo "wrote $out"
