package io.vhelpi.server.infrastructure.notification.sms;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach the HTTP SMS gateway.
 *
 * @param url the address messages are posted to
 * @param username the account at the provider; null when it needs none
 * @param password the account's password; null when it needs none
 * @param senderId the sender the customer's phone shows, e.g. {@code Vhelpi}
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for the answer, once connected
 * @param receiptUrl where the provider posts delivery receipts; null when receipts are off
 */
public record SmsGatewaySettings(
        URI url,
        String username,
        String password,
        String senderId,
        Duration connectTimeout,
        Duration requestTimeout,
        URI receiptUrl) {

    @Override
    public String toString() {
        return "SmsGatewaySettings[" + url + ", sender=" + senderId + "]";
    }
}
