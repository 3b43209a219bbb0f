package io.vhelpi.server.domain.notification;

import io.vhelpi.core.privacy.Masking;
import io.vhelpi.core.sms.SmsEncoding;

/**
 * A provider that delivers text messages. The server sends every SMS invitation through the one
 * gateway that {@code vhelpi.sms.gateway} names; another provider is added by implementing this
 * interface as an application-scoped bean with its own {@link #name()}.
 */
public interface SmsGateway {

    /** The name {@code vhelpi.sms.gateway} selects this gateway by, e.g. {@code http}. */
    String name();

    /** Whether the settings this gateway needs are present. */
    boolean configured();

    /**
     * Hands one message to the provider.
     *
     * @return the provider's id of the message, which its delivery receipts name
     * @throws DeliveryFailedException permanent when the provider refused the message (a retry
     *     would be refused too), otherwise when it may pass: no answer, a timeout, an error of the
     *     provider's own
     */
    String send(Sms sms);

    /**
     * One text message.
     *
     * @param reference the invitation id: a provider that keeps it can refuse a duplicate
     * @param to the recipient in E.164
     * @param text the text, as it is to arrive
     * @param encoding the encoding the text needs
     * @param segments how many segments it takes
     */
    record Sms(String reference, String to, String text, SmsEncoding encoding, int segments) {

        @Override
        public String toString() {
            return "Sms[" + reference + ", to=" + Masking.phone(to) + ", " + segments + "]";
        }
    }
}
