package io.vhelpi.server.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/**
 * What the filters learned about the current request: its id, API key, organisation and language.
 */
@RequestScoped
public class RequestContext {

    private String requestId;
    private String organisationId;
    private String apiKeyId;
    private Locale locale = Locale.ENGLISH;
    private String idempotencyKey;

    public String requestId() {
        return requestId;
    }

    void requestId(String requestId) {
        this.requestId = requestId;
    }

    /** The organisation of the API key; null before authentication. */
    public String organisationId() {
        return organisationId;
    }

    void organisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    /** The id of the API key that authenticated the request; null before authentication. */
    public String apiKeyId() {
        return apiKeyId;
    }

    void apiKeyId(String apiKeyId) {
        this.apiKeyId = apiKeyId;
    }

    /** Hungarian when the caller asked for it first, English otherwise. */
    public Locale locale() {
        return locale;
    }

    void locale(Locale locale) {
        this.locale = locale;
    }

    /** The idempotency key reserved for this request's answer; null when there is none. */
    String idempotencyKey() {
        return idempotencyKey;
    }

    void idempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
