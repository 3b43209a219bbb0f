package io.vhelpi.server.infrastructure.notification.sms;

import io.vhelpi.server.domain.notification.SmsGateway;
import io.vhelpi.server.infrastructure.config.ServerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The built-in SMS gateway, named {@code http}: the HTTP JSON API of {@link HttpJsonSmsClient},
 * configured with {@code vhelpi.sms.gateway-url} and the other {@code vhelpi.sms.*} settings.
 */
@ApplicationScoped
public class HttpJsonSmsGateway implements SmsGateway {

    /** The name {@code vhelpi.sms.gateway} selects this gateway by. */
    public static final String NAME = "http";

    @Inject ServerConfig config;

    private HttpJsonSmsClient client;

    @PostConstruct
    void connect() {
        client = config.smsGatewaySettings().map(HttpJsonSmsClient::new).orElse(null);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean configured() {
        return client != null;
    }

    @Override
    public String send(Sms sms) {
        if (client == null) {
            throw new IllegalStateException("vhelpi.sms.gateway-url is not set");
        }
        return client.send(sms);
    }
}
