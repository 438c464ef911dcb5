package dev.rowcoach.lab.sim;



/**
 * A rest between two exercise blocks (replacing the default rest there).
 *
 * @param seconds rest, s (0–3600); rests on the floor shorter than 3 s are lengthened to 3 s, the time the
 *                lifter needs to step back into position
 */
public record RestItem(double seconds) implements PlanItem {

    public RestItem {
        if (!(seconds >= 0 && seconds <= 3600)) {
            throw new IllegalArgumentException("rest must be 0–3600 s, got " + seconds);
        }
    }
}
