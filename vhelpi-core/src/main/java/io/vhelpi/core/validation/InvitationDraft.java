package io.vhelpi.core.validation;

import io.vhelpi.core.privacy.Masking;

/**
 * An invitation request exactly as received, before any rule is checked. Its {@code toString()}
 * masks the phone number and the e-mail address.
 *
 * @param channel {@code SMS} or {@code EMAIL}
 * @param licenseId the license that pays the credit
 * @param caseNumber the insurer's case number
 * @param phone the customer's phone number, for {@code SMS}
 * @param email the customer's e-mail address, for {@code EMAIL}
 * @param externalReference the host system's own longer claim number, optional
 */
public record InvitationDraft(
        String channel,
        String licenseId,
        String caseNumber,
        String phone,
        String email,
        String externalReference) {

    /** Returns the draft with the phone number and e-mail address masked. */
    @Override
    public String toString() {
        return "InvitationDraft[channel="
                + channel
                + ", licenseId="
                + licenseId
                + ", caseNumber="
                + caseNumber
                + ", phone="
                + (phone == null ? null : Masking.phone(phone))
                + ", email="
                + (email == null ? null : Masking.email(email))
                + ", externalReference="
                + externalReference
                + "]";
    }
}
