package io.vhelpi.server.interfaces.web;

import io.vhelpi.core.format.DisplayFormats;
import io.vhelpi.server.application.ServerSettings;
import io.vhelpi.server.domain.notification.Html;
import io.vhelpi.server.infrastructure.notification.DevOutbox;
import io.vhelpi.server.infrastructure.notification.DevOutboxMessage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * The dev outbox of the embedded default: every SMS and e-mail the server "sent", newest first,
 * with a clickable link. A server in production mode answers 404.
 */
@Path("dev")
@RequestScoped
public class DevOutboxResource {

    @Inject DevOutbox outbox;
    @Inject ServerSettings settings;

    /** The messages as JSON. */
    @GET
    @Path("outbox.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public List<OutboxJson> json() {
        return messages().stream().map(OutboxJson::of).toList();
    }

    /** The messages as a page. */
    @GET
    @Path("outbox")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Transactional
    public String page() {
        List<DevOutboxMessage> messages = messages();
        StringBuilder rows = new StringBuilder();
        for (DevOutboxMessage message : messages) {
            rows.append("<tr><td>")
                    .append(Html.escape(DisplayFormats.dateTime(message.createdAt())))
                    .append("</td><td>")
                    .append(message.channel())
                    .append("</td><td>")
                    .append(Html.escape(message.recipient()))
                    .append("</td><td>");
            if (message.subject() != null) {
                rows.append("<strong>")
                        .append(Html.escape(message.subject()))
                        .append("</strong><br>");
            }
            rows.append("<pre>")
                    .append(Html.escape(message.body()))
                    .append("</pre></td><td><a href=\"")
                    .append(Html.escape(message.link()))
                    .append("\">Megnyitás</a></td></tr>");
        }
        String table =
                messages.isEmpty()
                        ? "<p>No invitation has been sent yet.</p>"
                        : "<div class=\"scroll\"><table><thead><tr><th>Sent"
                                + " (Budapest)</th><th>Channel</th>"
                                + "<th>Recipient</th><th>Text</th><th>Link</th></tr></thead><tbody>"
                                + rows
                                + "</tbody></table></div>";
        return Page.render(
                "en",
                "Dev outbox",
                "<h1>Dev outbox</h1><p class=\"muted\">On the embedded default, invitations are"
                        + " kept here instead of reaching a phone or a mailbox. Newest first.</p>"
                        + table,
                true);
    }

    private List<DevOutboxMessage> messages() {
        if (!settings.embeddedDefault()) {
            throw new NotFoundException();
        }
        return outbox.newest();
    }

    /** One delivered message. */
    @JsonbPropertyOrder({
        "id",
        "channel",
        "recipient",
        "subject",
        "text",
        "link",
        "sessionId",
        "createdAt"
    })
    public record OutboxJson(
            String id,
            String channel,
            String recipient,
            String subject,
            String text,
            String link,
            String sessionId,
            Instant createdAt) {
        static OutboxJson of(DevOutboxMessage message) {
            return new OutboxJson(
                    message.id(),
                    message.channel().name(),
                    message.recipient(),
                    message.subject(),
                    message.body(),
                    message.link(),
                    message.sessionId(),
                    message.createdAt());
        }
    }
}
