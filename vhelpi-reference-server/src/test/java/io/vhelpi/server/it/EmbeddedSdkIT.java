package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.DEMO_KEY;
import static io.vhelpi.server.it.ReferenceServer.DEMO_LICENSE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SDK inside an application server: a host WAR on the same WildFly, which ships RESTEasy,
 * embeds the SDK with Jersey and calls the reference server through it.
 */
class EmbeddedSdkIT {

    @Test
    void aWarEmbeddingTheSdkOnWildFlyInvitesFindsAndClosesASession() {
        Map<String, String> form =
                Map.of(
                        "apiKey", DEMO_KEY,
                        "operator", "embedded.host",
                        "licenseId", DEMO_LICENSE,
                        "phone", "06 20 7737884",
                        "caseNumber", "EMB0000001");

        HttpResponse<String> answer =
                ReferenceServer.postForm(ReferenceServer.hostUrl() + "/invitations", encode(form));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .isEqualTo(
                        "created INVITED EMB0000001 +36207737884 Saját licenz\n"
                                + "active same INVITED\n"
                                + "closed CLOSED\n");
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(
                        field ->
                                field.getKey()
                                        + "="
                                        + URLEncoder.encode(
                                                field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
