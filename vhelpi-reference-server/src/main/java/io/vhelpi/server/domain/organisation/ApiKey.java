package io.vhelpi.server.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A host system's credential for one organisation. Only the SHA-256 of the secret is stored; a
 * revoked key stays for the record. A demo key works only on the embedded default. A key's scope
 * says whether it acts for operators or administers licenses; it never does both.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id private String id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private String organisationId;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    @Column(name = "key_prefix", nullable = false, updatable = false)
    private String keyPrefix;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false, updatable = false)
    private boolean demo;

    @Column(nullable = false, updatable = false)
    private String scope;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
        // for JPA
    }

    public String id() {
        return id;
    }

    public String organisationId() {
        return organisationId;
    }

    /** The first characters of the key, enough for a person to tell keys apart. */
    public String keyPrefix() {
        return keyPrefix;
    }

    public String label() {
        return label;
    }

    /** What the key may do: act for operators, or administer licenses. */
    public ApiKeyScope scope() {
        return ApiKeyScope.ofColumnValue(scope);
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
