#!/usr/bin/env bash
# Rebuilds the input fixtures from one simulated set (barbell-row 1x5 @60kg, 100 Hz, seed 11, which starts
# with the bar at rest), written as generic sensor loggers write: other headers, units and text encodings.
# Needs python3. Run from the repository root: src/test/resources/input/regenerate.sh
set -euo pipefail
out=src/test/resources/input
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
./rowcoach simulate --plan "barbell-row 1x5 @60kg" --format ascii --rate 100 --seed 11 -o "$tmp/set.txt" >/dev/null
python3 - "$tmp/set.txt" "$out" <<'PY'
import math, sys
src, out = sys.argv[1], sys.argv[2]
rows = []
for line in open(src):
    if line.startswith('#') or line.startswith('t_us'):
        continue
    f = [float(x) for x in line.split(',')]
    rows.append(f)  # t_us, accel m/s^2, gyro rad/s (the simulator's ASCII states mps2 and rads)
t0 = rows[0][0]
G = 9.80665
DEG = 180 / math.pi
def write(name, header, fmt, rs, encoding='utf-8', bom=''):
    text = bom + header + '\n' + ''.join(fmt(r) + '\n' for r in rs)
    with open(f'{out}/{name}', 'wb') as fh:
        fh.write(text.encode(encoding))
ms = lambda r: round((r[0] - t0) / 1000)
# deg/s gyro, m/s^2 accel, no units in the header: the bar is at rest for the first seconds
write('dps-at-rest.csv', 't_ms,ax,ay,az,gx,gy,gz',
      lambda r: f'{ms(r)},{r[1]:.4f},{r[2]:.4f},{r[3]:.4f},{r[4]*DEG:.3f},{r[5]*DEG:.3f},{r[6]*DEG:.3f}', rows)
# the same set in rad/s: the control
write('rads-at-rest.csv', 't_ms,ax,ay,az,gx,gy,gz',
      lambda r: f'{ms(r)},{r[1]:.4f},{r[2]:.4f},{r[3]:.4f},{r[4]:.5f},{r[5]:.5f},{r[6]:.5f}', rows)
# an Arduino logger: millis(), g and deg/s
write('tmillis-g-dps.csv', 'tMillis,ax,ay,az,gx,gy,gz',
      lambda r: f'{ms(r)},{r[1]/G:.4f},{r[2]/G:.4f},{r[3]/G:.4f},{r[4]*DEG:.2f},{r[5]*DEG:.2f},{r[6]*DEG:.2f}', rows)
# a phone or PC logger on Windows: UTF-16 with a byte-order mark, seconds, camel-case names
part = rows[500:1300]
fmt16 = lambda r: f'{(r[0]-t0)/1e6:.3f},{r[1]:.4f},{r[2]:.4f},{r[3]:.4f},{r[4]:.5f},{r[5]:.5f},{r[6]:.5f}'
write('utf16le-bom.csv', 'timestamp,accX,accY,accZ,gyroX,gyroY,gyroZ', fmt16, part, 'utf-16-le', '\ufeff')
write('utf16be-bom.csv', 'timestamp,accX,accY,accZ,gyroX,gyroY,gyroZ', fmt16, part, 'utf-16-be', '\ufeff')
write('utf8-bom-semicolon.csv', 'Timestamp(ms);AcX;AcY;AcZ;GyX;GyY;GyZ',
      lambda r: f'{ms(r)};{r[1]/G:.4f};{r[2]/G:.4f};{r[3]/G:.4f};{r[4]*DEG:.2f};{r[5]*DEG:.2f};{r[6]*DEG:.2f}', part, 'utf-8', '\ufeff')
PY
