package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.ADMIN_KEY;
import static io.vhelpi.server.it.ReferenceServer.DEMO_KEY;
import static io.vhelpi.server.it.ReferenceServer.ONE_CREDIT_KEY;
import static io.vhelpi.server.it.ReferenceServer.ONE_CREDIT_ORGANISATION;
import static io.vhelpi.server.it.ReferenceServer.PARTNER_KEY;
import static io.vhelpi.server.it.ReferenceServer.PARTNER_ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.vhelpi.sdk.AdminLicenses;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.ForbiddenException;
import io.vhelpi.sdk.errors.InsufficientCreditsException;
import io.vhelpi.sdk.errors.LicenseNotFoundException;
import io.vhelpi.sdk.errors.OrganisationNotFoundException;
import io.vhelpi.sdk.model.AdminLicense;
import io.vhelpi.sdk.model.LedgerEntry;
import io.vhelpi.sdk.model.LedgerPage;
import io.vhelpi.sdk.model.LedgerReason;
import io.vhelpi.sdk.model.License;
import io.vhelpi.sdk.model.LicenseKind;
import io.vhelpi.sdk.model.Session;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The administration API through the SDK: licenses, top-ups, adjustments, grants, the ledger and
 * its check, and the separation of admin and host keys.
 */
class AdministrationIT {

    private static VhelpiClient admin;
    private static VhelpiClient partner;
    private static VhelpiClient broker;

    @BeforeAll
    static void connect() {
        admin = ReferenceServer.client(ADMIN_KEY);
        partner = ReferenceServer.client(PARTNER_KEY);
        broker = ReferenceServer.client(ONE_CREDIT_KEY);
    }

    @AfterAll
    static void checkLedgerAndDisconnect() {
        assertThat(admin.admin().checkLedger().mismatches()).isEmpty();
        admin.close();
        partner.close();
        broker.close();
    }

    @Test
    void everyChangeOfTheBalanceIsALedgerEntryWithWhoAndWhy() {
        AdminLicenses licenses = admin.admin().actingAs("kiss.anna").licenses();

        AdminLicense created =
                licenses.create()
                        .forOrganisation(PARTNER_ORGANISATION)
                        .named("Partner licenz")
                        .credits(5)
                        .note("Order 2025/118")
                        .send();
        assertThat(created.organisationId()).isEqualTo(PARTNER_ORGANISATION);
        assertThat(created.credits()).isEqualTo(5);
        assertThat(created.grantedTo()).isEmpty();
        assertThat(partner.licenses())
                .contains(new License(created.id(), "Partner licenz", LicenseKind.OWN, 5));

        assertThat(licenses.topUp(created.id(), 10, "Order 2025/131").credits()).isEqualTo(15);
        Session session =
                partner.operator("partner.adam")
                        .invite()
                        .bySms("+36 30 616 7347")
                        .onLicense(created.id())
                        .caseNumber("PARTNER001")
                        .send();
        assertThat(licenses.adjust(created.id(), -4, "Credits of a cancelled order").credits())
                .isEqualTo(10);

        LedgerPage ledger = licenses.ledger(created.id()).fetch();
        assertThat(ledger.items())
                .extracting(
                        LedgerEntry::reason,
                        LedgerEntry::delta,
                        LedgerEntry::balanceAfter,
                        LedgerEntry::actor,
                        LedgerEntry::note,
                        LedgerEntry::sessionId)
                .containsExactly(
                        tuple(
                                LedgerReason.ADJUSTMENT,
                                -4,
                                10,
                                "kiss.anna",
                                "Credits of a cancelled order",
                                null),
                        tuple(LedgerReason.DEBIT, -1, 14, "partner.adam", null, session.id()),
                        tuple(LedgerReason.GRANT, 10, 15, "kiss.anna", "Order 2025/131", null),
                        tuple(LedgerReason.GRANT, 5, 5, "kiss.anna", "Order 2025/118", null));
        assertThat(ledger.hasMore()).isFalse();
        assertThat(ledger.items()).allMatch(entry -> entry.licenseId().equals(created.id()));
        assertThat(licenses.get(created.id()).credits()).isEqualTo(10);
        partner.operator("partner.adam").close(session.id());
    }

    @Test
    void theLedgerIsReadPageByPageNewestFirst() {
        AdminLicenses licenses = admin.admin().licenses();
        AdminLicense created =
                licenses.create()
                        .forOrganisation(PARTNER_ORGANISATION)
                        .named("Lapozott licenz")
                        .credits(1)
                        .send();
        licenses.topUp(created.id(), 2, null);
        licenses.topUp(created.id(), 3, null);

        LedgerPage first = licenses.ledger(created.id()).limit(2).fetch();
        LedgerPage second =
                licenses.ledger(created.id()).limit(2).cursor(first.nextCursor()).fetch();

        assertThat(first.items()).extracting(LedgerEntry::balanceAfter).containsExactly(6, 3);
        assertThat(second.items()).extracting(LedgerEntry::balanceAfter).containsExactly(1);
        assertThat(second.hasMore()).isFalse();
        assertThat(first.items().get(1).actor()).startsWith("api-key:");
    }

    @Test
    void aCorrectionBelowZeroIsRefusedAndChangesNothing() {
        AdminLicenses licenses = admin.admin().licenses();
        AdminLicense created =
                licenses.create()
                        .forOrganisation(PARTNER_ORGANISATION)
                        .named("Kis licenz")
                        .credits(2)
                        .send();

        InsufficientCreditsException refused =
                catchThrowableOfType(
                        InsufficientCreditsException.class,
                        () -> licenses.adjust(created.id(), -3, "Too much"));

        assertThat(refused.httpStatus()).isEqualTo(402);
        assertThat(refused.licenseId()).isEqualTo(created.id());
        assertThat(licenses.get(created.id()).credits()).isEqualTo(2);
        assertThat(licenses.ledger(created.id()).fetch().items()).hasSize(1);
    }

