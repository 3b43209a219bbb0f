package io.vhelpi.server.domain.session;

import io.vhelpi.core.Channel;
import io.vhelpi.core.privacy.Masking;

/**
 * What a new session is made of, after validation: who asks, who pays, whom to invite.
 *
 * @param recipient the customer's phone number in E.164 or e-mail address (ASCII domain)
 */
public record SessionDraft(
        String organisationId,
        String operatorId,
        String licenseId,
        String caseNumber,
        String externalReference,
        Channel channel,
        String recipient) {

    @Override
    public String toString() {
        String masked = Masking.recipient(channel, recipient);
        return "SessionDraft[operator="
                + operatorId
                + ", license="
                + licenseId
                + ", case="
                + caseNumber
                + ", "
                + channel
                + " "
                + masked
                + "]";
    }
}
