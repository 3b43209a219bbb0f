package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A license as the administration API shows it.
 *
 * @param id the license id
 * @param organisationId the organisation that owns it
 * @param name the display name
 * @param credits the credits left
 * @param grantedTo the other organisations that may charge it, never {@code null}
 * @param createdAt when it was created
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminLicense(
        String id,
        String organisationId,
        String name,
        int credits,
        List<String> grantedTo,
        Instant createdAt) {

    /** Makes the list of grantees immutable; a missing list becomes an empty one. */
    public AdminLicense {
        grantedTo = grantedTo == null ? List.of() : List.copyOf(grantedTo);
    }
}
