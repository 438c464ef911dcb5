#!/usr/bin/env python3
"""The cross-family grading benchmark's reps, read again outside rowcoach: the committed calibrated grader and the
variants tried against it (docs/GRADING.md, "Where the worst direction misses").

Input: the CSV that `rowcoach bench grading --reps FILE` writes (both families' matched reps, each with what the
motion core measured and the simulator's truth). The script grades them as `Grader` does with a calibration set
(each session's first set, per exercise: the baseline is the median ROM and horizontal excursion of its reps; with a
gyroscope the swing is the median of the arc departure's reading, the height's reading and the early movement's; without
one the height's), fits on one family and scores the other, both ways, as `GradingBench` does (Huber's loss for the
departure readings, the lever minimising the mean absolute error for the early movement), and prints the worst
direction with a gyroscope: accuracy / clear reps / swing MAE / squeeze sets strict. Its first line reproduces
`bench grading`'s worst direction; the other lines are variants, each a named change to one step.

Then the lever: per family and exercise, the median length of the departure per radian of true swing (reps of 12° or
more with a gyroscope), and for barbell rows how it varies between lifters (the standard deviation of the lifters'
medians) and within one lifter's reps (1.4826 x the median absolute deviation from the lifter's median), from the
measured ROM and horizontal excursion and from the simulator's true ones, and what it goes with (Pearson's r).

Last, without a calibration: the early movement alone, as rowcoach graded until 2026-12-07, against each set's first
reps taken as its baseline when the early movement reads them strict (tried here first; rowcoach's grader has it
since, changed: GRADING.md, "Without a calibration").

Usage: docs/lofo.py FILE.csv   (standard library only; develop on grids other than the bench's seeds, see GRADING.md)
"""
import csv, math, statistics, sys
from collections import defaultdict

SQUEEZE_PLANS = {10, 11}  # GradingCorpus.PLANS with "squeeze=": strict sets with a 1-3 s squeeze at the top
# (GradingCorpus.PLANS 6 and 7, "pause=", stop at the hang before each rep: they were the squeeze sets until 2026-12-06)
FAMILIES = ("rower", "hinge")


def read(path):
    rows = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            for k, v in r.items():
                if k.endswith(("_m", "_mps", "_s", "_deg", "_fraction")) or k == "time_to_peak":
                    r[k] = float(v)
            for k in ("session", "plan", "set", "rep"):
                r[k] = int(r[k])
            r["cal"] = r["calibration_set"] == "true"
            r["gyro"] = r["gyro"] == "true"
            rows.append(r)
    return rows


def with_baselines(rows):
    """Each rep gets the median ROM and horizontal excursion of its session's baseline reps (the latest 8) so far."""
    history = defaultdict(list)
    for r in rows:
        h = history[(r["family"], r["session"], r["exercise"])]
        if r["cal"] and r["set"] == 1 and r["rom_m"] > 0:
            h.append(r)
            del h[:-8]
        r["base"] = list(h)
        if h:
            r["brom"] = statistics.median(x["rom_m"] for x in h)
            r["bh"] = statistics.median(x["horizontal_m"] for x in h)
            r["true_brom"] = statistics.median(x["true_rom_m"] for x in h)
            r["true_bh"] = statistics.median(x["true_horizontal_m"] for x in h)
    return rows


def arc(dr, dh):
    return math.copysign(math.hypot(dr, dh), dr + dh)


