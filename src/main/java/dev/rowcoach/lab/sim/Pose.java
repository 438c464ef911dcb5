package dev.rowcoach.lab.sim;



/**
 * The lifter's posture in the sagittal plane (x forward, z up), the pull aside.
 *
 * @param hipX     hip pivot, m
 * @param hipZ     hip pivot height, m
 * @param torsoRad torso angle above horizontal, rad (leaning forward over the bar for rows, π/2 standing)
 * @param armRad   straight arms' angle forward of vertical, rad
 */
record Pose(double hipX, double hipZ, double torsoRad, double armRad) {

    /** The pose with this torso and arm angle whose hanging bar is at ({@code barX}, {@code barZ}). */
    static Pose hangingAt(Lifter lifter, double torsoRad, double armRad, double barX, double barZ) {
        double hipX = barX - lifter.torsoLengthM() * Math.cos(torsoRad) - lifter.armLengthM() * Math.sin(armRad);
        double hipZ = barZ - lifter.torsoLengthM() * Math.sin(torsoRad) + lifter.armLengthM() * Math.cos(armRad);
        return new Pose(hipX, hipZ, torsoRad, armRad);
    }

    /** Height of the hanging bar's axis in this pose, m. */
    double hangZ(Lifter lifter) {
        return hipZ + lifter.torsoLengthM() * Math.sin(torsoRad) - lifter.armLengthM() * Math.cos(armRad);
    }

    /** Horizontal position of the hanging bar's axis in this pose, m. */
    double hangX(Lifter lifter) {
        return hipX + lifter.torsoLengthM() * Math.cos(torsoRad) + lifter.armLengthM() * Math.sin(armRad);
    }
}
