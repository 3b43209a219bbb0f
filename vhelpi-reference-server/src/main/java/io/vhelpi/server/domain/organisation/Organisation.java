package io.vhelpi.server.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant: an insurer or a broker, which owns licenses, operators and API keys. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Organisation() {
        // for JPA
    }

    public String id() {
        return id;
    }

    /** The name customers see in their invitation. */
    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
