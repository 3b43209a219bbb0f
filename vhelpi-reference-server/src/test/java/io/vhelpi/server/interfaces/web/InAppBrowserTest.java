package io.vhelpi.server.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vhelpi.server.interfaces.web.InAppBrowser.Platform;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InAppBrowserTest {

    @ParameterizedTest(name = "{1} on {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/455.0.0.33.111;]"
                        + "|Facebook|IOS",
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/124.0.0.0 Mobile Safari/537.36 [FB_IAB/Orca-Android;"
                        + "FBAV/452.0.0.45;] FBAN/Messenger|Messenger|ANDROID",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) Mobile/15E148 Instagram 328.0.0.28.80"
                        + "|Instagram|IOS",
                "Mozilla/5.0 (Linux; Android 13; SM-A536B; wv) AppleWebKit/537.36 (KHTML, like"
                        + " Gecko) Version/4.0 Chrome/123.0.0.0 Mobile Safari/537.36 Viber/22.1.0.0"
                        + "|Viber|ANDROID",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) GSA/311.0.622202427 Mobile/15E148 Safari/604.1"
                        + "|Google (Gmail)|IOS",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) Mobile/15E148 Safari Line/13.20.0|LINE|IOS",
                "Mozilla/5.0 (Linux; Android 12; M2101K6G; wv) AppleWebKit/537.36 (KHTML, like"
                        + " Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36"
                        + " Telegram-Android/10.6.2|Telegram|ANDROID",
                "Mozilla/5.0 (Linux; Android 13; Pixel 7; wv) AppleWebKit/537.36 (KHTML, like"
                        + " Gecko) Version/4.0 Chrome/122.0.0.0 Mobile Safari/537.36"
                        + "|egy alkalmazás|ANDROID"
            })
    void anAppsBuiltInBrowserIsRecognisedWithItsPlatform(
            String userAgent, String app, Platform platform) {
        assertThat(InAppBrowser.detect(userAgent)).contains(new InAppBrowser(app, platform));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/124.0.0.0 Mobile Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1"
            })
    void chromeSafariAndFirefoxAreOrdinaryBrowsers(String userAgent) {
        assertThat(InAppBrowser.detect(userAgent)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aRequestWithoutUserAgentIsTakenForAnOrdinaryBrowser(String userAgent) {
        assertThat(InAppBrowser.detect(userAgent)).isEqualTo(Optional.empty());
    }
}
