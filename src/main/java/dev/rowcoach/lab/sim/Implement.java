package dev.rowcoach.lab.sim;

import java.util.Locale;

/**
 * What the sensor rides on. All exercises of one simulated session use one implement: moving the sensor
 * to another implement mid-session is not modelled.
 *
 * @param floorHeightM      height of the implement's axis when it rests on the floor, m (plate or head radius)
 * @param baseYawDeg        yaw of the implement's long axis from the world y axis at rest, degrees
 *                          (0: across the lifter, like a barbell; -90: along the facing direction)
 * @param rollPerRepMinDeg  smallest roll about the long axis per rep, degrees
 * @param rollPerRepMaxDeg  largest roll per rep, degrees
 * @param rollLimitDeg      bound on the roll angle overall, ± degrees
 * @param yawPerRepMaxDeg   largest rotation of the handle about the vertical per rep, degrees
 * @param wobbleMaxDeg      amplitude bound of the slow yaw and tilt wobble while held, degrees
 */
enum Implement {
    BARBELL(0.225, 0, 3, 20, 20, 0, 3),
    DUMBBELL(0.12, -90, 5, 30, 35, 25, 3),
    T_BAR(0.225, -90, 0, 5, 5, 0, 1);

    private final double floorHeightM;
    private final double baseYawDeg;
    private final double rollPerRepMinDeg;
    private final double rollPerRepMaxDeg;
    private final double rollLimitDeg;
    private final double yawPerRepMaxDeg;
    private final double wobbleMaxDeg;

    Implement(double floorHeightM, double baseYawDeg, double rollPerRepMinDeg, double rollPerRepMaxDeg,
              double rollLimitDeg, double yawPerRepMaxDeg, double wobbleMaxDeg) {
        this.floorHeightM = floorHeightM;
        this.baseYawDeg = baseYawDeg;
        this.rollPerRepMinDeg = rollPerRepMinDeg;
        this.rollPerRepMaxDeg = rollPerRepMaxDeg;
        this.rollLimitDeg = rollLimitDeg;
        this.yawPerRepMaxDeg = yawPerRepMaxDeg;
        this.wobbleMaxDeg = wobbleMaxDeg;
    }

    double floorHeightM() {
        return floorHeightM;
    }

    double baseYawDeg() {
        return baseYawDeg;
    }

    double rollPerRepMinDeg() {
        return rollPerRepMinDeg;
    }

    double rollPerRepMaxDeg() {
        return rollPerRepMaxDeg;
    }

    double rollLimitDeg() {
        return rollLimitDeg;
    }

    double yawPerRepMaxDeg() {
        return yawPerRepMaxDeg;
    }

    double wobbleMaxDeg() {
        return wobbleMaxDeg;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
