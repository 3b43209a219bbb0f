package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.DEMO_KEY;
import static io.vhelpi.server.it.ReferenceServer.DEMO_LICENSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vhelpi.sdk.OperatorSessions;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The customer's side in a real browser: the link from the dev outbox, one tap to join while the
 * operator's SDK waits, the help for a link opened inside an app, and the page of an expired link.
 * Screenshots of the pages land in the build's screenshot folder.
 */
class JoinPageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MESSENGER_ON_ANDROID =
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/124.0.0.0 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/452.0.0.45;]"
                + " FBAN/Messenger";

    @Test
    void theCustomerJoinsWithOneTapAndTheWaitingOperatorSeesIt() throws Exception {
        try (VhelpiClient demo = ReferenceServer.client(DEMO_KEY);
                Chromium browser = Chromium.start()) {
            OperatorSessions operator = demo.operator("it.browser");
            Session created = invite(operator);
            CompletableFuture<Optional<Session>> waiting =
                    CompletableFuture.supplyAsync(() -> operator.awaitJoin(created.id(), WAIT));
            String link = linkFromOutbox(ReferenceServer.baseUrl(), created.id());
            WebDriver page = browser.driver();

            page.get(link);
            assertThat(page.getTitle()).isEqualTo("Csatlakozás a videós kárszemléhez");
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("hu");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Videós kárszemle");
            assertThat(page.findElement(By.id("steps")).getText()).contains("kamera");
            assertThat(page.findElements(By.cssSelector("[role=alert]"))).isEmpty();
            browser.screenshot("join-page");

            WebElement join = page.findElement(By.id("join"));
            assertThat(join.getText()).isEqualTo("Csatlakozás");
            join.click();
            Optional<Session> heard = waiting.get(WAIT.toSeconds() + 10, TimeUnit.SECONDS);

            assertThat(heard).map(Session::status).contains(SessionStatus.IN_PROGRESS);
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Csatlakozott a kárszemléhez");
            browser.screenshot("joined-page");

            page.get(link);
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .as("a customer who opens the link again is back in the same session")
                    .isEqualTo("Csatlakozott a kárszemléhez");
            assertThat(operator.session(created.id()).joinedAt()).isEqualTo(heard.get().joinedAt());
            operator.close(created.id());
        }
    }

    @Test
    void aLinkOpenedInsideMessengerExplainsHowToOpenItInChrome() {
        try (VhelpiClient demo = ReferenceServer.client(DEMO_KEY);
                Chromium browser = Chromium.startAs(MESSENGER_ON_ANDROID)) {
            OperatorSessions operator = demo.operator("it.browser.in-app");
            Session created = invite(operator);
            String link = linkFromOutbox(ReferenceServer.baseUrl(), created.id());
            WebDriver page = browser.driver();

            page.get(link);

            WebElement warning = page.findElement(By.cssSelector("[role=alert]"));
            assertThat(warning.findElement(By.tagName("h2")).getText())
                    .isEqualTo("Nyissa meg böngészőben");
            assertThat(warning.getText()).contains("Messenger").contains("Megnyitás Chrome-ban");
            String host = link.substring("http://".length(), link.indexOf("/j/"));
            String path = link.substring(link.indexOf("/j/"));
            assertThat(
                            warning.findElement(By.linkText("Megnyitás Chrome-ban"))
                                    .getAttribute("href"))
                    .isEqualTo(
                            "intent://"
                                    + host
                                    + path
                                    + "#Intent;scheme=http;package=com.android.chrome;end");
            assertThat(page.findElement(By.id("link")).getAttribute("value")).isEqualTo(link);
            assertThat(page.findElement(By.cssSelector("label[for=link]")).getText())
                    .startsWith("A hivatkozás");
            browser.screenshot("join-page-in-app-browser");
            operator.close(created.id());
        }
    }

    @Test
    void anExpiredLinkShowsTheExpiredPage() throws InterruptedException {
        String shortServer = ReferenceServer.shortIdleTimeoutBaseUrl();
        try (VhelpiClient demo = ReferenceServer.client(shortServer, DEMO_KEY);
                Chromium browser = Chromium.start()) {
            OperatorSessions operator = demo.operator("it.browser.expired");
            Session created = invite(operator);
            String link = linkFromOutbox(shortServer, created.id());

            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (operator.activeSession().isPresent()) {
                assertThat(Instant.now()).as("expired before %s", deadline).isBefore(deadline);
                Thread.sleep(250);
            }
            WebDriver page = browser.driver();
            page.get(link);

            assertThat(page.getTitle()).isEqualTo("Ez a hivatkozás lejárt");
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Ez a hivatkozás lejárt");
            assertThat(page.findElement(By.className("card")).getText())
                    .contains("Hívja fel ügyintézőjét");
            assertThat(page.findElements(By.tagName("button"))).isEmpty();
            browser.screenshot("expired-page");
        }
    }

    private static Session invite(OperatorSessions operator) {
        return operator.invite()
                .bySms("+36 30 616 7347")
                .onLicense(DEMO_LICENSE)
                .randomCaseNumber()
                .send();
    }

    private static String linkFromOutbox(String baseUrl, String sessionId) {
        List<JsonNode> messages = ReferenceServer.outboxOf(baseUrl, sessionId);
        assertThat(messages).hasSize(1);
        return messages.get(0).get("link").asText();
    }
}
