package io.vhelpi.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vhelpi.core.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "+36306167347      | +36 30 *** **47",
                "+36 30 616 7347   | +36 30 *** **47",
                "+447911123456     | +44********56",
                "12345             | ***",
            })
    void phoneKeepsOnlyPrefixAndLastTwoDigits(String phone, String masked) {
        assertThat(Masking.phone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kovacs.janos@pelda.hu         | k***@p***.hu",
                "kovacs.janos@xn--plda-bpa.hu  | k***@x***.hu",
                "a@mail.example.com            | a***@m***.com",
                "no-at-sign                    | n***",
                "x@localhost                   | x***@l***",
            })
    void emailKeepsFirstCharactersAndTopLevelDomain(String email, String masked) {
        assertThat(Masking.email(email)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "vh_live_4f9c2a7d1e8b6f3a | vh_l…",
                "short                    | …",
                "''                       | …",
            })
    void secretShowsAtMostItsFirstFourCharacters(String key, String masked) {
        assertThat(Masking.secret(key)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://localhost:8080/j/4V9kq0ZbT2mXc8RwLp3sYd7Nh | http://localhost:8080/j/4V9k…",
                "https://vhelpi.example/j/4V9kq0ZbT2mX?x=1#top     |"
                        + " https://vhelpi.example/j/4V9k…",
                "https://user:pw@vhelpi.example/j/4V9kq0ZbT2mX     |"
                        + " https://vhelpi.example/j/4V9k…",
                "https://vhelpi.example/j/abc                      | https://vhelpi.example/j/…",
                "https://vhelpi.example/j/                         | https://vhelpi.example/j/",
                "https://vhelpi.example                            | https://vhelpi.example",
                "4V9kq0ZbT2mXc8RwLp3sYd7Nh                         | 4V9k…",
            })
    void linkHidesTheTokenInItsLastSegment(String url, String masked) {
        assertThat(Masking.link(url)).isEqualTo(masked);
    }

    @Test
    void nullIsShownAsNull() {
        assertThat(Masking.phone(null)).isEqualTo("null");
        assertThat(Masking.email(null)).isEqualTo("null");
        assertThat(Masking.secret(null)).isEqualTo("null");
        assertThat(Masking.link(null)).isEqualTo("null");
    }

    @Test
    void aRecipientIsMaskedAsItsChannelCarriesIt() {
        assertThat(Masking.recipient(Channel.SMS, "+36306167347")).isEqualTo("+36 30 *** **47");
        assertThat(Masking.recipient(Channel.EMAIL, "kovacs.janos@pelda.hu"))
                .isEqualTo("k***@p***.hu");
    }
}
