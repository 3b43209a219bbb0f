package io.vhelpi.samples.claimdesk;

import io.vhelpi.core.Channel;
import io.vhelpi.sdk.InvitationRequest;
import io.vhelpi.sdk.OperatorSessions;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.FieldError;
import io.vhelpi.sdk.errors.ValidationFailedException;
import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.model.License;
import io.vhelpi.sdk.model.Session;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operator's main screen: the "Új munkamenet" form on the left with the open session below it,
 * the "Előzmények" table on the right with its day filter. Sending the form creates the session and
 * opens its waiting screen; an error shows next to its field, in the client's language.
 */
@Controller
public class MainScreenController {

    private static final int HISTORY_ROWS = 10;

    private final VhelpiClient vhelpi;

    /**
     * Creates the controller.
     *
     * @param vhelpi the auto-configured client
     */
    public MainScreenController(VhelpiClient vhelpi) {
        this.vhelpi = vhelpi;
    }

    /**
     * The main screen.
     *
     * @param day the day the history is filtered to, or {@code null} for the last sessions
     * @param session the browser session
     * @param model the page's model
     * @return the view
     */
    @GetMapping("/")
    public String mainScreen(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate day,
            HttpSession session,
            Model model) {
        model.addAttribute("form", new InvitationForm());
        return render(operator(session), day, model);
    }

    /**
     * Sends the invitation: on success the waiting screen, otherwise the main screen again with the
     * errors next to their fields.
     *
     * @param form the form as filled in
     * @param errors where the errors for the page are collected
     * @param session the browser session
     * @param model the page's model
     * @return the redirect to the waiting screen, or the main screen with errors
     */
    @PostMapping("/invitations")
    public String invite(
            @ModelAttribute("form") InvitationForm form,
            BindingResult errors,
            HttpSession session,
            Model model) {
        OperatorSessions sessions = operator(session);

        try {
            Session created = request(sessions, form).send();
            return "redirect:/sessions/" + created.id();
        } catch (ValidationFailedException invalid) {
            for (FieldError error : invalid.fieldErrors()) {
                showNextToField(errors, error);
            }
        } catch (VhelpiException refused) {
            errors.reject(refused.code(), refused.getMessage());
        }

        return render(sessions, null, model);
    }

    private static InvitationRequest request(OperatorSessions sessions, InvitationForm form) {
        InvitationRequest request = sessions.invite();
        if (form.getChannel() == Channel.EMAIL) {
            request.byEmail(form.getContact());
        } else {
            request.bySms(form.getContact());
        }
        return request.onLicense(form.getLicenseId()).caseNumber(form.getCaseNumber());
    }

    // The SDK names the fields as the REST API does; the form has one contact field for both.
    private static void showNextToField(BindingResult errors, FieldError error) {
        String field =
                switch (error.field() == null ? "" : error.field()) {
                    case "phone", "email" -> "contact";
                    case "caseNumber", "licenseId", "channel" -> error.field();
                    default -> null;
                };
        if (field == null) {
            errors.reject(error.code(), error.message());
        } else {
            errors.rejectValue(field, error.code(), error.message());
        }
    }

    private String render(OperatorSessions sessions, LocalDate day, Model model) {
        model.addAttribute("operator", sessions.operatorId());
        model.addAttribute("day", day);

        try {
            List<License> licenses = vhelpi.licenses();
            Optional<Session> open = sessions.activeSession();
            List<Session> history =
                    sessions.history().onDay(day).limit(HISTORY_ROWS).fetch().items();

            model.addAttribute("licenses", licenses);
            model.addAttribute("openSession", open.orElse(null));
            model.addAttribute("history", history);
        } catch (VhelpiException unavailable) {
            model.addAttribute("licenses", List.of());
            model.addAttribute("history", List.of());
            model.addAttribute("serverError", unavailable.getMessage());
        }
        return "main";
    }

    private OperatorSessions operator(HttpSession session) {
        return vhelpi.operator(SignedInOperator.of(session).orElseThrow());
    }
}
