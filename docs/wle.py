#!/usr/bin/env python3
"""Sway features on real, labelled body English: the Weight Lifting Exercises dataset (E. Velloso, A. Bulling,
H. Gellersen, W. Ugulino, H. Fuks, "Qualitative Activity Recognition of Weight Lifting Exercises", Augmented Human
2013): six lifters doing dumbbell curls correctly (class A) and with the hips thrown forward (class E), among other
mistakes. Only the dumbbell's accelerometer is used, as rowcoach's sensor would be on the bar.

Per lifter: the accelerometer's counts per g from the rests (samples whose gyroscope is nearly still); the data cut
into contiguous 2.5 s stretches (at least one curl each); in each stretch gravity's direction from the mean
acceleration, the vertical and horizontal displacement by double integration with the mean removed at each step;
then the features: vertical range (the ROM), horizontal excursion, the dip before the rise, the time of the rise's
peak velocity, and the grader's readings of the departure from the lifter's baseline (the lifter's median ROM and
horizontal excursion over all stretches, label-free): along the arc (as with a gyroscope) 126.4 deg/m x the length of
the ROM and horizontal departures taken together, signed by their sum, + 4.6, and the height alone (as without one,
and as this script's accelerometer-only tilt would have it) 150.8 deg/m x ROM departure + 4.3, each at least 0. ROC
AUC of class E against class A, per lifter and pooled (pooled on the departures from each lifter's baseline).

Usage: docs/wle.py PATH/TO/pml-training.csv.gz   (standard library only; prints a Markdown table)
"""
import csv, gzip, math, statistics, sys
from collections import defaultdict

STRETCH_S = 2.5
# DepartureModel.FITTED: the arc (°/m of arc departure, °), the height alone (°/m, °)
ARC_DEG_PER_M, OFFSET_DEG = 126.4, 4.6
VERTICAL_DEG_PER_M, VERTICAL_OFFSET_DEG = 150.8, 4.3


def read(path):
    rows = defaultdict(list)
    with gzip.open(path, "rt", newline="") as f:
        r = csv.reader(f)
        h = next(r)
        ix = {k: i for i, k in enumerate(h)}
        for row in r:
            cls = row[ix["classe"]]
            if cls not in ("A", "E"):
                continue
            try:
                t = int(row[ix["raw_timestamp_part_1"]]) + int(row[ix["raw_timestamp_part_2"]]) / 1e6
                a = [float(row[ix["accel_dumbbell_" + k]]) for k in "xyz"]
                g = [float(row[ix["gyros_dumbbell_" + k]]) for k in "xyz"]
            except ValueError:
                continue
            rows[row[ix["user_name"]]].append((t, cls, a, g))
    return rows


def counts_per_g(samples):
    """Median |a| over the samples whose gyroscope reads under its 10th percentile: the rests."""
    gyro = sorted(math.sqrt(sum(v * v for v in s[3])) for s in samples)
    still = gyro[len(gyro) // 10]
    return statistics.median(math.sqrt(sum(v * v for v in s[2])) for s in samples
                             if math.sqrt(sum(v * v for v in s[3])) <= still)


def stretches(samples):
    """Contiguous runs of one class, cut into 2.5 s stretches (a gap over 0.2 s starts a new run)."""
    out, cur = [], []
    for s in sorted(samples, key=lambda s: s[0]):
        if cur and (s[1] != cur[-1][1] or s[0] - cur[-1][0] > 0.2 or s[0] - cur[0][0] >= STRETCH_S):
            if cur[-1][0] - cur[0][0] >= 0.8 * STRETCH_S:
                out.append(cur)
            cur = []
        cur.append(s)
    return out


def integrate(t, acc):
    """Displacement from acceleration, the mean removed from acceleration and velocity (drift-free over the stretch)."""
    m = statistics.fmean(acc)
    v, vel = 0.0, [0.0]
    for i in range(1, len(t)):
        v += 0.5 * (acc[i] + acc[i - 1] - 2 * m) * (t[i] - t[i - 1])
        vel.append(v)
    mv = statistics.fmean(vel)
    p, pos = 0.0, [0.0]
    for i in range(1, len(t)):
        p += 0.5 * (vel[i] + vel[i - 1] - 2 * mv) * (t[i] - t[i - 1])
        pos.append(p)
    return vel, pos


def features(stretch, scale):
    t = [s[0] for s in stretch]
    a = [[v / scale * 9.81 for v in s[2]] for s in stretch]
    gm = [statistics.fmean(x[k] for x in a) for k in range(3)]
    n = math.sqrt(sum(v * v for v in gm))
    up = [v / n for v in gm]
    vert = [sum(x[k] * up[k] for k in range(3)) - 9.81 for x in a]
    hor = [[x[k] - (vert[i] + 9.81) * up[k] for k in range(3)] for i, x in enumerate(a)]
    vel, z = integrate(t, vert)
    hx = [integrate(t, [h[k] for h in hor])[1] for k in range(3)]
    # Principal horizontal direction: the axis of largest variance of the horizontal displacement.
    best = max(range(3), key=lambda k: statistics.pvariance(hx[k]))
    horizontal = max(hx[best]) - min(hx[best])
    rom = max(z) - min(z)
    top = z.index(max(z))
    low = z.index(min(z[:top + 1]))
    dip = max(z[:low + 1]) - z[low]
    peak = vel.index(max(vel[low:top + 1])) if top > low else low
    ttp = (t[peak] - t[low]) / (t[top] - t[low]) if t[top] > t[low] else 0.5
    return {"rom": rom, "horizontal": horizontal, "dip": dip, "earlyPeak": -ttp}


def auc(pos, neg):
    """P(a class-E stretch scores above a class-A one), ties half."""
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def main(path):
    data = read(path)
    names = ["rom", "horizontal", "dip", "earlyPeak", "grader (arc)", "grader (height)"]
    pooled = {k: ([], []) for k in names}
    lines = ["| lifter | stretches A / E | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    for user in sorted(data):
        scale = counts_per_g(data[user])
        fs = [(s[0][1], features(s, scale)) for s in stretches(data[user])]
        base = statistics.median(f["rom"] for _, f in fs)
        hbase = statistics.median(f["horizontal"] for _, f in fs)
        for _, f in fs:
            dr, dh = f["rom"] - base, f["horizontal"] - hbase
            f["grader (arc)"] = max(0, ARC_DEG_PER_M * math.copysign(math.hypot(dr, dh), dr + dh) + OFFSET_DEG)
            f["grader (height)"] = max(0, VERTICAL_DEG_PER_M * (f["rom"] - base) + VERTICAL_OFFSET_DEG)
        row = []
        for k in names:
            e = [f[k] for c, f in fs if c == "E"]
            a = [f[k] for c, f in fs if c == "A"]
            row.append(f"{auc(e, a):.2f}")
            shift = base if k == "rom" else hbase if k == "horizontal" else 0
            pooled[k][0].extend(v - shift for v in e)
            pooled[k][1].extend(v - shift for v in a)
        na = sum(c == "A" for c, _ in fs)
        lines.append(f"| {user} ({scale:.0f} counts/g) | {na} / {len(fs) - na} | " + " | ".join(row) + " |")
    lines.append("| pooled (departures from each lifter's median) | " + f"{len(pooled['rom'][1])} / {len(pooled['rom'][0])} | "
                 + " | ".join(f"{auc(*pooled[k]):.2f}" for k in names) + " |")
    print("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: docs/wle.py PATH/TO/pml-training.csv.gz")
    main(sys.argv[1])
