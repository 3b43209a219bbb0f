package io.vhelpi.it.host;

import io.vhelpi.sdk.OperatorSessions;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.model.Session;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a claim system does through the SDK, from inside an application server: invite a customer,
 * find the operator's active session, close it. Answers in plain text, one line per step, so a test
 * can compare the whole answer.
 *
 * <p>{@code POST /it-host/invitations} with the form fields {@code apiKey}, {@code operator},
 * {@code licenseId}, {@code phone} and {@code caseNumber}.
 */
@WebServlet("/invitations")
public class InvitationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    // One client per API key, shared by all requests, as a host application would keep it.
    private final transient Map<String, VhelpiClient> clients = new ConcurrentHashMap<>();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        OperatorSessions sessions =
                client(request.getParameter("apiKey")).operator(request.getParameter("operator"));
        try {
            Session created =
                    sessions.invite()
                            .bySms(request.getParameter("phone"))
                            .onLicense(request.getParameter("licenseId"))
                            .caseNumber(request.getParameter("caseNumber"))
                            .send();
            Session active = sessions.activeSession().orElseThrow();
            Session closed = sessions.close(active.id());

            response.getWriter()
                    .print(
                            "created "
                                    + created.status()
                                    + " "
                                    + created.caseNumber()
                                    + " "
                                    + created.recipient()
                                    + " "
                                    + created.license().name()
                                    + "\nactive "
                                    + (active.id().equals(created.id()) ? "same" : "other")
                                    + " "
                                    + active.status()
                                    + "\nclosed "
                                    + closed.status()
                                    + "\n");
        } catch (VhelpiException e) {
            response.setStatus(HttpServletResponse.SC_BAD_GATEWAY);
            response.getWriter().print("failed " + e.code() + " " + e.httpStatus() + "\n");
        }
    }

    private VhelpiClient client(String apiKey) {
        return clients.computeIfAbsent(
                apiKey,
                key ->
                        VhelpiClient.builder()
                                .baseUrl(
                                        "http://127.0.0.1:"
                                                + System.getProperty("jboss.http.port", "8080"))
                                .apiKey(key)
                                .readTimeout(Duration.ofSeconds(30))
                                .userAgentSuffix("vhelpi-it-host/1.0")
                                .build());
    }

    @Override
    public void destroy() {
        clients.values().forEach(VhelpiClient::close);
        clients.clear();
    }
}
