package io.vhelpi.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vhelpi.core.Channel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static Session session(Channel channel, String recipient, String joinUrl) {
        return new Session(
                "4caa8cf4-0d5e-4a8b-9a43-2a4f7e9b1c11",
                "4caa8cf4",
                "KAR2025001",
                null,
                channel,
                recipient,
                new LicenseRef("lic-1", "Saját licenz"),
                "demo.operator",
                SessionStatus.IN_PROGRESS,
                new Invitation(DeliveryStatus.DELIVERED, null),
                joinUrl,
                Instant.parse("2025-01-22T13:37:00Z"),
                Instant.parse("2025-01-22T13:40:00Z"),
                null,
                Instant.parse("2025-01-22T14:40:00Z"),
                3927);
    }

    @Test
    void to_string_hides_the_phone_number_and_the_join_token() {
        String text =
                session(
                                Channel.SMS,
                                "+36306167347",
                                "http://localhost:8080/j/4V9kq0ZbT2mXc8RwLp3sYd7Nh")
                        .toString();

        assertThat(text)
                .contains("KAR2025001", "4caa8cf4")
                .doesNotContain("+36306167347", "306167347", "4V9kq0ZbT2mXc8RwLp3sYd7Nh");
    }

    @Test
    void to_string_hides_the_email_address() {
        String text = session(Channel.EMAIL, "kovacs.janos@pelda.hu", null).toString();

        assertThat(text).doesNotContain("kovacs.janos@pelda.hu", "kovacs.janos");
    }

    @Test
    void date_and_duration_look_like_the_operator_history() {
        Session session = session(Channel.SMS, "+36306167347", null);

        assertThat(session.displayDate()).isEqualTo("2025. 01. 22 - 14:37");
        assertThat(session.displayDuration()).isEqualTo("65:27");
        assertThat(session.isActive()).isTrue();
    }
}