def solve(a, b):
    """Solves a x = b (a small square system) by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda i: abs(m[i][c]))
        m[c], m[p] = m[p], m[c]
        for i in range(c + 1, n):
            f = m[i][c] / m[c][c]
            for j in range(c, n + 1):
                m[i][j] -= f * m[c][j]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (m[i][n] - sum(m[i][j] * x[j] for j in range(i + 1, n))) / m[i][i]
    return x


def huber(x, y, iterations=50, k=1.345):
    """Coefficients minimising Huber's loss of y - x.w (GradingBench.huber)."""
    w = [1.0] * len(y)

    def wls():
        p = len(x[0])
        a = [[sum(w[i] * x[i][r] * x[i][c] for i in range(len(y))) for c in range(p)] for r in range(p)]
        b = [sum(w[i] * x[i][r] * y[i] for i in range(len(y))) for r in range(p)]
        return solve(a, b)

    coef = wls()
    for _ in range(iterations):
        res = [abs(y[i] - sum(c * v for c, v in zip(coef, x[i]))) for i in range(len(y))]
        limit = k * 1.4826 * sorted(res)[len(res) // 2]
        w = [1 if e <= limit else limit / e for e in res]
        coef = wls()
    return coef


LEVERS = {}


def levers(rows):
    """GradingBench.fitEarly: the early movement's levers (both axes with a gyroscope; its height over all reps)."""
    key = (frozenset((r["family"], r["exercise"]) for r in rows), len(rows))
    if key not in LEVERS:
        fit_reps = [r for r in rows if not r["cal"] and r["plan"] not in SQUEEZE_PLANS]
        LEVERS[key] = (best_lever([(r["early_path_m"], r["true_swing_deg"]) for r in fit_reps if r["gyro"]]),
                       best_lever([(r["early_vertical_m"], r["true_swing_deg"]) for r in fit_reps]))
    return LEVERS[key]


def best_lever(pairs):
    best, error = None, math.inf
    for mm in range(200, 1501):
        lever = mm / 1000
        e = sum(abs(math.degrees(max(0, m) / lever) - t) for m, t in pairs)
        if e < error:
            best, error = lever, e
    return best


def grade(swing):
    return 0 if swing < 10 else 1 if swing <= 25 else 2


GRADES = {"strict": 0, "cheat": 1, "excessive": 2}


def is_clear(true_swing):
    """Whether a rep is 3° or more from both thresholds: a clear rep."""
    return abs(true_swing - 10) >= 3 and abs(true_swing - 25) >= 3


def scored(rows):
    return [r for r in rows if not r["cal"] and r["base"]]


def fitting(rows):
    """The reps a fit reads: scored ones, the squeeze sets left out (a check of their own, as in GradingBench)."""
    return [r for r in scored(rows) if r["plan"] not in SQUEEZE_PLANS]


def departures(r):
    return r["rom_m"] - r["brom"], r["horizontal_m"] - r["bh"]


class Committed:
    """DepartureModel and the early movement's levers, fitted as GradingBench.direction fits them."""
    scale = 1.0

    def fit(self, rows):
        self.fit_departures(rows)
        self.lever, self.vlever = levers(rows)
        return self

    def fit_departures(self, rows):
        s = fitting(rows)
        self.a, self.o = (round(v, 1) for v in huber([[arc(*departures(r)), 1] for r in s if r["gyro"]],
                                                      [r["true_swing_deg"] for r in s if r["gyro"]]))
        self.v, self.vo = (round(v, 1) for v in huber([[departures(r)[0], 1] for r in s],
                                                       [r["true_swing_deg"] for r in s]))

    def readings(self, r):
        dr, dh = departures(r)
        return (max(0, self.scale * self.a * arc(dr, dh) + self.o), max(0, self.scale * self.v * dr + self.vo),
                math.degrees(max(0, r["early_path_m"]) / self.lever * self.scale))

    def swing(self, r):
        arc_deg, height, early = self.readings(r)
        return sorted((arc_deg, height, early))[1] if r["gyro"] else height


class Steeper(Committed):
    """Every fitted coefficient times a factor (what an errors-in-variables correction of the slopes would do)."""

    def __init__(self, scale):
        self.scale = scale


class LeverFromBaseline(Committed):
    """A lever per lifter: the departure's coefficient a linear function of a calibration-set feature."""

    def __init__(self, feature):
        self.feature = feature

    def fit(self, rows):
        super().fit(rows)
        s = [r for r in fitting(rows) if r["gyro"]]
        self.w = huber([[arc(*departures(r)), arc(*departures(r)) * self.feature(r), 1] for r in s],
                       [r["true_swing_deg"] for r in s])
        return self

    def swing(self, r):
        if not r["gyro"]:
            return super().swing(r)
        a = arc(*departures(r))
        own = max(0, self.w[0] * a + self.w[1] * a * self.feature(r) + self.w[2])
        _, height, early = self.readings(r)
        return sorted((own, height, early))[1]


class DipOfItsOwn(Committed):
    """The departure of the pull's top (the ROM less the dip) and the dip, each with a coefficient of its own."""

    def fit(self, rows):
        super().fit(rows)
        s = fitting(rows)
        self.wa = huber([[arc(departures(r)[0] - r["dip_m"], departures(r)[1]), r["dip_m"], 1] for r in s if r["gyro"]],
                        [r["true_swing_deg"] for r in s if r["gyro"]])
        self.wv = huber([[departures(r)[0] - r["dip_m"], r["dip_m"], 1] for r in s], [r["true_swing_deg"] for r in s])
        return self

    def swing(self, r):
        dr, dh = departures(r)
        height = max(0, self.wv[0] * (dr - r["dip_m"]) + self.wv[1] * r["dip_m"] + self.wv[2])
        if not r["gyro"]:
            return height
        own = max(0, self.wa[0] * arc(dr - r["dip_m"], dh) + self.wa[1] * r["dip_m"] + self.wa[2])
        return sorted((own, height, self.readings(r)[2]))[1]


class PerExercise(Committed):
    """The departure readings fitted per exercise (the early movement's levers as committed)."""

    def fit(self, rows):
        super().fit(rows)
        self.models = {}
        for e in {r["exercise"] for r in rows}:
            m = self.models[e] = Committed()
            m.fit_departures([r for r in rows if r["exercise"] == e])
            m.lever, m.vlever = self.lever, self.vlever
        return self

    def swing(self, r):
        return self.models[r["exercise"]].swing(r)


class OneLinearFit(Committed):
    """One Huber fit of the true swing on the arc departure, the ROM departure and the early movement, instead of the
    median of three readings."""

    def fit(self, rows):
        super().fit(rows)
        s = [r for r in fitting(rows) if r["gyro"]]
        self.w = huber([[arc(*departures(r)), departures(r)[0], r["early_path_m"], 1] for r in s],
                       [r["true_swing_deg"] for r in s])
        return self

    def swing(self, r):
        if not r["gyro"]:
            return super().swing(r)
        return max(0, sum(c * v for c, v in zip(self.w, [arc(*departures(r)), departures(r)[0], r["early_path_m"], 1])))


class EarlyHeightThird(Committed):
    """The third reading the early movement's height alone (its vertical lever), so that a horizontal path measured
    wrong reaches one reading of three, not two."""

    def swing(self, r):
        arc_deg, height, _ = self.readings(r)
        early_height = math.degrees(max(0, r["early_vertical_m"]) / self.vlever)
        return sorted((arc_deg, height, early_height))[1] if r["gyro"] else height


class HorizontalBounded(Committed):
    """The horizontal departure counted up to what the ROM departure allows a torso at 60 deg from horizontal (tan 60
    deg times it), plus 3 cm (twice the horizontal path's spread over a calibration set)."""

    def readings(self, r):
        dr, dh = departures(r)
        dh = min(dh, max(0.0, math.tan(math.radians(60)) * dr) + 0.03)
        return (max(0, self.a * arc(dr, dh) + self.o), max(0, self.v * dr + self.vo),
                math.degrees(max(0, r["early_path_m"]) / self.lever))


def score(rows, model):
    n = right = clear = clear_right = squeeze = squeeze_strict = 0
    error = 0.0
    for r in scored(rows):
        swing = model.swing(r)
        if r["plan"] in SQUEEZE_PLANS:  # a check of its own; a withheld rep is not strict
            squeeze += 1
            squeeze_strict += swing <= 60 and grade(swing) == 0
            continue
        if swing > 60:
            continue
        if not r["gyro"]:
            continue
        t = r["true_swing_deg"]
        ok = grade(swing) == GRADES[r["true_grade"]]
        n += 1
        right += ok
        error += abs(swing - t)
        if is_clear(t):
            clear += 1
            clear_right += ok
    return right / n, clear_right / clear, error / n, squeeze_strict / squeeze, clear - clear_right, clear


def worst(rows, make):
    by = {f: [r for r in rows if r["family"] == f] for f in FAMILIES}
    results = [score(by[b], make().fit(by[a])) for a, b in (FAMILIES, FAMILIES[::-1])]
    text = ", ".join(f"{a}→{b} clear {s[1]:.3f} ({s[4]} of {s[5]} missed)"
                     for (a, b), s in zip((FAMILIES, FAMILIES[::-1]), results))
    return (min(s[0] for s in results), min(s[1] for s in results), max(s[2] for s in results),
            min(s[3] for s in results)), text


VARIANTS = [
    ("committed (arc, height, early movement; median)", Committed, None),
    ("lever per lifter from the baseline ROM", lambda: LeverFromBaseline(lambda r: r["brom"]), None),
    ("lever per lifter from the baseline horizontal excursion", lambda: LeverFromBaseline(lambda r: r["bh"]), None),
    ("lever per lifter from the baseline's horizontal / ROM", lambda: LeverFromBaseline(lambda r: r["bh"] / r["brom"]), None),
    ("the dip with a coefficient of its own", DipOfItsOwn, None),
    ("later reps read under 5° (all readings) join the baseline", Committed, 5),
    ("every coefficient x 1.03", lambda: Steeper(1.03), None),
    ("every coefficient x 1.06", lambda: Steeper(1.06), None),
    ("every coefficient x 1.10", lambda: Steeper(1.10), None),
    ("departure readings fitted per exercise", PerExercise, None),
    ("one linear fit of the three readings", OneLinearFit, None),
    ("the early movement's height as the third reading", EarlyHeightThird, None),
    ("the horizontal departure bounded by a 60 deg torso", HorizontalBounded, None),
]


def squeezes(rows):
    """How the motion core measured held reps (by the measured hold at the top, reps with a gyroscope outside the
    calibration sets), and why the squeeze sets' reps graded otherwise than strict were (both directions)."""
    out = []
    reps = [r for r in rows if r["gyro"] and not r["cal"]]
    for lo, hi in ((0, 0.5), (0.5, 1), (1, 2), (2, 5)):
        s = [r for r in reps if lo <= r["top_hold_s"] < hi]
        if s:
            out.append(f"held {lo}-{hi} s at the top: {len(s)} reps; horizontal excursion off by > 10 cm "
                       f"{sum(abs(r['horizontal_m'] - r['true_horizontal_m']) > 0.10 for r in s) / len(s):.3f}, ROM off by "
                       f"> 4 cm {sum(abs(r['rom_m'] - r['true_rom_m']) > 0.04 for r in s) / len(s):.3f}, concentric ends "
                       f"> 0.15 s late {sum(r['end_offset_s'] > 0.15 for r in s) / len(s):.3f}, starts > 0.15 s early "
                       f"{sum(r['start_offset_s'] < -0.15 for r in s) / len(s):.3f}")
    by = {f: [r for r in rows if r["family"] == f] for f in FAMILIES}
    causes, n = defaultdict(int), 0
    for a, b in (FAMILIES, FAMILIES[::-1]):
        model = Committed().fit(by[a])
        for r in scored(by[b]):
            if r["plan"] not in SQUEEZE_PLANS:
                continue
            n += 1
            swing = model.swing(r)
            if swing < 10:
                continue
            horizontal = abs(r["horizontal_m"] - r["true_horizontal_m"]) > 0.10
            rom = abs(r["rom_m"] - r["true_rom_m"]) > 0.04
            causes["horizontal excursion off by > 10 cm" if horizontal else "ROM off by > 4 cm" if rom
                   else "measured within those bounds"] += 1
    out.append(f"squeeze reps not graded strict, both directions: {sum(causes.values())} of {n}: "
               + ", ".join(f"{k} {v}" for k, v in causes.items()))
    return out


def adaptive(rows, model_class, below_deg):
    """The baseline grows by the later reps all of whose readings (fitted on the family graded) are below below_deg."""
    by = {f: [r for r in rows if r["family"] == f] for f in FAMILIES}
    results = []
    for a, b in (FAMILIES, FAMILIES[::-1]):
        model = model_class().fit(by[a])
        joined = set()

        def joins(r):
            if r["cal"] or not r["base"]:
                return False
            dr, dh = departures(r)
            readings = model.readings(r) if r["gyro"] else (max(0, model.v * dr + model.vo),)
            if max(readings) < below_deg:
                joined.add(id(r))
                return True
            return False

        # one pass: a rep is graded against the baseline before it, then may join it
        history = defaultdict(list)
        for r in by[b]:
            h = history[(r["session"], r["exercise"])]
            r["base"] = list(h)
            if h:
                r["brom"] = statistics.median(x["rom_m"] for x in h)
                r["bh"] = statistics.median(x["horizontal_m"] for x in h)
            if r["cal"] and r["set"] == 1 and r["rom_m"] > 0 or joins(r):
                h.append(r)
                del h[:-8]
        results.append(score(by[b], model))
        with_baselines(by[b])
    text = ", ".join(f"{a}→{b} clear {s[1]:.3f} ({s[4]} of {s[5]} missed)"
                     for (a, b), s in zip((FAMILIES, FAMILIES[::-1]), results))
    return (min(s[0] for s in results), min(s[1] for s in results), max(s[2] for s in results),
            min(s[3] for s in results)), text


def lever_table(rows):
    out = []
    for exercise in sorted({r["exercise"] for r in rows}):
        for f in FAMILIES:
            reps = [r for r in scored(rows) if r["family"] == f and r["exercise"] == exercise and r["gyro"]
                    and r["true_swing_deg"] >= 12]
            for r in reps:
                r["lever"] = arc(*departures(r)) / math.radians(r["true_swing_deg"])
                r["true_lever"] = arc(r["true_rom_m"] - r["true_brom"], r["true_horizontal_m"] - r["true_bh"]) / math.radians(
                    r["true_swing_deg"])
            line = f"{exercise} {f}: {statistics.median(r['lever'] for r in reps):.3f} m of departure per radian ({len(reps)} reps)"
            if exercise == "barbell-row":
                line += lifters(reps)
            out.append(line)
    return out


def lifters(reps):
    """How the lever varies between lifters and within one lifter's reps, and what it goes with."""
    per = defaultdict(list)
    for r in reps:
        per[r["session"]].append(r)
    per = {s: v for s, v in per.items() if len(v) >= 3}
    text = ""
    for label, key in (("", "lever"), (" (from the true ROM and horizontal excursion:", "true_lever")):
        median = {s: statistics.median(r[key] for r in v) for s, v in per.items()}
        within = [r[key] - median[s] for s, v in per.items() for r in v]
        text += (f";{label} between lifters sd {statistics.pstdev(median.values()):.3f}, within a lifter "
                 f"{1.4826 * statistics.median(abs(x) for x in within):.3f}" + (")" if label else f" ({len(per)} lifters)"))
    median = {s: statistics.median(r["lever"] for r in v) for s, v in per.items()}
    within = [r["lever"] - median[s] for s, v in per.items() for r in v]
    between = {"baseline ROM": "brom", "baseline horizontal": "bh"}
    text += "; lifter's lever against " + ", ".join(
        f"{name} r = {statistics.correlation(list(median.values()), [per[s][0][key] for s in median]):+.2f}"
        for name, key in between.items())
    rep_features = {"dip": "dip_m", "time to peak": "time_to_peak", "early end": "early_end_fraction",
                    "concentric duration": "concentric_s"}
    text += "; a rep's lever against its own (both from the lifter's median) " + ", ".join(
        f"{name} r = {statistics.correlation(within, [r[key] - statistics.median(x[key] for x in v) for s, v in per.items() for r in v]):+.2f}"
        for name, key in rep_features.items())
    return text


def without_calibration(rows, below_deg=10.0, first=2):
    """Without a calibration set: the early movement alone (what rowcoach does), against a baseline taken from each
    set's own first reps when the early movement reads each of them under `below_deg` (the set then starts strict;
    its later reps are read as with a calibration, the first ones and the other sets' by the early movement). Each
    direction fits on one family and scores the other's sets that are no calibration set, with a gyroscope; the
    squeeze sets are left out. The prototype of rowcoach's reading against a set's first reps, which averages it with
    the early movement and keeps to reps with a gyroscope on free rows (GRADING.md, "Without a calibration")."""
    by = {f: [r for r in rows if r["family"] == f] for f in FAMILIES}
    lines = []
    for a, b in (FAMILIES, FAMILIES[::-1]):
        model = Committed().fit(by[a])
        sets = defaultdict(list)
        for r in by[b]:
            if not r["cal"] and r["gyro"] and r["plan"] not in SQUEEZE_PLANS:
                sets[(r["session"], r["set"], r["exercise"])].append(r)
        tallies = {}
        for implicit in (False, True):
            n = right = clear = clear_right = read = 0
            for reps in sets.values():
                reps.sort(key=lambda r: r["rep"])
                early = [math.degrees(max(0, r["early_path_m"]) / model.lever) for r in reps]
                base = None
                if implicit and len(reps) > first and all(e < below_deg for e in early[:first]):
                    base = (statistics.median(r["rom_m"] for r in reps[:first]),
                            statistics.median(r["horizontal_m"] for r in reps[:first]))
                for i, r in enumerate(reps):
                    swing = early[i]
                    if base is not None and i >= first:
                        swing = model.swing(dict(r, brom=base[0], bh=base[1]))
                        read += 1
                    ok = grade(swing) == GRADES[r["true_grade"]]
                    n += 1
                    right += ok
                    if is_clear(r["true_swing_deg"]):
                        clear += 1
                        clear_right += ok
            tallies[implicit] = (right / n, clear_right / clear, read, n)
        e, i = tallies[False], tallies[True]
        lines.append(f"{a}→{b}: early movement alone {e[0]:.3f} / {e[1]:.3f}; each set's first {first} reps as the "
                     f"baseline when read under {below_deg:g}° {i[0]:.3f} / {i[1]:.3f} ({i[2]} of {i[3]} reps read "
                     f"from it)")
    return lines


def main(path):
    rows = with_baselines(read(path))
    print("worst direction with a gyroscope: accuracy / clear reps / swing MAE / squeeze sets strict")
    for name, make, below in VARIANTS:
        w, text = adaptive(rows, make, below) if below else worst(rows, make)
        print(f"{name}: {w[0]:.3f} / {w[1]:.3f} / {w[2]:.2f}° / {w[3]:.3f}  ({text})")
    print()
    for line in squeezes(rows):
        print(line)
    print()
    for line in lever_table(rows):
        print(line)
    print()
    print("without a calibration, with a gyroscope: accuracy / clear reps")
    for line in without_calibration(rows):
        print(line)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
