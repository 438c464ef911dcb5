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

Usage: docs/lofo.py FILE.csv   (standard library only; develop on grids other than the bench's seeds, see GRADING.md)
"""
import csv, math, statistics, sys
from collections import defaultdict

SQUEEZE_PLANS = {6, 7}  # GradingCorpus.PLANS with "pause=": strict sets with a squeeze at the top
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
        fit_reps = [r for r in rows if not r["cal"]]
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


def scored(rows):
    return [r for r in rows if not r["cal"] and r["base"]]


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
        s = scored(rows)
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
        s = [r for r in scored(rows) if r["gyro"]]
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
        s = scored(rows)
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
        s = [r for r in scored(rows) if r["gyro"]]
        self.w = huber([[arc(*departures(r)), departures(r)[0], r["early_path_m"], 1] for r in s],
                       [r["true_swing_deg"] for r in s])
        return self

    def swing(self, r):
        if not r["gyro"]:
            return super().swing(r)
        return max(0, sum(c * v for c, v in zip(self.w, [arc(*departures(r)), departures(r)[0], r["early_path_m"], 1])))


def score(rows, model):
    n = right = clear = clear_right = squeeze = squeeze_strict = 0
    error = 0.0
    for r in scored(rows):
        swing = model.swing(r)
        if swing > 60:
            continue
        if r["plan"] in SQUEEZE_PLANS:
            squeeze += 1
            squeeze_strict += grade(swing) == 0
        if not r["gyro"]:
            continue
        t = r["true_swing_deg"]
        ok = grade(swing) == GRADES[r["true_grade"]]
        n += 1
        right += ok
        error += abs(swing - t)
        if abs(t - 10) >= 3 and abs(t - 25) >= 3:
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
]


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


def main(path):
    rows = with_baselines(read(path))
    print("worst direction with a gyroscope: accuracy / clear reps / swing MAE / squeeze sets strict")
    for name, make, below in VARIANTS:
        w, text = adaptive(rows, make, below) if below else worst(rows, make)
        print(f"{name}: {w[0]:.3f} / {w[1]:.3f} / {w[2]:.2f}° / {w[3]:.3f}  ({text})")
    print()
    for line in lever_table(rows):
        print(line)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
