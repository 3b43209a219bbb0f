package io.vhelpi.server.domain.notification;

/** A channel could not hand an invitation over. */
public class DeliveryFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    /**
     * @param permanent true when trying again cannot help (e.g. the recipient was refused)
     */
    public DeliveryFailedException(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    /** Whether trying again cannot help. */
    public boolean isPermanent() {
        return permanent;
    }
}
