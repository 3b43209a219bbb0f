package io.vhelpi.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vhelpi.sdk.model.HistoryPage;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionStatus;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OperatorSessionsTest extends WireMockTestSupport {

    @Test
    void no_active_session_is_an_empty_optional() {
        server.stubFor(get("/api/v1/sessions/active").willReturn(aResponse().withStatus(204)));

        assertThat(client().operator(OPERATOR).activeSession()).isEmpty();

        server.verify(
                getRequestedFor(urlEqualTo("/api/v1/sessions/active"))
                        .withHeader("Vhelpi-Operator", equalTo(OPERATOR)));
    }

    @Test
    void the_active_session_is_returned_with_its_short_id() {
        server.stubFor(get("/api/v1/sessions/active").willReturn(okJson(SESSION_JSON)));

        Session active = client().operator(OPERATOR).activeSession().orElseThrow();

        assertThat(active.shortId()).isEqualTo("4caa8cf4");
        assertThat(active.isActive()).isTrue();
    }

    @Test
    void closing_posts_to_the_session_and_returns_its_final_duration() {
        server.stubFor(
                post("/api/v1/sessions/" + SESSION_ID + "/close")
                        .willReturn(
                                okJson(
                                        SESSION_JSON
                                                .replace("\"INVITED\"", "\"CLOSED\"")
                                                .replace(
                                                        "\"durationSeconds\": 0",
                                                        "\"durationSeconds\": 4020"))));

        Session closed = client().operator(OPERATOR).close(SESSION_ID);

        assertThat(closed.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(closed.isActive()).isFalse();
        assertThat(closed.duration()).isEqualTo(Duration.ofMinutes(67));
        assertThat(closed.displayDuration()).isEqualTo("67:00");
        server.verify(
                postRequestedFor(urlEqualTo("/api/v1/sessions/" + SESSION_ID + "/close"))
                        .withHeader("Vhelpi-Operator", equalTo(OPERATOR)));
    }

    @Test
    void one_session_is_read_by_id_with_unknown_status_tolerated() {
        server.stubFor(
                get("/api/v1/sessions/" + SESSION_ID)
                        .willReturn(
                                okJson(
                                        SESSION_JSON
                                                .replace("\"INVITED\"", "\"ARCHIVED\"")
                                                .replace(
                                                        "\"shortId\"",
                                                        "\"tags\": [\"x\"], \"shortId\""))));

        Session session = client().operator(OPERATOR).session(SESSION_ID);

        assertThat(session.status()).isEqualTo(SessionStatus.UNKNOWN);
        assertThat(session.caseNumber()).isEqualTo("KAR2025001");
    }

    @Test
    void history_of_one_day_sends_date_limit_and_cursor_and_reports_the_next_page() {
        server.stubFor(
                get(urlPathEqualTo("/api/v1/sessions"))
                        .willReturn(
                                okJson(
                                        "{\"items\": ["
                                                + SESSION_JSON
                                                + "], \"nextCursor\": \"MjAyNS0w+/=\"}")));

        HistoryPage page =
                client().operator(OPERATOR)
                        .history()
                        .onDay(LocalDate.of(2025, 1, 18))
                        .limit(10)
                        .cursor("abc+/=")
                        .fetch();

        assertThat(page.items()).extracting(Session::id).containsExactly(SESSION_ID);
        assertThat(page.nextCursor()).isEqualTo("MjAyNS0w+/=");
        assertThat(page.hasMore()).isTrue();
        server.verify(
                getRequestedFor(urlPathEqualTo("/api/v1/sessions"))
                        .withQueryParam("date", equalTo("2025-01-18"))
                        .withQueryParam("limit", equalTo("10"))
                        .withQueryParam("cursor", equalTo("abc+/="))
                        .withHeader("Vhelpi-Operator", equalTo(OPERATOR)));
    }

    @Test
    void history_without_filters_sends_no_query_and_ends_on_a_null_cursor() {
        server.stubFor(
                get(urlEqualTo("/api/v1/sessions"))
                        .willReturn(okJson("{\"items\": [], \"nextCursor\": null}")));

        HistoryPage page = client().operator(OPERATOR).history().fetch();

        assertThat(page.items()).isEmpty();
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void operator_id_with_a_space_is_refused() {
        VhelpiClient client = client();

        assertThatThrownBy(() -> client.operator("demo operator"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("operatorId must be 1 to 64 letters, digits, '.', '_', '-' or '@'");
        assertThatThrownBy(() -> client.operator("x".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(client.operator("kovacs.janos@biztosito.hu").operatorId())
                .isEqualTo("kovacs.janos@biztosito.hu");
    }

    @Test
    void history_limit_outside_one_to_hundred_is_refused() {
        HistoryQuery query = client().operator(OPERATOR).history();

        assertThatThrownBy(() -> query.limit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be between 1 and 100");
        assertThatThrownBy(() -> query.limit(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
