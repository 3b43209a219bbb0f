package io.vhelpi.server.interfaces.rest;

import io.vhelpi.core.validation.Violation;
import java.util.List;

/**
 * A request the API refuses before it reaches a use case: no or a bad API key, a malformed body,
 * invalid fields or headers. Rendered as problem+json by {@link ProblemResponses}.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient List<Violation> violations;

    public ApiProblem(String code, String detail) {
        this(code, detail, List.of());
    }

    public ApiProblem(String code, String detail, List<Violation> violations) {
        super(detail);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    /** A {@code validation_failed} problem listing each invalid field. */
    public static ApiProblem invalid(List<Violation> violations) {
        return new ApiProblem("validation_failed", null, violations);
    }

    public String code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }
}
