package io.vhelpi.samples.claimdesk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The operator signed in to this browser session. Every page except the sign-in page needs one: the
 * interceptor sends a browser without one to {@code /login}.
 *
 * <p>[Sample] The sign-in only asks for a name. A claim system uses its own sign-in and passes its
 * own user id as the operator id.
 */
public final class SignedInOperator implements HandlerInterceptor {

    private static final String ATTRIBUTE = "claimdesk.operator";

    /** Creates the interceptor. */
    public SignedInOperator() {}

    /**
     * The operator id of the browser session.
     *
     * @param session the browser session
     * @return the operator id, or empty when nobody signed in
     */
    public static Optional<String> of(HttpSession session) {
        return Optional.ofNullable((String) session.getAttribute(ATTRIBUTE));
    }

    /**
     * Signs an operator in.
     *
     * @param session the browser session
     * @param operatorId the operator id
     */
    public static void signIn(HttpSession session, String operatorId) {
        session.setAttribute(ATTRIBUTE, operatorId);
    }

    /** Sends a browser session without an operator to the sign-in page. */
    @Override
    public boolean preHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (of(request.getSession()).isPresent()) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + "/login");
        return false;
    }
}
