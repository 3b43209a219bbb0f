package io.vhelpi.core.validation;

import io.vhelpi.core.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Checks an invitation request against every rule at once, so that the operator sees all that is
 * wrong in one answer.
 */
public final class InvitationValidator {

    /** The most characters a license id may have. */
    public static final int LICENSE_ID_MAX_LENGTH = 64;

    private InvitationValidator() {}

    /**
     * Validates and normalises an invitation request.
     *
     * @param draft the request as received; {@code null} counts as a request with no fields
     * @return the valid invitation
     * @throws ValidationException listing every violation, with the fields {@code channel}, {@code
     *     licenseId}, {@code caseNumber}, {@code phone}, {@code email} and {@code
     *     externalReference}
     */
    public static ValidInvitation validate(InvitationDraft draft) {
        InvitationDraft input =
                draft == null ? new InvitationDraft(null, null, null, null, null, null) : draft;
        List<Violation> violations = new ArrayList<>();

        Channel channel =
                check(violations, "channel", input.channel(), InvitationValidator::channel);
        String licenseId =
                check(violations, "licenseId", input.licenseId(), InvitationValidator::licenseId);
        CaseNumber caseNumber =
                check(violations, "caseNumber", input.caseNumber(), CaseNumber::parse);

        PhoneNumber phone = null;
        EmailAddress email = null;
        if (channel == Channel.SMS || (channel == null && !Text.isBlank(input.phone()))) {
            phone = check(violations, "phone", input.phone(), PhoneNumber::parseHungarianMobile);
        } else if (!Text.isBlank(input.phone())) {
            violations.add(notAllowed("phone", channel));
        }
        if (channel == Channel.EMAIL || (channel == null && !Text.isBlank(input.email()))) {
            email = check(violations, "email", input.email(), EmailAddress::parse);
        } else if (!Text.isBlank(input.email())) {
            violations.add(notAllowed("email", channel));
        }

        ExternalReference externalReference =
                check(
                        violations,
                        "externalReference",
                        input.externalReference(),
                        ExternalReference::parse);

        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new ValidInvitation(channel, licenseId, caseNumber, phone, email, externalReference);
    }

    private static <T> T check(
            List<Violation> violations, String field, String raw, Function<String, T> rule) {
        try {
            return rule.apply(raw);
        } catch (InvalidValueException e) {
            violations.add(Violation.of(field, e));
            return null;
        }
    }

    /**
     * Accepts the channel names in any letter case, e.g. {@code SMS}, {@code sms}, {@code Email}.
     */
    private static Channel channel(String raw) {
        if (Text.isBlank(raw)) {
            throw new InvalidValueException(ValidationCodes.REQUIRED);
        }

        String name = Text.trim(raw).toUpperCase(Locale.ROOT);
        for (Channel channel : Channel.values()) {
            if (channel.name().equals(name)) {
                return channel;
            }
        }
        throw new InvalidValueException(ValidationCodes.INVALID_VALUE, "SMS, EMAIL");
    }

    private static String licenseId(String raw) {
        if (Text.isBlank(raw)) {
            throw new InvalidValueException(ValidationCodes.REQUIRED);
        }

        String licenseId = Text.trim(raw);
        Text.rejectInvisibleCharacters(licenseId, ValidationCodes.INVALID_CHARACTER);
        int length = Text.length(licenseId);
        if (length > LICENSE_ID_MAX_LENGTH) {
            throw new InvalidValueException(
                    ValidationCodes.TOO_LONG, LICENSE_ID_MAX_LENGTH, length);
        }
        return licenseId;
    }

    private static Violation notAllowed(String field, Channel channel) {
        return new Violation(field, ValidationCodes.NOT_ALLOWED, List.of(channel.name()));
    }
}
