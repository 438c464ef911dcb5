package dev.rowcoach.lab.sim;



/** A session plan that cannot be simulated; the message is one line naming the item and what is wrong. */
public final class PlanException extends IllegalArgumentException {

    public PlanException(String message) {
        super(message);
    }
}
