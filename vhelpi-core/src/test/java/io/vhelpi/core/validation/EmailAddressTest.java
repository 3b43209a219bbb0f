package io.vhelpi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.IDN;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest(name = "\"{0}\" is accepted as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kovacs.janos@pelda.hu          | kovacs.janos@pelda.hu",
                "'  kovacs.janos@pelda.hu  '    | kovacs.janos@pelda.hu",
                "Kovacs.Janos@PELDA.HU          | Kovacs.Janos@pelda.hu",
                "janos+claims@mail.example.com  | janos+claims@mail.example.com",
                "o_brien-x!#$%&*=?^`{}~@ex.co.uk | o_brien-x!#$%&*=?^`{}~@ex.co.uk",
                "x@example.xn--p1ai             | x@example.xn--p1ai",
            })
    void plainAddressesAreAcceptedWithTheDomainInLowerCase(String raw, String expected) {
        assertThat(EmailAddress.parse(raw).value()).isEqualTo(expected);
    }

    @Test
    void apostropheIsAllowedInTheLocalPart() {
        assertThat(EmailAddress.parse("o'brien@example.ie").value())
                .isEqualTo("o'brien@example.ie");
    }

    @Test
    void accentedDomainIsSentAsPunycode() {
        assertThat(IDN.toASCII("példa.hu", IDN.USE_STD3_ASCII_RULES)).isEqualTo("xn--plda-bpa.hu");

        assertThat(EmailAddress.parse("kovacs.janos@példa.hu").value())
                .isEqualTo("kovacs.janos@xn--plda-bpa.hu");
        assertThat(EmailAddress.parse("kovacs.janos@PÉLDA.hu").value())
                .isEqualTo("kovacs.janos@xn--plda-bpa.hu");
    }

    @Test
    void headerInjectionWithLineBreakIsRejected() {
        InvalidValueException e = rejection("a@b.hu\r\nBcc: x@y.hu");

        assertThat(e.code()).isEqualTo("invalid_character");
        assertThat(e.args()).containsExactly("U+000D", 7);
    }

    @Test
    void aTrailingLineBreakIsRejectedRatherThanTrimmedAway() {
        assertThat(rejection("a@b.hu\r\n").args()).containsExactly("U+000D", 7);
        assertThat(rejection("\na@b.hu").args()).containsExactly("U+000A", 1);
        assertThat(rejection("a@b.hu\u2028").args()).containsExactly("U+2028", 7);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Kovács János <kovacs.janos@pelda.hu> | display_name",
                "<kovacs.janos@pelda.hu>              | display_name",
                "kovacs.janos@pelda.hu (work)         | display_name",
                "\"kovacs janos\"@pelda.hu            | display_name",
                "a@pelda.hu, b@pelda.hu               | several_addresses",
                "a@pelda.hu;b@pelda.hu                | several_addresses",
                "kovacs.janos@pelda                   | tld",
                "kovacs.janos@pelda.h                 | tld",
                "kovacs.janos@pelda.123               | tld",
                "kovacs.janos.pelda.hu                | missing_at",
                "kovacs janos@pelda.hu                | space",
                ".kovacs@pelda.hu                     | local_part",
                "kovacs.@pelda.hu                     | local_part",
                "kovacs..janos@pelda.hu               | local_part",
                "kovács@pelda.hu                      | local_part",
                "@pelda.hu                            | local_part",
                "kovacs@                              | domain",
                "kovacs@pelda..hu                     | domain",
                "kovacs@-pelda.hu                     | domain",
                "kovacs@pelda_x.hu                    | domain",
                "kovacs@pelda.hu.                     | domain",
            })
    void malformedAddressesAreRejectedWithTheReason(String raw, String reason) {
        InvalidValueException e = rejection(raw);

        assertThat(e.code()).isEqualTo("email_invalid");
        assertThat(e.args()).containsExactly(reason);
    }

    @Test
    void twoAtSignsAreRejected() {
        assertThat(rejection("a@b@pelda.hu").code()).isEqualTo("email_invalid");
    }

    @Test
    void longLocalPartAndLongAddressAreRejected() {
        assertThat(rejection("a".repeat(65) + "@pelda.hu").args()).containsExactly("local_part");
        String longDomain = ("d".repeat(60) + ".").repeat(4) + "hu";
        assertThat(rejection("a".repeat(10) + "@" + longDomain).args()).containsExactly("too_long");
        assertThat(rejection("a@" + "d".repeat(64) + ".hu").args()).containsExactly("domain");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingAddressIsRequired(String raw) {
        assertThat(rejection(raw).code()).isEqualTo("required");
    }

    @Test
    void addressIsShownMasked() {
        EmailAddress email = EmailAddress.parse("kovacs.janos@példa.hu");

        assertThat(email.masked()).isEqualTo("k***@x***.hu");
        assertThat(email).hasToString("k***@x***.hu");
    }

    private static InvalidValueException rejection(String raw) {
        try {
            EmailAddress.parse(raw);
        } catch (InvalidValueException e) {
            return e;
        }
        throw new AssertionError("accepted " + raw);
    }
}
