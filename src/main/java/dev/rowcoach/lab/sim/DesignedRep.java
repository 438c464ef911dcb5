package dev.rowcoach.lab.sim;



/**
 * A rep as the choreography laid it out, in session time (s): where to look for it in the motion. The
 * truth labels are measured from the motion itself, not copied from here.
 *
 * @param index            1-based in its set
 * @param concentricStartS when the pull starts (the bar at rest or reversing at the bottom)
 * @param topS             when the pull reaches the torso
 * @param eccentricEndS    when the lowering ends
 * @param swingDeg         torso swing asked for, degrees
 * @param dipM             hip drop of the dip before the pull, m
 */
record DesignedRep(int index, double concentricStartS, double topS, double eccentricEndS, double swingDeg,
                   double dipM) {
}
