package io.vhelpi.samples.claimdesk;

import io.vhelpi.sdk.VhelpiClient;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in by choosing an operator name, and signing out. */
@Controller
public class LoginController {

    private final VhelpiClient vhelpi;

    /**
     * Creates the controller.
     *
     * @param vhelpi the auto-configured client, which checks the form of operator ids
     */
    public LoginController(VhelpiClient vhelpi) {
        this.vhelpi = vhelpi;
    }

    /**
     * The sign-in page.
     *
     * @return the view
     */
    @GetMapping("/login")
    public String loginPage() {
        return "login";
    }

    /**
     * Signs the operator in and opens the main screen; an operator id the SDK would refuse stays on
     * the sign-in page with the reason.
     *
     * @param operator the operator id typed in
     * @param session the browser session
     * @param model the page's model
     * @return the redirect to the main screen, or the sign-in page again
     */
    @PostMapping("/login")
    public String login(@RequestParam String operator, HttpSession session, Model model) {
        String operatorId = operator.strip();
        try {
            vhelpi.operator(operatorId);
        } catch (IllegalArgumentException invalid) {
            model.addAttribute("typed", operator);
            model.addAttribute(
                    "error",
                    "Az operátor azonosítója 1–64 karakter lehet: betű, számjegy, pont,"
                            + " aláhúzás, kötőjel vagy @.");
            return "login";
        }

        SignedInOperator.signIn(session, operatorId);
        return "redirect:/";
    }

    /**
     * Signs the operator out; an open session stays open on the server.
     *
     * @param session the browser session
     * @return the redirect to the sign-in page
     */
    @PostMapping("/logout")
    public String logout(HttpSession session) {
        session.invalidate();
        return "redirect:/login";
    }
}
