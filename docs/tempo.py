#!/usr/bin/env python3
"""A real row set as another lifter would have made it: slower or faster, with a longer or shorter pull.

Usage: docs/tempo.py TEMPO ROM IN.csv OUT.csv
  TEMPO  the same bar path TEMPO times slower (0.75: a quarter faster); angular rates / TEMPO, the bar's own
         acceleration / TEMPO², gravity unchanged
  ROM    the bar's own acceleration scaled by ROM (a pull ROM times as long), its orientation unchanged

For the CSV files of the barbell-rows-imu dataset (id, t in ms, ax ay az in m/s², gx gy gz in rad/s; the columns
after those are not written). Gravity in the sensor frame is estimated from the whole file: the gyroscope (its bias taken over the
first second, at rest) turns each reading into a world frame, where the specific force averaged over 6 s is gravity,
and that is turned back. Its error goes into the output's motion times 1 - ROM/TEMPO², so figures of strong changes
carry more of it. The output is resampled, linearly and uniformly, at the input's own rate of distinct readings (a
slowed recording is not sparser). Needs numpy and scipy. docs/ACCURACY.md, "Slow lowerings", says how it is used.
"""
import sys

import numpy as np
from scipy.ndimage import uniform_filter1d
from scipy.spatial.transform import Rotation

GRID_S = 0.005
GRAVITY_WINDOW_S = 6.0


def transform(src, dst, tempo, rom):
    rows = [line.rstrip('\n').split(',') for line in open(src) if line.strip()]
    a = np.array([[float(x) for x in r[1:8]] for r in rows])
    t, f, w = a[:, 0] / 1000.0, a[:, 1:4], a[:, 4:7]
    _, first = np.unique(t, return_index=True)
    grid = np.arange(t[0], t[-1], GRID_S)
    fg = np.stack([np.interp(grid, t[first], f[first, i]) for i in range(3)], 1)
    wg = np.stack([np.interp(grid, t[first], w[first, i]) for i in range(3)], 1)
    rest = grid < grid[0] + 1.0
    wg = wg - np.median(wg[rest], 0)
    g0 = fg[rest].mean(0)
    start, _ = Rotation.align_vectors([[0, 0, 1]], [g0 / np.linalg.norm(g0)])
    turns = [start]
    for step in Rotation.from_rotvec(wg[:-1] * GRID_S):
        turns.append(turns[-1] * step)
    to_world = Rotation.concatenate(turns)
    gravity_world = uniform_filter1d(to_world.apply(fg), int(GRAVITY_WINDOW_S / GRID_S), axis=0, mode='nearest')
    gravity = to_world.inv().apply(gravity_world)
    gravity = np.stack([np.interp(t, grid, gravity[:, i]) for i in range(3)], 1)
    f2 = gravity + (f - gravity) * rom / tempo ** 2
    w2 = w / tempo
    t2 = t[0] + tempo * (t - t[0])
    distinct = np.sum(np.any(a[1:, 1:7] != a[:-1, 1:7], 1)) / (t[-1] - t[0])
    _, first = np.unique(t2, return_index=True)
    out_t = np.arange(t2[0], t2[-1], 1 / distinct)
    f2 = np.stack([np.interp(out_t, t2[first], f2[first, i]) for i in range(3)], 1)
    w2 = np.stack([np.interp(out_t, t2[first], w2[first, i]) for i in range(3)], 1)
    with open(dst, 'w') as out:
        for tt, ff, ww in zip(out_t, f2, w2):
            out.write(','.join([rows[0][0], str(int(round(tt * 1000)))] + ['%.3f' % v for v in ff]
                               + ['%.3f' % v for v in ww]) + '\n')


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__.split('\n\n')[1])
    transform(sys.argv[3], sys.argv[4], float(sys.argv[1]), float(sys.argv[2]))