    @Test
    void aGrantedLicenseIsSharedWithTheGranteeUntilTheGrantIsRevoked() {
        AdminLicenses licenses = admin.admin().licenses();
        AdminLicense created =
                licenses.create()
                        .forOrganisation(PARTNER_ORGANISATION)
                        .named("Közös licenz")
                        .credits(3)
                        .send();

        AdminLicense granted = licenses.grant(created.id(), ONE_CREDIT_ORGANISATION);
        assertThat(licenses.grant(created.id(), ONE_CREDIT_ORGANISATION).grantedTo())
                .containsExactly(ONE_CREDIT_ORGANISATION);
        assertThat(granted.grantedTo()).containsExactly(ONE_CREDIT_ORGANISATION);
        assertThat(broker.licenses())
                .contains(new License(created.id(), "Közös licenz", LicenseKind.SHARED, 3));

        Session charged =
                broker.operator("broker.shared")
                        .invite()
                        .bySms("+36 20 773 7884")
                        .onLicense(created.id())
                        .caseNumber("SHARED0001")
                        .send();
        broker.operator("broker.shared").close(charged.id());
        assertThat(licenses.get(created.id()).credits()).isEqualTo(2);
        assertThat(partner.licenses())
                .contains(new License(created.id(), "Közös licenz", LicenseKind.OWN, 2));

        assertThat(licenses.revokeGrant(created.id(), ONE_CREDIT_ORGANISATION).grantedTo())
                .isEmpty();
        assertThat(broker.licenses()).extracting(License::id).doesNotContain(created.id());
        assertThat(
                        catchThrowableOfType(
                                        LicenseNotFoundException.class,
                                        () ->
                                                broker.operator("broker.shared")
                                                        .invite()
                                                        .bySms("+36 20 773 7884")
                                                        .onLicense(created.id())
                                                        .caseNumber("SHARED0002")
                                                        .send())
                                .httpStatus())
                .isEqualTo(404);
        assertThat(licenses.get(created.id()).credits()).isEqualTo(2);
    }

    @Test
    void aLicenseForAnUnknownOrganisationIsRefused() {
        OrganisationNotFoundException refused =
                catchThrowableOfType(
                        OrganisationNotFoundException.class,
                        () ->
                                admin.admin()
                                        .licenses()
                                        .create()
                                        .forOrganisation("00000000-0000-4000-8000-000000000000")
                                        .named("Senkié")
                                        .credits(1)
                                        .send());

        assertThat(refused.httpStatus()).isEqualTo(404);
        assertThat(refused.code()).isEqualTo("organisation_not_found");
    }

    @Test
    void invalidAdministrationRequestsAreValidationErrorsWithEveryField() {
        HttpResponse<String> response =
                ReferenceServer.raw(
                        "POST",
                        "/api/v1/admin/licenses",
                        ADMIN_KEY,
                        "{\"organisationId\": \""
                                + PARTNER_ORGANISATION
                                + "\","
                                + " \"credits\": -5, \"note\": 7}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        JsonNode problem = ReferenceServer.json(response.body());
        assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
        assertThat(problem.get("errors"))
                .extracting(
                        error -> error.get("field").asText(), error -> error.get("code").asText())
                .containsExactly(
                        tuple("name", "required"),
                        tuple("credits", "invalid_value"),
                        tuple("note", "invalid_value"));
    }

    @Test
    void aHostKeyIsForbiddenOnTheAdministrationApiAndAnAdminKeyOnTheHostApi() {
        try (VhelpiClient demo = ReferenceServer.client(DEMO_KEY)) {
            ForbiddenException hostOnAdmin =
                    catchThrowableOfType(ForbiddenException.class, demo.admin()::checkLedger);
            assertThat(hostOnAdmin.httpStatus()).isEqualTo(403);
            assertThat(hostOnAdmin.code()).isEqualTo("forbidden");
        }

        ForbiddenException adminOnHost =
                catchThrowableOfType(ForbiddenException.class, admin::licenses);
        assertThat(adminOnHost.httpStatus()).isEqualTo(403);

        HttpResponse<String> raw =
                ReferenceServer.raw(
                        "POST",
                        "/api/v1/admin/licenses",
                        PARTNER_KEY,
                        "{\"organisationId\": \""
                                + PARTNER_ORGANISATION
                                + "\","
                                + " \"name\": \"Saját\", \"credits\": 1000}");
        assertThat(raw.statusCode()).isEqualTo(403);
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ReferenceServer.json(raw.body()).get("code").asText()).isEqualTo("forbidden");
        assertThat(partner.licenses()).extracting(License::name).doesNotContain("Saját");
    }

    @Test
    void theLedgerCheckFindsEveryBalanceEqualToItsLedger() {
        var check = admin.admin().checkLedger();

        assertThat(check.consistent()).isTrue();
        assertThat(check.mismatches()).isEmpty();
        assertThat(check.licensesChecked()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theOrganisationsOwnLicensesAreListed() {
        AdminLicense created =
                admin.admin()
                        .licenses()
                        .create()
                        .forOrganisation(PARTNER_ORGANISATION)
                        .named("Listázott licenz")
                        .send();

        List<AdminLicense> owned = admin.admin().licenses().ownedBy(PARTNER_ORGANISATION);

        assertThat(owned).contains(created);
        assertThat(owned)
                .allMatch(license -> license.organisationId().equals(PARTNER_ORGANISATION));
        assertThat(created.credits()).isZero();
    }
}
