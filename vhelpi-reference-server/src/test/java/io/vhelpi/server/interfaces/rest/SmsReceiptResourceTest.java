package io.vhelpi.server.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsReceiptResourceTest {

    @Test
    void aPhoneNumberInTheProvidersReasonIsHidden() {
        assertThat(SmsReceiptResource.cleanReason("unknown subscriber +36 30 616 7347"))
                .isEqualTo("unknown subscriber ***");
        assertThat(SmsReceiptResource.cleanReason("absent: 06-30-616-7347 (roaming)"))
                .isEqualTo("absent: *** (roaming)");
    }

    @Test
    void controlCharactersBecomeSpacesAndALongReasonIsCutShort() {
        assertThat(SmsReceiptResource.cleanReason("  blocked\r\nby operator  "))
                .isEqualTo("blocked  by operator");
        assertThat(SmsReceiptResource.cleanReason("x".repeat(300))).hasSize(200);
        assertThat(SmsReceiptResource.cleanReason("  ")).isNull();
    }
}
