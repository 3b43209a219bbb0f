package io.vhelpi.server.domain.license;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A prepaid pool of credits owned by an organisation. After the license is created its balance is
 * changed only by {@link LicenseRepository#debitOne} and the other conditional updates in the
 * database, never by read-modify-write in memory, so concurrent creates cannot lose an update or go
 * below zero.
 */
@Entity
@Table(name = "license")
public class License {

    @Id private String id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private String organisationId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private int credits;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected License() {
        // for JPA
    }

    /**
     * A new license of {@code organisationId} holding {@code credits} from the start; the caller
     * records the matching ledger entry.
     */
    public static License create(String organisationId, String name, int credits, Instant at) {
        if (credits < 0) {
            throw new IllegalArgumentException("A license cannot start below zero credits");
        }
        License license = new License();
        license.id = UUID.randomUUID().toString();
        license.organisationId = organisationId;
        license.name = name;
        license.credits = credits;
        license.createdAt = at;
        return license;
    }

    public String id() {
        return id;
    }

    public String organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    /** The remaining credits as last read from the database. */
    public int credits() {
        return credits;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** {@link LicenseKind#OWN} for the owner, {@link LicenseKind#SHARED} for a grantee. */
    public LicenseKind kindFor(String organisationId) {
        return this.organisationId.equals(organisationId) ? LicenseKind.OWN : LicenseKind.SHARED;
    }
}
