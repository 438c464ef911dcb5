package dev.rowcoach.lab.sim;

import java.util.Locale;

/**
 * Where an exercise's pull ends on this lifter's torso, and the row position it is done from.
 *
 * @param exercise      the exercise
 * @param torsoRad      torso angle of the row position, rad above horizontal
 * @param armRad        arms' angle forward of vertical at the hang, rad
 * @param contactAlongM distance from the hip along the torso to where the bar meets it, m
 * @param contactDepthM distance of the bar's axis from the torso line at contact (body, bench or pad), m
 * @param bowM          sideways bulge of the bar path at mid-pull, m
 * @param strictRomM    vertical travel of a strict rep from the hang to the contact, m
 * @param hinge         the {@link Family#HINGE} lifter's habits, or null for {@link Family#ROWER}: the grip rises
 *                      near-vertically and tucks in at the top (its horizontal travel follows u^k) instead of moving
 *                      on a bowed line
 */
record RowGeometry(Exercise exercise, double torsoRad, double armRad, double contactAlongM, double contactDepthM,
                   double bowM, double strictRomM, HingeStyle hinge) {

    /** Range the natural strict ROM is held to when the plan does not set one, m. */
    static final double ROM_MIN_M = 0.28;
    static final double ROM_MAX_M = 0.58;

    /**
     * The geometry of {@code block} for this lifter.
     *
     * @param padDepthM extra depth of a bench or pad between torso and bar, m (0 for free-standing rows)
     * @param hinge     the hinge family's habits (its bent-over barbell row: torso 15–60°, its own contact), or null
     * @throws PlanException when the block's rom is out of this body's reach
     */
    static RowGeometry of(Lifter lifter, LiftingStyle style, ExerciseBlock block, double padDepthM, HingeStyle hinge) {
        Exercise ex = block.exercise();
        boolean hingeRow = hinge != null && ex == Exercise.BARBELL_ROW;
        double torso = Math.toRadians(hingeRow && lifter.pinnedTorsoDeg() == null
                ? HingeStyle.TORSO_MIN_DEG + hinge.torsoStyle() * (HingeStyle.TORSO_MAX_DEG - HingeStyle.TORSO_MIN_DEG)
                : lifter.torsoAngleDeg(ex));
        double arm = ex.torsoSupported() ? 0 : Math.toRadians(style.armAngleDeg());
        double along = lifter.torsoLengthM() * (hingeRow ? hinge.contactFraction() : ex.contactMinFraction()
                + lifter.contactPosition() * (ex.contactMaxFraction() - ex.contactMinFraction()));
        double reach = lifter.armLengthM() * Math.cos(arm) - (lifter.torsoLengthM() - along) * Math.sin(torso);
        double depth = lifter.bodyDepthM() + padDepthM;
        double rom = reach - depth * Math.cos(torso);
        if (block.romM() != null) {
            rom = block.romM();
            depth = (reach - rom) / Math.cos(torso);
            double lo = reach - 0.6 * Math.cos(torso);
            double hi = reach + 0.05 * Math.cos(torso);
            if (depth < -0.05 || depth > 0.6) {
                throw new PlanException(ex.id() + ": rom=" + rom + " m is out of this lifter's reach (about "
                        + String.format(Locale.ROOT, "%.2f–%.2f", Math.max(lo, 0.2), Math.min(hi, 0.7)) + " m)");
            }
        } else if (rom < ROM_MIN_M || rom > ROM_MAX_M) {
            rom = Rand.clamp(rom, ROM_MIN_M, ROM_MAX_M);
            depth = (reach - rom) / Math.cos(torso);
        }
        return new RowGeometry(ex, torso, arm, along, depth, hinge != null ? 0 : style.bowM(), rom, hinge);
    }

    /**
     * Writes the bar's axis (x, z) into {@code out}: the pull {@code pull} (0 at the hang, 1 at the torso) moves
     * the grip from the hang below the shoulder to the contact point, both carried by the torso; the bar sits
     * {@code loweredM} below that (resting on the floor under the hang).
     */
    void bar(Lifter lifter, double hipX, double hipZ, double torso, double arm, double pull, double loweredM,
             double[] out) {
        double cos = Math.cos(torso);
        double sin = Math.sin(torso);
        double hangX = hipX + lifter.torsoLengthM() * cos + lifter.armLengthM() * Math.sin(arm);
        double hangZ = hipZ + lifter.torsoLengthM() * sin - lifter.armLengthM() * Math.cos(arm);
        double contactX = hipX + contactAlongM * cos + contactDepthM * sin;
        double contactZ = hipZ + contactAlongM * sin - contactDepthM * cos;
        double across = hinge == null ? pull : Math.pow(Math.max(0, pull), hinge.armPathExponent());
        out[0] = hangX + across * (contactX - hangX) + 4 * bowM * pull * (1 - pull);
        out[1] = hangZ + pull * (contactZ - hangZ) - loweredM;
    }
}
