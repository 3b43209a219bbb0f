package io.vhelpi.server.domain.idempotency;

/**
 * What is kept of one idempotency key: which request first used it and, once that request has been
 * answered, the answer in its protected (encrypted) form.
 *
 * @param requestHash the SHA-256 of the first request (method, path, operator, canonical body)
 * @param completed whether the first request has been answered
 * @param responseStatus the HTTP status of the first answer; 0 while in flight
 * @param responseLocation the {@code Location} header of the first answer, or null
 * @param protectedBody the encrypted body of the first answer; null while in flight
 */
public record IdempotencyRecord(
        String requestHash,
        boolean completed,
        int responseStatus,
        String responseLocation,
        String protectedBody) {

    /** Whether a request with this hash is the one that first used the key. */
    public boolean isSameRequest(String otherRequestHash) {
        return requestHash.equals(otherRequestHash);
    }
}
