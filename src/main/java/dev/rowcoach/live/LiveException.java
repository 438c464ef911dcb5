package dev.rowcoach.live;

/** A live session cannot go on (unrecognisable bytes, the recording cannot be written); one line for the user. */
public final class LiveException extends Exception {

    private final boolean badInput;

    /**
     * @param badInput true when the sensor's bytes are the problem (wrong protocol or baud rate), false when
     *                 the machine is (the recording cannot be written)
     */
    public LiveException(String message, boolean badInput) {
        super(message);
        this.badInput = badInput;
    }

    /** Whether the sensor's bytes are the problem rather than the machine. */
    public boolean badInput() {
        return badInput;
    }
}
