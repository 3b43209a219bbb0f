package io.vhelpi.samples.claimdesk;

import io.vhelpi.sdk.OperatorSessions;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionStatus;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One session's screens: the waiting screen while the customer has not joined, the session screen
 * once they have, and closing. The waiting screen asks {@code /sessions/{id}/status} every two
 * seconds and moves on by itself when the status becomes {@code IN_PROGRESS}.
 *
 * <p>[Sample] The status is polled through the SDK. An event stream from the server would tell the
 * page at once; only the script of the waiting screen and {@link #status} would change.
 */
@Controller
public class SessionController {

    private final VhelpiClient vhelpi;

    /**
     * Creates the controller.
     *
     * @param vhelpi the auto-configured client
     */
    public SessionController(VhelpiClient vhelpi) {
        this.vhelpi = vhelpi;
    }

    /**
     * The waiting screen or the session screen, by the session's status; an ended session goes back
     * to the main screen.
     *
     * @param id the session id
     * @param session the browser session
     * @param model the page's model
     * @param redirect carries the message to the main screen
     * @return the view, or the redirect to the main screen
     */
    @GetMapping("/sessions/{id}")
    public String show(
            @PathVariable String id,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        OperatorSessions sessions = operator(session);
        Session shown = sessions.session(id);

        model.addAttribute("operator", sessions.operatorId());
        model.addAttribute("current", shown);
        return switch (shown.status()) {
            case INVITED -> "waiting";
            case IN_PROGRESS -> "session";
            default -> {
                redirect.addFlashAttribute(
                        "notice",
                        "A munkamenet ["
                                + shown.shortId()
                                + "] már véget ért ("
                                + ended(shown.status())
                                + ").");
                yield "redirect:/";
            }
        };
    }

    /**
     * The session's status, for the waiting screen's script.
     *
     * @param id the session id
     * @param session the browser session
     * @return {@code {"status": "INVITED"}} and the like
     */
    @GetMapping("/sessions/{id}/status")
    @ResponseBody
    public Map<String, String> status(@PathVariable String id, HttpSession session) {
        return Map.of("status", operator(session).session(id).status().name());
    }

    /**
     * Closes the session and goes back to the main screen, where it shows in the history.
     *
     * @param id the session id
     * @param session the browser session
     * @param redirect carries the message to the main screen
     * @return the redirect to the main screen
     */
    @PostMapping("/sessions/{id}/close")
    public String close(@PathVariable String id, HttpSession session, RedirectAttributes redirect) {
        Session closed = operator(session).close(id);

        redirect.addFlashAttribute(
                "notice",
                "A munkamenet ["
                        + closed.shortId()
                        + "] lezárva, időtartama "
                        + closed.displayDuration()
                        + ".");
        return "redirect:/";
    }

    /**
     * A session that cannot be shown or closed (unknown id, server unreachable): back to the main
     * screen with the client's message.
     *
     * @param failure the client's exception
     * @param redirect carries the message to the main screen
     * @return the redirect to the main screen
     */
    @ExceptionHandler(VhelpiException.class)
    public String failed(VhelpiException failure, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", failure.getMessage());
        return "redirect:/";
    }

    private static String ended(SessionStatus status) {
        return status == SessionStatus.EXPIRED ? "lejárt" : "lezárták";
    }

    private OperatorSessions operator(HttpSession session) {
        return vhelpi.operator(SignedInOperator.of(session).orElseThrow());
    }
}
