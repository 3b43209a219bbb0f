package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.DEMO_KEY;
import static io.vhelpi.server.it.ReferenceServer.DEMO_LICENSE;
import static io.vhelpi.server.it.ReferenceServer.OTHER_ORGANISATION_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.SessionNotFoundException;
import io.vhelpi.sdk.model.License;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionStatus;
import org.junit.jupiter.api.Test;

/** One organisation never sees, nor touches, another organisation's data. */
class OrganisationIsolationIT {

    @Test
    void anotherOrganisationsKeyCannotSeeOrCloseTheSession() {
        try (VhelpiClient demo = ReferenceServer.client(DEMO_KEY);
                VhelpiClient other = ReferenceServer.client(OTHER_ORGANISATION_KEY)) {
            Session created =
                    demo.operator("it.private")
                            .invite()
                            .bySms("+36 30 616 7347")
                            .onLicense(DEMO_LICENSE)
                            .caseNumber("PRIVATE001")
                            .send();

            SessionNotFoundException notFound =
                    catchThrowableOfType(
                            SessionNotFoundException.class,
                            () -> other.operator("it.private").session(created.id()));
            assertThat(notFound.httpStatus()).isEqualTo(404);
            assertThat(
                            catchThrowableOfType(
                                    SessionNotFoundException.class,
                                    () -> other.operator("it.private").close(created.id())))
                    .isNotNull();
            assertThat(other.operator("it.private").activeSession()).isEmpty();
            assertThat(other.operator("it.private").history().fetch().items()).isEmpty();
            assertThat(other.licenses()).extracting(License::name).containsExactly("Másik licenz");

            Session stillOpen = demo.operator("it.private").session(created.id());
            assertThat(stillOpen.status()).isEqualTo(SessionStatus.INVITED);
            demo.operator("it.private").close(created.id());
        }
    }
}
