package io.vhelpi.server.application;

/**
 * The database refused a second active session for an operator: another request created one between
 * our check and our insert. The transaction is rolled back; the caller looks up the winner and
 * reports it.
 */
public class OperatorBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OperatorBusyException(Throwable cause) {
        super("The operator already has an active session", cause);
    }
}
