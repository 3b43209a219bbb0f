package io.vhelpi.samples.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operator's whole day in real Chromium: the claim desk on a random port, the reference server
 * on the WildFly the build started (embedded default: demo organisation, 192 credits, the manual's
 * ten history rows, dev outbox), and a second browser as the customer.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"vhelpi.base-url=${vhelpi.it.base-url}", "vhelpi.max-attempts=1"})
class ClaimDeskBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Path PROFILES = Path.of("target", "chromium-profiles");
    private static final String OPERATOR = "demo.operator";
    private static final String CASE_NUMBER = "KÁR2025042";

    @LocalServerPort int port;

    @Autowired VhelpiClient vhelpi;

    private ChromeDriver operator;
    private ChromeDriver customer;

    @BeforeAll
    static void requireTheReferenceServerAndChromium() {
        if (System.getProperty("vhelpi.it.base-url") == null) {
            throw new IllegalStateException(
                    "vhelpi.it.base-url is not set: run the browser test with './mvnw verify',"
                            + " which starts the reference server on WildFly");
        }
        Chromium.requireInstalled();
    }

    @AfterEach
    void closeBrowsers() {
        if (operator != null) {
            operator.quit();
        }
        if (customer != null) {
            customer.quit();
        }
    }

    @Test
    void operatorInvitesTheCustomerWaitsSeesThemJoinClosesAndFindsTheSessionInTheHistory()
            throws Exception {
        operator = Chromium.start(PROFILES, 1400, 960);

        // Sign in.
        operator.get(desk("/"));
        assertThat(operator.getCurrentUrl()).isEqualTo(desk("/login"));
        WebElement name = operator.findElement(By.id("operator"));
        name.clear();
        name.sendKeys(OPERATOR);
        navigate(operator, By.cssSelector("button[type=submit]"));

        // The main screen of the manual: the form, and the ten sessions of the history.
        assertThat(heading(operator, "#new-session h2")).isEqualTo("Új munkamenet");
        assertThat(selectedLicense()).isEqualTo("Saját licenz - kredit (192 db)");
        assertThat(operator.findElement(By.id("channel1")).isSelected()).isTrue();
        assertThat(operator.findElement(By.id("contact")).getDomAttribute("placeholder"))
                .isEqualTo("magyar telefonszám, +36...");
        assertThat(texts(operator.findElements(By.cssSelector("#history th"))))
                .containsExactly("ÜGYSZÁM", "DÁTUM", "IDŐTARTAM", "TELEFONSZÁM/E-MAIL", "LICENZ");
        List<List<String>> history = historyRows();
        assertThat(history).hasSize(10);
        assertThat(history.get(0))
                .containsExactly(
                        "#52345234",
                        "2025. 01. 22 - 14:37",
                        "04:40",
                        "+36301110101",
                        "Saját licenz");
        assertThat(history.get(1)).startsWith("#435234234", "2025. 01. 20 - 12:23", "67:00");
        assertThat(operator.findElements(By.id("open-session"))).isEmpty();
        screenshot(operator, "claim-desk-main-screen.png");

        // Invalid input: the SDK's Hungarian messages next to the fields, no credit charged.
        fill("12345", "06 1 234 5678");
        navigate(operator, By.id("send"));
        assertThat(text(operator, "caseNumber-error"))
                .isEqualTo(
                        "Az ügyszámnak pontosan 10 karakter hosszúnak kell lennie; a megadott 5"
                                + " karakteres.");
        assertThat(text(operator, "contact-error"))
                .isEqualTo("A telefonszám magyar vezetékes szám, nem mobilszám.");
        assertThat(operator.findElement(By.id("caseNumber")).getDomProperty("value"))
                .isEqualTo("12345");
        assertThat(selectedLicense()).isEqualTo("Saját licenz - kredit (192 db)");

        // Send the invitation: the waiting screen.
        fill(CASE_NUMBER, "+36 30 616 7347");
        navigate(operator, By.id("send"));
        assertThat(heading(operator, "h1")).isEqualTo("Várakozás az ügyfélre");
        String sessionUrl = operator.getCurrentUrl();
        String sessionId = sessionUrl.substring(sessionUrl.lastIndexOf('/') + 1);
        String shortId = "[" + sessionId.substring(0, 8) + "]";
        assertThat(text(operator, "short-id")).isEqualTo(shortId);
        screenshot(operator, "claim-desk-waiting-screen.png");

        // Back on the main screen the open session is offered for reconnecting, and no second
        // session can start.
        operator.get(desk("/"));
        assertThat(operator.findElement(By.cssSelector("#open-session p")).getText())
                .isEqualTo("Nyitott munkamenet: " + shortId);
        assertThat(selectedLicense()).isEqualTo("Saját licenz - kredit (191 db)");
        screenshot(operator, "claim-desk-open-session.png");
        fill("MASODIK001", "06 20 7737884");
        navigate(operator, By.id("send"));
        assertThat(text(operator, "form-error"))
                .startsWith(
                        "Az operátornak már van nyitott munkamenete; újat csak annak lezárása"
                                + " után indíthat.");
        navigate(operator, By.id("reconnect"));
        assertThat(operator.getCurrentUrl()).isEqualTo(sessionUrl);
        assertThat(heading(operator, "h1")).isEqualTo("Várakozás az ügyfélre");

        // The customer opens the link of the SMS in a browser of their own and joins.
        customer = Chromium.start(PROFILES, 412, 860);
        customer.get(invitationLink(sessionId));
        assertThat(heading(customer, "h1")).isEqualTo("Videós kárszemle");
        navigate(customer, By.cssSelector("form button[type=submit]"));
        assertThat(heading(customer, "h1")).isEqualTo("Csatlakozott a kárszemléhez");

        // The operator's waiting screen moves on by itself.
        new WebDriverWait(operator, PATIENCE)
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Munkamenet folyamatban"));
        assertThat(operator.getCurrentUrl()).isEqualTo(sessionUrl);

        // Close it: back on the main screen, the session heads the history.
        navigate(operator, By.id("close"));
        assertThat(heading(operator, "#new-session h2")).isEqualTo("Új munkamenet");
        Session closed = vhelpi.operator(OPERATOR).session(sessionId);
        assertThat(closed.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(text(operator, "notice"))
                .isEqualTo(
                        "A munkamenet "
                                + shortId
                                + " lezárva, időtartama "
                                + closed.displayDuration()
                                + ".");
        assertThat(operator.findElements(By.id("open-session"))).isEmpty();
        history = historyRows();
        assertThat(history).hasSize(10);
        assertThat(history.get(0))
                .containsExactly(
                        CASE_NUMBER,
                        closed.displayDate(),
                        closed.displayDuration(),
                        "+36306167347",
                        "Saját licenz");
        assertThat(history.get(1).get(0)).isEqualTo("#52345234");

        // The day filter shows one day of the history.
        WebElement day = operator.findElement(By.id("day"));
        operator.executeScript("arguments[0].value = '2025-01-20';", day);
        navigate(operator, By.id("search"));
        assertThat(operator.getCurrentUrl()).isEqualTo(desk("/?day=2025-01-20"));
        assertThat(historyRows())
                .extracting(row -> row.get(0))
                .containsExactly("#435234234", "#234623423");
    }

    @Test
    void healthShowsTheReferenceServerReachableWithTheKeyAccepted() throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(desk("/actuator/health")))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        JsonNode vhelpiHealth =
                new ObjectMapper().readTree(response.body()).at("/components/vhelpi");
        assertThat(vhelpiHealth.path("status").asText()).isEqualTo("UP");
        assertThat(vhelpiHealth.at("/details/licenses").asInt()).isEqualTo(1);
        assertThat(response.body()).doesNotContain("vh_demo");
    }

    /** Clicks what leaves the page, and waits until the next page has replaced it. */
    private static void navigate(WebDriver browser, By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(
                loaded ->
                        "complete"
                                .equals(
                                        ((JavascriptExecutor) loaded)
                                                .executeScript("return document.readyState")));
    }

    private String desk(String path) {
        return "http://localhost:" + port + path;
    }

    private void fill(String caseNumber, String phone) {
        WebElement caseField = operator.findElement(By.id("caseNumber"));
        caseField.clear();
        caseField.sendKeys(caseNumber);
        WebElement contact = operator.findElement(By.id("contact"));
        contact.clear();
        contact.sendKeys(phone);
    }

    private String selectedLicense() {
        return new Select(operator.findElement(By.id("licenseId")))
                .getFirstSelectedOption()
                .getText();
    }

    private List<List<String>> historyRows() {
        return operator.findElements(By.cssSelector("#history tbody tr")).stream()
                .map(row -> texts(row.findElements(By.tagName("td"))))
                .toList();
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    private static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String heading(WebDriver browser, String selector) {
        return new WebDriverWait(browser, PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector)))
                .getText();
    }

    /** The link of the invitation the dev outbox holds for the session. */
    private static String invitationLink(String sessionId)
            throws IOException, InterruptedException {
        String outbox =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        System.getProperty("vhelpi.it.base-url")
                                                                + "/dev/outbox.json"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
        for (JsonNode message : new ObjectMapper().readTree(outbox)) {
            if (message.path("sessionId").asText().equals(sessionId)) {
                return message.path("link").asText();
            }
        }
        throw new AssertionError("The dev outbox has no invitation of session " + sessionId);
    }

    private static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path folder =
                Files.createDirectories(
                        Path.of(System.getProperty("claimdesk.screenshots", "target/screenshots")));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
