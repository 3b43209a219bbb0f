package io.vhelpi.it.host;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Counts what the reference server recorded for one organisation, straight from its database, so
 * that fault tests can assert exact numbers beyond what the API pages show: sessions, operators
 * with more than one session, credit debits and dev outbox messages. Read-only.
 *
 * <p>{@code GET /it-host/counts?organisation=<id>} answers {@code name=value} lines.
 */
@WebServlet("/counts")
public class DatabaseCountsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String SESSIONS =
            "select count(*) from inspection_session where organisation_id = ?";
    private static final String OPERATORS_WITH_TWO =
            "select count(*) from (select operator_id from inspection_session"
                    + " where organisation_id = ? group by operator_id having count(*) > 1) twice";
    private static final String DEBITS =
            "select count(*) from credit_ledger l join license c on c.id = l.license_id"
                    + " where c.organisation_id = ? and l.reason = 'DEBIT'";
    private static final String MESSAGES =
            "select count(*) from dev_outbox_message m join inspection_session s"
                    + " on s.id = m.session_id where s.organisation_id = ?";
    private static final String CREDITS =
            "select coalesce(sum(credits), 0) from license where organisation_id = ?";

    @Resource(lookup = "java:jboss/datasources/VhelpiDS")
    private transient DataSource database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String organisation = request.getParameter("organisation");
        response.setContentType("text/plain;charset=UTF-8");
        try (Connection connection = database.getConnection()) {
            response.getWriter()
                    .print(
                            "sessions="
                                    + count(connection, SESSIONS, organisation)
                                    + "\noperatorsWithMoreThanOneSession="
                                    + count(connection, OPERATORS_WITH_TWO, organisation)
                                    + "\ndebits="
                                    + count(connection, DEBITS, organisation)
                                    + "\nmessages="
                                    + count(connection, MESSAGES, organisation)
                                    + "\ncredits="
                                    + count(connection, CREDITS, organisation)
                                    + "\n");
        } catch (SQLException e) {
            throw new IOException("Counting rows failed", e);
        }
    }

    private static long count(Connection connection, String sql, String organisation)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, organisation);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
