package io.vhelpi.samples.quickstart;

import io.vhelpi.sdk.OperatorSessions;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.model.HistoryPage;
import io.vhelpi.sdk.model.License;
import io.vhelpi.sdk.model.Session;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SDK's main job in one program: list the licenses, invite a customer by SMS and print the
 * operator's history the way the operator's main screen shows it.
 *
 * <p>It reads its settings from environment variables, with defaults that fit the reference
 * server's embedded default mode on this machine:
 *
 * <ul>
 *   <li>{@code VHELPI_BASE_URL}, default {@code http://localhost:8080}
 *   <li>{@code VHELPI_API_KEY}, default the demo key of the embedded default
 *   <li>{@code VHELPI_OPERATOR}, default {@code demo.operator}
 *   <li>{@code VHELPI_LOCALE}, {@code en} (default) or {@code hu}: the language of error messages
 * </ul>
 *
 * <p>Every run charges one credit. An operator can have only one active session, so a session left
 * open by an earlier run is closed first; a real claim system would rather offer the operator to
 * reconnect to it.
 */
public final class QuickStart {

    private static final String DEMO_API_KEY = "vh_demo_7Jq2xW9kLm4Rt8Zp3Nc6Vb5H";
    private static final String CUSTOMER_PHONE = "+36 30 616 7347";
    private static final String ROW = "%-14s  %-20s  %8s  %-24s  %s%n";

    private final PrintStream out;

    private QuickStart(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the quick start against the server named by {@code VHELPI_BASE_URL}.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        String baseUrl = setting("VHELPI_BASE_URL", "http://localhost:8080");
        String apiKey = setting("VHELPI_API_KEY", DEMO_API_KEY);
        String operatorId = setting("VHELPI_OPERATOR", "demo.operator");
        Locale locale = Locale.forLanguageTag(setting("VHELPI_LOCALE", "en"));

        int status;
        try (VhelpiClient client =
                VhelpiClient.builder()
                        .baseUrl(baseUrl)
                        .apiKey(apiKey)
                        .locale(locale)
                        .userAgentSuffix("vhelpi-quickstart/1.0")
                        .build()) {
            status = new QuickStart(System.out).run(client, operatorId);
        } catch (VhelpiException e) {
            System.err.println(e.getLocalizedMessage());
            status = 1;
        } catch (IllegalArgumentException e) {
            // The builder refuses a malformed base URL or key before any call.
            System.err.println("Invalid setting: " + e.getMessage());
            status = 1;
        }

        if (status != 0) {
            System.exit(status);
        }
    }

    private int run(VhelpiClient client, String operatorId) {
        out.println("Vhelpi server: " + client);

        List<License> licenses = client.licenses();
        printLicenses(licenses);
        if (licenses.isEmpty()) {
            out.println("The organisation has no license, so no session can be created.");
            return 1;
        }

        OperatorSessions sessions = client.operator(operatorId);
        closeActiveSession(sessions);

        License license = licenses.get(0);
        Session session =
                sessions.invite()
                        .bySms(CUSTOMER_PHONE)
                        .onLicense(license)
                        .randomCaseNumber()
                        .send();
        out.println();
        out.println("Invited " + session.recipient() + " by SMS on " + license.name() + ".");
        out.println("  session:     [" + session.shortId() + "] " + session.status());
        out.println("  case number: " + session.caseNumber());
        out.println("  join link:   " + session.joinUrl());

        printHistory(operatorId, sessions.history().limit(10).fetch());
        return 0;
    }

    private void printLicenses(List<License> licenses) {
        out.println();
        out.println("Licenses:");
        for (License license : licenses) {
            out.printf(
                    "  %-24s  %-6s  %d credits%n",
                    license.name(), license.kind(), license.credits());
        }
    }

    // One active session per operator: close the one an earlier run left open.
    private void closeActiveSession(OperatorSessions sessions) {
        Optional<Session> active = sessions.activeSession();
        if (active.isEmpty()) {
            return;
        }

        Session open = active.get();
        out.println();
        out.println(
                "Operator "
                        + sessions.operatorId()
                        + " already has an active session ["
                        + open.shortId()
                        + "] ("
                        + open.caseNumber()
                        + ", "
                        + open.status()
                        + "); closing it first so that a new one can start.");
        Session closed = sessions.close(open.id());
        out.println(
                "Closed ["
                        + closed.shortId()
                        + "]: "
                        + closed.status()
                        + ", duration "
                        + closed.displayDuration()
                        + ".");
    }

    private void printHistory(String operatorId, HistoryPage page) {
        out.println();
        out.println("History of " + operatorId + " (newest first):");
        out.printf(ROW, "Case number", "Date", "Duration", "Customer", "License");
        for (Session session : page.items()) {
            out.printf(
                    ROW,
                    session.caseNumber(),
                    session.displayDate(),
                    session.displayDuration(),
                    session.recipient(),
                    session.license() == null ? "" : session.license().name());
        }
        if (page.hasMore()) {
            out.println("(older sessions on the next page)");
        }
    }

    private static String setting(String environmentVariable, String defaultValue) {
        String value = System.getenv(environmentVariable);
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }
}
