package io.vhelpi.server.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The right of an organisation to charge another organisation's license; read in queries of usable
 * licenses, written by the administration API.
 */
@Entity
@Table(name = "license_grant")
@IdClass(LicenseGrant.Key.class)
public class LicenseGrant {

    @Id
    @Column(name = "license_id")
    private String licenseId;

    @Id
    @Column(name = "organisation_id")
    private String organisationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LicenseGrant() {
        // for JPA
    }

    LicenseGrant(String licenseId, String organisationId, Instant createdAt) {
        this.licenseId = licenseId;
        this.organisationId = organisationId;
        this.createdAt = createdAt;
    }

    /** The composite key. */
    public record Key(String licenseId, String organisationId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
