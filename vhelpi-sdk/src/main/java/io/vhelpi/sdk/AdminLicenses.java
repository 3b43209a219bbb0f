package io.vhelpi.sdk;

import io.vhelpi.sdk.model.AdminLicense;
import io.vhelpi.sdk.monitoring.FinishedCall;
import io.vhelpi.sdk.transport.ApiRequest;
import io.vhelpi.sdk.transport.HttpTransport;
import jakarta.ws.rs.core.GenericType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Licenses on the administration API. Every change of a balance is written to the license's ledger
 * by the server. Immutable and thread-safe; obtained from {@link Administration#licenses()}.
 */
public final class AdminLicenses {

    static final GenericType<AdminLicense> LICENSE = new GenericType<>() {};
    private static final GenericType<List<AdminLicense>> LICENSES = new GenericType<>() {};

    /** The most credits one call may add or take away. */
    public static final int MAX_CREDITS = 1_000_000;

    private final HttpTransport transport;
    private final String actor;

    AdminLicenses(HttpTransport transport, String actor) {
        this.transport = transport;
        this.actor = actor;
    }

    /**
     * Starts creating a license for an organisation.
     *
     * @return a new, single-use request
     */
    public LicenseCreation create() {
        return new LicenseCreation(transport, actor);
    }

    /**
     * One license with its balance and grants.
     *
     * @param licenseId the license id
     * @return the license
     * @throws io.vhelpi.sdk.errors.LicenseNotFoundException when there is no such license
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails otherwise
     */
    public AdminLicense get(String licenseId) {
        return transport.execute(
                FinishedCall.ADMIN_GET_LICENSE,
                ApiRequest.get(actor, Map.of(), "api", "v1", "admin", "licenses", id(licenseId)),
                LICENSE);
    }

    /**
     * The licenses an organisation owns, by name.
     *
     * @param organisationId the organisation id
     * @return the licenses, never {@code null}
     * @throws io.vhelpi.sdk.errors.OrganisationNotFoundException when there is no such organisation
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails otherwise
     */
    public List<AdminLicense> ownedBy(String organisationId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("organisationId", id(organisationId));
        List<AdminLicense> licenses =
                transport.execute(
                        FinishedCall.ADMIN_LIST_LICENSES,
                        ApiRequest.get(actor, query, "api", "v1", "admin", "licenses"),
                        LICENSES);
        return licenses == null ? List.of() : List.copyOf(licenses);
    }

    /**
     * Adds bought or granted credits. Not repeated automatically after a timeout, since a repeat
     * would add them twice: read the ledger to see whether it arrived.
     *
     * @param licenseId the license id
     * @param credits how many, from 1 to {@value #MAX_CREDITS}
     * @param note why, e.g. the order number; may be {@code null}
     * @return the license with its new balance
     * @throws IllegalArgumentException when the number is out of range
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails
     */
    public AdminLicense topUp(String licenseId, int credits, String note) {
        if (credits < 1 || credits > MAX_CREDITS) {
            throw new IllegalArgumentException("credits must be between 1 and " + MAX_CREDITS);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("credits", credits);
        body.put("note", note);
        return transport.execute(
                FinishedCall.ADMIN_TOP_UP,
                ApiRequest.post(
                        actor,
                        body,
                        null,
                        false,
                        "api",
                        "v1",
                        "admin",
                        "licenses",
                        id(licenseId),
                        "credits"),
                LICENSE);
    }

    /**
     * Corrects the balance by hand, up or down, with the reason in the ledger.
     *
     * @param licenseId the license id
     * @param delta the change, not zero, at most {@value #MAX_CREDITS} either way
     * @param note why the balance is corrected; required
     * @return the license with its new balance
     * @throws IllegalArgumentException when the change is zero or out of range, or the note blank
     * @throws io.vhelpi.sdk.errors.InsufficientCreditsException when the balance would go below
     *     zero
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails otherwise
     */
    public AdminLicense adjust(String licenseId, int delta, String note) {
        if (delta == 0 || Math.abs((long) delta) > MAX_CREDITS) {
            throw new IllegalArgumentException(
                    "delta must be between -" + MAX_CREDITS + " and " + MAX_CREDITS + ", not 0");
        }
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("note is required: say why the balance changes");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("delta", delta);
        body.put("note", note);
        return transport.execute(
                FinishedCall.ADMIN_ADJUST,
                ApiRequest.post(
                        actor,
                        body,
                        null,
                        false,
                        "api",
                        "v1",
                        "admin",
                        "licenses",
                        id(licenseId),
                        "adjustments"),
                LICENSE);
    }

    /**
     * Lets another organisation charge the license, which it then lists as {@code SHARED}. Granting
     * twice changes nothing.
     *
     * @param licenseId the license id
     * @param organisationId the organisation that may use it
     * @return the license with its grants
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails
     */
    public AdminLicense grant(String licenseId, String organisationId) {
        return transport.execute(
                FinishedCall.ADMIN_GRANT, grants("PUT", licenseId, organisationId), LICENSE);
    }

    /**
     * Takes a grant back; sessions already charged stay as they are.
     *
     * @param licenseId the license id
     * @param organisationId the organisation that may no longer use it
     * @return the license with its remaining grants
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails
     */
    public AdminLicense revokeGrant(String licenseId, String organisationId) {
        return transport.execute(
                FinishedCall.ADMIN_REVOKE_GRANT,
                grants("DELETE", licenseId, organisationId),
                LICENSE);
    }

    /**
     * Starts a query of a license's ledger, newest entry first.
     *
     * @param licenseId the license id
     * @return a new, single-use ledger query
     */
    public LedgerQuery ledger(String licenseId) {
        return new LedgerQuery(transport, actor, id(licenseId));
    }

    private ApiRequest grants(String method, String licenseId, String organisationId) {
        return new ApiRequest(
                method,
                List.of(
                        "api",
                        "v1",
                        "admin",
                        "licenses",
                        id(licenseId),
                        "grants",
                        id(organisationId)),
                Map.of(),
                actor,
                // HTTP clients insist on a body for PUT; the grant needs none.
                method.equals("PUT") ? Map.of() : null,
                null,
                true,
                null);
    }

    static String id(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        return id.strip();
    }
}
