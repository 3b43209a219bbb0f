package io.vhelpi.sdk;

import io.vhelpi.sdk.model.AdminLicense;
import io.vhelpi.sdk.monitoring.FinishedCall;
import io.vhelpi.sdk.transport.ApiRequest;
import io.vhelpi.sdk.transport.HttpTransport;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to create a license: the owner, the name, the first credits and why. Single-use and not
 * thread-safe; obtained from {@link AdminLicenses#create()}.
 */
public final class LicenseCreation {

    private final HttpTransport transport;
    private final String actor;

    private String organisationId;
    private String name;
    private int credits;
    private String note;
    private boolean sent;

    LicenseCreation(HttpTransport transport, String actor) {
        this.transport = transport;
        this.actor = actor;
    }

    /**
     * The organisation that will own the license; required.
     *
     * @param organisationId the organisation id
     * @return this request
     */
    public LicenseCreation forOrganisation(String organisationId) {
        this.organisationId = organisationId;
        return this;
    }

    /**
     * The name operators see when they choose a license, e.g. {@code Saját licenz}; required.
     *
     * @param name 1 to 200 characters
     * @return this request
     */
    public LicenseCreation named(String name) {
        this.name = name;
        return this;
    }

    /**
     * The credits the license starts with; 0 by default.
     *
     * @param credits from 0 to {@value AdminLicenses#MAX_CREDITS}
     * @return this request
     * @throws IllegalArgumentException when the number is out of range
     */
    public LicenseCreation credits(int credits) {
        if (credits < 0 || credits > AdminLicenses.MAX_CREDITS) {
            throw new IllegalArgumentException(
                    "credits must be between 0 and " + AdminLicenses.MAX_CREDITS);
        }
        this.credits = credits;
        return this;
    }

    /**
     * Why the credits are granted, e.g. the order number; optional, kept in the ledger.
     *
     * @param note at most 500 characters
     * @return this request
     */
    public LicenseCreation note(String note) {
        this.note = note;
        return this;
    }

    /**
     * Creates the license. Not repeated automatically after a timeout, since a repeat would create
     * a second license.
     *
     * @return the new license
     * @throws IllegalArgumentException when the organisation or the name is missing
     * @throws IllegalStateException when this request was already sent
     * @throws io.vhelpi.sdk.errors.OrganisationNotFoundException when there is no such organisation
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails otherwise
     */
    public AdminLicense send() {
        if (sent) {
            throw new IllegalStateException("This license request was already sent");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        String owner = AdminLicenses.id(organisationId == null ? "" : organisationId);
        sent = true;

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationId", owner);
        body.put("name", name);
        body.put("credits", credits);
        body.put("note", note);
        return transport.execute(
                FinishedCall.ADMIN_CREATE_LICENSE,
                ApiRequest.post(actor, body, null, false, "api", "v1", "admin", "licenses"),
                AdminLicenses.LICENSE);
    }
}
