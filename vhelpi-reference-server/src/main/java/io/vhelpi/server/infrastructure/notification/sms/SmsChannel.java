package io.vhelpi.server.infrastructure.notification.sms;

import io.vhelpi.core.Channel;
import io.vhelpi.core.sms.SmsAnalysis;
import io.vhelpi.core.sms.SmsText;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationChannel;
import io.vhelpi.server.domain.notification.InvitationMessage;
import io.vhelpi.server.domain.notification.SmsGateway;
import io.vhelpi.server.infrastructure.config.ServerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Carries SMS invitations through the gateway {@code vhelpi.sms.gateway} names, once that gateway
 * is configured.
 */
@ApplicationScoped
public class SmsChannel implements InvitationChannel {

    @Inject ServerConfig config;
    @Inject Instance<SmsGateway> gateways;

    private SmsGateway gateway;

    @PostConstruct
    void chooseGateway() {
        String name = config.smsGatewayName();
        for (SmsGateway candidate : gateways) {
            if (candidate.name().equals(name)) {
                gateway = candidate;
                return;
            }
        }
        throw new IllegalStateException("vhelpi.sms.gateway names no known gateway: " + name);
    }

    @Override
    public boolean carries(Channel channel) {
        return channel == Channel.SMS && gateway.configured();
    }

    @Override
    public String deliver(Invitation invitation, InvitationMessage message) {
        SmsAnalysis analysis = SmsText.analyse(message.text());
        return gateway.send(
                new SmsGateway.Sms(
                        invitation.id(),
                        invitation.recipient(),
                        analysis.text(),
                        analysis.encoding(),
                        analysis.segments()));
    }
}
