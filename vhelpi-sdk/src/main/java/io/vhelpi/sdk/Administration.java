package io.vhelpi.sdk;

import io.vhelpi.sdk.model.LedgerCheck;
import io.vhelpi.sdk.monitoring.FinishedCall;
import io.vhelpi.sdk.transport.ApiRequest;
import io.vhelpi.sdk.transport.HttpTransport;
import jakarta.ws.rs.core.GenericType;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The administration API, for a client built with an API key of the admin scope: licenses, their
 * credits, grants and ledger. A host system's key gets {@link
 * io.vhelpi.sdk.errors.ForbiddenException} here. Immutable and thread-safe; obtained from {@link
 * VhelpiClient#admin()}.
 *
 * <pre>{@code
 * AdminLicense license = client.admin().actingAs("kiss.anna").licenses().create()
 *         .forOrganisation(insurerId)
 *         .named("Saját licenz")
 *         .credits(200)
 *         .note("Order 2025/118")
 *         .send();
 * client.admin().licenses().grant(license.id(), brokerId);
 * }</pre>
 */
public final class Administration {

    private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final GenericType<LedgerCheck> CHECK = new GenericType<>() {};

    private final HttpTransport transport;
    private final String actor;

    Administration(HttpTransport transport, String actor) {
        this.transport = transport;
        this.actor = actor;
    }

    /**
     * The same administration API with the person acting named in every call; the server writes the
     * name into the ledger entries it makes. Without it the ledger names the API key.
     *
     * @param person the administrator's user id: 1 to 64 letters, digits, {@code .}, {@code _},
     *     {@code -} or {@code @}
     * @return the administration API acting as that person
     * @throws IllegalArgumentException when the id is not of that form
     */
    public Administration actingAs(String person) {
        if (person == null || !ACTOR.matcher(person).matches()) {
            throw new IllegalArgumentException(
                    "person must be 1 to 64 letters, digits, '.', '_', '-' or '@'");
        }
        return new Administration(transport, person);
    }

    /**
     * Licenses: create, top up, correct, grant, and read their ledger.
     *
     * @return the licenses of the administration API
     */
    public AdminLicenses licenses() {
        return new AdminLicenses(transport, actor);
    }

    /**
     * Asks the server to compare every license's balance with the sum of its ledger.
     *
     * @return the result; {@link LedgerCheck#consistent()} is {@code true} when all agree
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails
     */
    public LedgerCheck checkLedger() {
        return transport.execute(
                FinishedCall.ADMIN_CHECK_LEDGER,
                ApiRequest.get(actor, Map.of(), "api", "v1", "admin", "ledger", "check"),
                CHECK);
    }
}
