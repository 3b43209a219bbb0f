package io.vhelpi.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import io.vhelpi.sdk.errors.ForbiddenException;
import io.vhelpi.sdk.errors.OrganisationNotFoundException;
import io.vhelpi.sdk.errors.VhelpiConnectionException;
import io.vhelpi.sdk.model.AdminLicense;
import io.vhelpi.sdk.model.LedgerCheck;
import io.vhelpi.sdk.model.LedgerEntry;
import io.vhelpi.sdk.model.LedgerPage;
import io.vhelpi.sdk.model.LedgerReason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdministrationTest extends WireMockTestSupport {

    private static final String ORGANISATION = "0f3c2a9e-5d47-4b8e-9a11-6c1d2e3f4a01";
    private static final String BROKER = "3e8f6a2d-9b1c-4d7e-a5f4-0c1d2e3f4a01";
    private static final String LICENSE_JSON =
            """
            {"id": "5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01",
             "organisationId": "0f3c2a9e-5d47-4b8e-9a11-6c1d2e3f4a01",
             "name": "Saját licenz", "credits": 200,
             "grantedTo": ["3e8f6a2d-9b1c-4d7e-a5f4-0c1d2e3f4a01"],
             "createdAt": "2025-01-22T13:37:00Z"}
            """;

    @Test
    void a_license_is_created_with_its_first_credits_and_the_person_acting_is_named() {
        server.stubFor(
                post("/api/v1/admin/licenses")
                        .willReturn(
                                aResponse()
                                        .withStatus(201)
                                        .withBody(LICENSE_JSON)
                                        .withHeader("Content-Type", "application/json")));

        AdminLicense created =
                client().admin()
                        .actingAs("kiss.anna")
                        .licenses()
                        .create()
                        .forOrganisation(ORGANISATION)
                        .named("Saját licenz")
                        .credits(200)
                        .note("Order 2025/118")
                        .send();

        assertThat(created)
                .isEqualTo(
                        new AdminLicense(
                                LICENSE_ID,
                                ORGANISATION,
                                "Saját licenz",
                                200,
                                List.of(BROKER),
                                Instant.parse("2025-01-22T13:37:00Z")));
        server.verify(
                postRequestedFor(urlEqualTo("/api/v1/admin/licenses"))
                        .withHeader("Vhelpi-Operator", equalTo("kiss.anna"))
                        .withRequestBody(
                                equalToJson(
                                        "{\"organisationId\": \""
                                                + ORGANISATION
                                                + "\","
                                                + " \"name\": \"Saját licenz\", \"credits\": 200,"
                                                + " \"note\": \"Order 2025/118\"}")));
    }

    @Test
    void a_top_up_whose_answer_was_lost_is_not_repeated_since_it_would_add_the_credits_twice() {
        server.stubFor(
                post("/api/v1/admin/licenses/" + LICENSE_ID + "/credits")
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        VhelpiConnectionException failed =
                catchThrowableOfType(
                        VhelpiConnectionException.class,
                        () -> client().admin().licenses().topUp(LICENSE_ID, 50, null));

        assertThat(failed.code()).isEqualTo(VhelpiConnectionException.CONNECTION_LOST);
        server.verify(
                1,
                postRequestedFor(urlEqualTo("/api/v1/admin/licenses/" + LICENSE_ID + "/credits"))
                        .withHeader("Vhelpi-Operator", absent()));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void a_grant_is_a_put_that_may_be_repeated() {
        String path = "/api/v1/admin/licenses/" + LICENSE_ID + "/grants/" + BROKER;
        server.stubFor(put(path).willReturn(okJson(LICENSE_JSON)));

        AdminLicense granted = client().admin().licenses().grant(LICENSE_ID, BROKER);

        assertThat(granted.grantedTo()).containsExactly(BROKER);
        server.verify(1, putRequestedFor(urlEqualTo(path)));
    }

    @Test
    void the_ledger_is_read_page_by_page_with_reasons_and_sessions() {
        server.stubFor(
                get("/api/v1/admin/licenses/" + LICENSE_ID + "/ledger?limit=2")
                        .willReturn(
                                okJson(
                                        """
                                        {"items": [
                                          {"id": "e2", "licenseId": "%1$s", "delta": -1,
                                           "balanceAfter": 199, "reason": "DEBIT",
                                           "sessionId": "%2$s", "actor": "demo.operator",
                                           "note": null, "createdAt": "2025-01-22T13:37:00Z"},
                                          {"id": "e1", "licenseId": "%1$s", "delta": 200,
                                           "balanceAfter": 200, "reason": "REBATE",
                                           "sessionId": null, "actor": "kiss.anna",
                                           "note": "Order", "createdAt": "2025-01-01T08:00:00Z"}
                                        ], "nextCursor": "abc"}
                                        """
                                                .formatted(LICENSE_ID, SESSION_ID))));

        LedgerPage page = client().admin().licenses().ledger(LICENSE_ID).limit(2).fetch();

        assertThat(page.items())
                .containsExactly(
                        new LedgerEntry(
                                "e2",
                                LICENSE_ID,
                                -1,
                                199,
                                LedgerReason.DEBIT,
                                SESSION_ID,
                                "demo.operator",
                                null,
                                Instant.parse("2025-01-22T13:37:00Z")),
                        new LedgerEntry(
                                "e1",
                                LICENSE_ID,
                                200,
                                200,
                                LedgerReason.UNKNOWN,
                                null,
                                "kiss.anna",
                                "Order",
                                Instant.parse("2025-01-01T08:00:00Z")));
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void the_ledger_check_reports_every_mismatch() {
        server.stubFor(
                get("/api/v1/admin/ledger/check")
                        .willReturn(
                                okJson(
                                        """
                                        {"consistent": false, "licensesChecked": 3,
                                         "mismatches": [{"licenseId": "lic-1", "credits": 5,
                                                         "ledgerSum": 4}]}
                                        """)));

        LedgerCheck check = client().admin().checkLedger();

        assertThat(check)
                .isEqualTo(
                        new LedgerCheck(
                                false, 3, List.of(new LedgerCheck.Mismatch("lic-1", 5, 4))));
    }

    @Test
    void a_host_key_on_the_administration_api_is_forbidden() {
        server.stubFor(
                get("/api/v1/admin/ledger/check")
                        .willReturn(
                                aResponse()
                                        .withStatus(403)
                                        .withHeader("Content-Type", "application/problem+json")
                                        .withBody(
                                                "{\"code\": \"forbidden\", \"status\": 403,"
                                                        + " \"detail\": \"admin scope needed\"}")));

        ForbiddenException refused =
                catchThrowableOfType(ForbiddenException.class, client().admin()::checkLedger);

        assertThat(refused.httpStatus()).isEqualTo(403);
        assertThat(refused.detail()).isEqualTo("admin scope needed");
    }

    @Test
    void an_unknown_organisation_has_its_own_exception() {
        server.stubFor(
                get("/api/v1/admin/licenses?organisationId=" + ORGANISATION)
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withHeader("Content-Type", "application/problem+json")
                                        .withBody(
                                                "{\"code\": \"organisation_not_found\","
                                                        + " \"status\": 404}")));

        assertThatThrownBy(() -> client().admin().licenses().ownedBy(ORGANISATION))
                .isInstanceOf(OrganisationNotFoundException.class)
                .hasMessageContaining("The organisation was not found.");
    }

    @Test
    void invalid_amounts_and_a_missing_reason_are_refused_before_any_call() {
        AdminLicenses licenses = client().admin().licenses();

        assertThatThrownBy(() -> licenses.topUp(LICENSE_ID, 0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("credits must be between 1 and 1000000");
        assertThatThrownBy(() -> licenses.adjust(LICENSE_ID, 0, "why"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delta must be between -1000000 and 1000000, not 0");
        assertThatThrownBy(() -> licenses.adjust(LICENSE_ID, -3, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("note is required: say why the balance changes");
        assertThatThrownBy(() -> client().admin().actingAs("kiss anna"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
