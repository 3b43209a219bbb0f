package io.vhelpi.server.domain;

import java.util.Map;

/**
 * A business rule refused a request. Each subclass carries one of the stable error codes of the
 * REST API and the facts a caller needs to act on it.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The stable, machine-readable error code, e.g. {@code active_session_exists}. */
    public String code() {
        return code;
    }

    /** Extra members of the problem document (ids a caller can act on); empty by default. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
