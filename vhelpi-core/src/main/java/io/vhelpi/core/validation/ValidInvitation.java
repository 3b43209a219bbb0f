package io.vhelpi.core.validation;

import io.vhelpi.core.Channel;
import java.util.Objects;

/**
 * An invitation request that passed every rule. The phone number is present only for {@link
 * Channel#SMS}, the e-mail address only for {@link Channel#EMAIL}. Its {@code toString()} shows the
 * contact masked.
 *
 * @param channel how the customer receives the link
 * @param licenseId the license that pays the credit, trimmed
 * @param caseNumber the insurer's case number
 * @param phone the customer's mobile number for {@code SMS}, otherwise {@code null}
 * @param email the customer's e-mail address for {@code EMAIL}, otherwise {@code null}
 * @param externalReference the host system's own claim number, or {@code null}
 */
public record ValidInvitation(
        Channel channel,
        String licenseId,
        CaseNumber caseNumber,
        PhoneNumber phone,
        EmailAddress email,
        ExternalReference externalReference) {

    /**
     * Creates the invitation, checking that the contact matches the channel.
     *
     * @throws NullPointerException if channel, license, case number or the channel's contact is
     *     missing
     * @throws IllegalArgumentException if the other channel's contact is given
     */
    public ValidInvitation {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(licenseId, "licenseId");
        Objects.requireNonNull(caseNumber, "caseNumber");
        if (channel == Channel.SMS) {
            Objects.requireNonNull(phone, "phone");
            if (email != null) {
                throw new IllegalArgumentException("An SMS invitation has no e-mail address");
            }
        } else {
            Objects.requireNonNull(email, "email");
            if (phone != null) {
                throw new IllegalArgumentException("An e-mail invitation has no phone number");
            }
        }
    }

    /**
     * Returns where the invitation goes: the E.164 phone number or the e-mail address.
     *
     * @return the recipient, unmasked
     */
    public String recipient() {
        return channel == Channel.SMS ? phone.e164() : email.value();
    }
}
