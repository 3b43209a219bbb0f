package io.vhelpi.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.vhelpi.sdk.model.License;
import io.vhelpi.sdk.model.LicenseKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LicensesTest extends WireMockTestSupport {

    @Test
    void licenses_are_read_with_their_kind_and_remaining_credits() {
        server.stubFor(
                get("/api/v1/licenses")
                        .willReturn(
                                okJson(
                                        """
                                        [
                                          {"id": "lic-1", "name": "Saját licenz",
                                           "kind": "OWN", "credits": 192},
                                          {"id": "lic-2", "name": "Partner licenz",
                                           "kind": "SHARED", "credits": 0}
                                        ]
                                        """)));

        assertThat(client().licenses())
                .containsExactly(
                        new License("lic-1", "Saját licenz", LicenseKind.OWN, 192),
                        new License("lic-2", "Partner licenz", LicenseKind.SHARED, 0));
    }

    @Test
    void unknown_fields_and_unknown_kinds_from_a_newer_server_are_tolerated() {
        server.stubFor(
                get("/api/v1/licenses")
                        .willReturn(
                                okJson(
                                        """
                                        [{"id": "lic-1", "name": "Új", "kind": "POOLED",
                                          "credits": 5, "validUntil": "2026-01-01",
                                          "owner": {"name": "Másik Zrt."}}]
                                        """)));

        assertThat(client().licenses())
                .containsExactly(new License("lic-1", "Új", LicenseKind.UNKNOWN, 5));
    }

    @Test
    void every_call_carries_the_key_the_language_the_user_agent_and_a_request_id() {
        server.stubFor(get("/api/v1/licenses").willReturn(okJson("[]")));

        VhelpiClient client =
                remember(
                        builder()
                                .locale(Locale.forLanguageTag("hu"))
                                .userAgentSuffix("claim-desk/1.0")
                                .build());
        assertThat(client.licenses()).isEmpty();

        server.verify(
                getRequestedFor(urlEqualTo("/api/v1/licenses"))
                        .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                        .withHeader("Accept", equalTo("application/json"))
                        .withHeader("Accept-Language", equalTo("hu"))
                        .withHeader(
                                "User-Agent",
                                matching("vhelpi-sdk/dev Java/[0-9][^ ]* claim-desk/1\\.0"))
                        .withHeader("Vhelpi-Request-Id", matching("[0-9a-f]{32}"))
                        .withHeader("Vhelpi-Operator", absent()));
    }

    @Test
    void a_trailing_slash_in_the_base_address_is_tolerated() {
        server.stubFor(get("/api/v1/licenses").willReturn(okJson("[]")));

        VhelpiClient client = remember(builder().baseUrl(server.baseUrl() + "/").build());

        assertThat(client.licenses()).isEmpty();
        server.verify(1, getRequestedFor(urlEqualTo("/api/v1/licenses")));
    }
}
