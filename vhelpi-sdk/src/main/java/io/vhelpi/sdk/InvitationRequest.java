package io.vhelpi.sdk;

import io.vhelpi.core.Channel;
import io.vhelpi.core.validation.CaseNumber;
import io.vhelpi.core.validation.InvitationDraft;
import io.vhelpi.core.validation.InvitationValidator;
import io.vhelpi.core.validation.ValidInvitation;
import io.vhelpi.core.validation.ValidationException;
import io.vhelpi.core.validation.Violation;
import io.vhelpi.sdk.errors.ErrorDetails;
import io.vhelpi.sdk.errors.FieldError;
import io.vhelpi.sdk.errors.ValidationFailedException;
import io.vhelpi.sdk.model.License;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.monitoring.FinishedCall;
import io.vhelpi.sdk.transport.ApiRequest;
import io.vhelpi.sdk.transport.HttpTransport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An invitation being filled in like the operator's "new session" form: the channel with the
 * customer's phone or e-mail, the license that pays, the case number, then {@link #send()}.
 * Single-use and not thread-safe.
 */
public final class InvitationRequest {

    private final HttpTransport transport;
    private final Locale locale;
    private final String operatorId;

    private Duration timeout;
    private Channel channel;
    private String phone;
    private String email;
    private String licenseId;
    private String caseNumber;
    private String externalReference;
    private String idempotencyKey;
    private boolean sent;

    InvitationRequest(HttpTransport transport, Locale locale, String operatorId, Duration timeout) {
        this.transport = transport;
        this.locale = locale;
        this.operatorId = operatorId;
        this.timeout = timeout;
    }

    /**
     * Send the invitation by SMS to a Hungarian mobile number.
     *
     * @param phone the number as typed, e.g. {@code +36 30 616 7347} or {@code 06306167347}
     * @return this request
     */
    public InvitationRequest bySms(String phone) {
        this.channel = Channel.SMS;
        this.phone = phone;
        this.email = null;
        return this;
    }

    /**
     * Send the invitation by e-mail.
     *
     * @param email the customer's address
     * @return this request
     */
    public InvitationRequest byEmail(String email) {
        this.channel = Channel.EMAIL;
        this.email = email;
        this.phone = null;
        return this;
    }

    /**
     * The license that pays the session's credit.
     *
     * @param licenseId the license id
     * @return this request
     */
    public InvitationRequest onLicense(String licenseId) {
        this.licenseId = licenseId;
        return this;
    }

    /**
     * The license that pays the session's credit.
     *
     * @param license a license from {@link VhelpiClient#licenses()}
     * @return this request
     */
    public InvitationRequest onLicense(License license) {
        this.licenseId = Objects.requireNonNull(license, "license").id();
        return this;
    }

    /**
     * The insurer's case number: exactly 10 characters.
     *
     * @param caseNumber the case number
     * @return this request
     */
    public InvitationRequest caseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
        return this;
    }

    /**
     * A random 10-character case number, for insurers without a case system.
     *
     * @return this request
     */
    public InvitationRequest randomCaseNumber() {
        this.caseNumber = CaseNumber.random().value();
        return this;
    }

    /**
     * The host system's own, longer claim number, kept beside the case number; optional.
     *
     * @param externalReference at most 100 characters
     * @return this request
     */
    public InvitationRequest externalReference(String externalReference) {
        this.externalReference = externalReference;
        return this;
    }

    /**
     * The key that makes repeating this creation harmless; optional, a random UUID otherwise. Every
     * retry of {@link #send()} carries the same key.
     *
     * @param idempotencyKey 1 to 128 printable ASCII characters
     * @return this request
     * @throws IllegalArgumentException when the key is not of that form
     */
    public InvitationRequest idempotencyKey(String idempotencyKey) {
        this.idempotencyKey = RequestRules.requireIdempotencyKey(idempotencyKey);
        return this;
    }

    /**
     * The limit for waiting for the server's answer to this request, instead of the client's read
     * timeout. When it runs out the SDK retries with the same idempotency key, so a slow answer
     * never creates a second session.
     *
     * @param timeout a positive duration
     * @return this request
     * @throws IllegalArgumentException when the timeout is not positive
     */
    public InvitationRequest timeout(Duration timeout) {
        this.timeout = RequestRules.requireTimeout(timeout, "timeout");
        return this;
    }

    /**
     * Validates the invitation and, when it is valid, creates the session: the server charges one
     * credit and sends the invitation to the customer.
     *
     * @return the new session, the only answer that carries the customer's link
     * @throws ValidationFailedException when the invitation is invalid; nothing was sent
     * @throws IllegalStateException when this request was already sent
     * @throws io.vhelpi.sdk.errors.VhelpiException when the server refuses or the call fails
     */
    public Session send() {
        if (sent) {
            throw new IllegalStateException("This invitation request was already sent");
        }
        sent = true;

        ValidInvitation invitation = validate();
        String key = idempotencyKey != null ? idempotencyKey : RequestRules.newIdempotencyKey();

        return transport.execute(
                FinishedCall.CREATE_SESSION,
                ApiRequest.post(operatorId, body(invitation), key, false, "api", "v1", "sessions")
                        .withTimeout(timeout),
                OperatorSessions.SESSION);
    }

    private ValidInvitation validate() {
        InvitationDraft draft =
                new InvitationDraft(
                        channel == null ? null : channel.name(),
                        licenseId,
                        caseNumber,
                        phone,
                        email,
                        externalReference);
        try {
            return InvitationValidator.validate(draft);
        } catch (ValidationException e) {
            throw new ValidationFailedException(
                    new ErrorDetails(0, null, null, fieldErrors(e.violations()), locale));
        }
    }

    private List<FieldError> fieldErrors(List<Violation> violations) {
        return violations.stream()
                .map(v -> new FieldError(v.field(), v.code(), v.message(locale)))
                .toList();
    }

    // The phone goes out in E.164 and the e-mail in its ASCII form, as the core parsed them.
    private static Map<String, String> body(ValidInvitation invitation) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("channel", invitation.channel().name());
        body.put("licenseId", invitation.licenseId());
        body.put("caseNumber", invitation.caseNumber().value());
        if (invitation.phone() != null) {
            body.put("phone", invitation.phone().e164());
        }
        if (invitation.email() != null) {
            body.put("email", invitation.email().value());
        }
        if (invitation.externalReference() != null) {
            body.put("externalReference", invitation.externalReference().value());
        }
        return body;
    }

    /** Describes the request with the customer's contact masked. */
    @Override
    public String toString() {
        return "InvitationRequest[operatorId="
                + operatorId
                + ", channel="
                + channel
                + ", licenseId="
                + licenseId
                + ", caseNumber="
                + caseNumber
                + "]";
    }
}
