package io.vhelpi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vhelpi.core.Channel;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvitationValidatorTest {

    private static final String LICENSE = "5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01";

    @Test
    void validSmsInvitationIsNormalised() {
        ValidInvitation invitation =
                InvitationValidator.validate(
                        new InvitationDraft(
                                "SMS",
                                LICENSE,
                                " KAR2025001 ",
                                "+36 30 616 7347",
                                null,
                                "CLAIM-2025-000123-HU"));

        assertThat(invitation.channel()).isEqualTo(Channel.SMS);
        assertThat(invitation.licenseId()).isEqualTo(LICENSE);
        assertThat(invitation.caseNumber().value()).isEqualTo("KAR2025001");
        assertThat(invitation.phone().e164()).isEqualTo("+36306167347");
        assertThat(invitation.email()).isNull();
        assertThat(invitation.externalReference().value()).isEqualTo("CLAIM-2025-000123-HU");
        assertThat(invitation.recipient()).isEqualTo("+36306167347");
    }

    @Test
    void validEmailInvitationAcceptsLowerCaseChannelAndBlankPhone() {
        ValidInvitation invitation =
                InvitationValidator.validate(
                        new InvitationDraft(
                                "email", LICENSE, "KAR2025001", "  ", "kovacs@példa.hu", ""));

        assertThat(invitation.channel()).isEqualTo(Channel.EMAIL);
        assertThat(invitation.email().value()).isEqualTo("kovacs@xn--plda-bpa.hu");
        assertThat(invitation.phone()).isNull();
        assertThat(invitation.externalReference()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"SMS, SMS", "sms, SMS", "Sms, SMS", "EMAIL, EMAIL", "Email, EMAIL"})
    void channelNameIsNormalised(String raw, Channel channel) {
        InvitationDraft draft =
                channel == Channel.SMS
                        ? new InvitationDraft(raw, LICENSE, "KAR2025001", "06306167347", null, null)
                        : new InvitationDraft(raw, LICENSE, "KAR2025001", null, "a@b.hu", null);

        assertThat(InvitationValidator.validate(draft).channel()).isEqualTo(channel);
    }

    @Test
    void toStringMasksTheContact() {
        ValidInvitation sms =
                InvitationValidator.validate(
                        new InvitationDraft(
                                "SMS", LICENSE, "KAR2025001", "06306167347", null, null));
        ValidInvitation email =
                InvitationValidator.validate(
                        new InvitationDraft(
                                "EMAIL", LICENSE, "KAR2025001", null, "kovacs@pelda.hu", null));

        assertThat(sms.toString()).contains("phone=+36 30 *** **47").doesNotContain("6167347");
        assertThat(email.toString()).contains("email=k***@p***.hu").doesNotContain("kovacs");
    }

    @Test
    void draftToStringMasksTheContact() {
        InvitationDraft draft =
                new InvitationDraft(
                        "SMS", LICENSE, "KAR2025001", "06306167347", "kovacs@pelda.hu", null);

        assertThat(draft.toString()).doesNotContain("6167347").doesNotContain("kovacs");
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        InvitationDraft draft =
                new InvitationDraft(
                        "SMS", " ", "KAR2025", "06 1 234 5678", "kovacs@pelda.hu", "x".repeat(101));

        ValidationException e = rejection(draft);

        assertThat(e.violations())
                .extracting(Violation::field, Violation::code, Violation::args)
                .containsExactly(
                        tuple("licenseId", "required", List.of()),
                        tuple("caseNumber", "case_number_length", List.of(7)),
                        tuple("phone", "phone_not_mobile", List.of("landline")),
                        tuple("email", "not_allowed", List.of("SMS")),
                        tuple("externalReference", "too_long", List.of(100, 101)));
        assertThat(e.getMessage())
                .startsWith("5 fields are invalid: licenseId (This field is required.), caseNumber")
                .contains("phone (The phone number is a Hungarian landline, not a mobile number.)")
                .doesNotContain("234 5678");
    }

    @Test
    void emailChannelRequiresEmailAndForbidsPhone() {
        ValidationException e =
                rejection(
                        new InvitationDraft(
                                "EMAIL", LICENSE, "KAR2025001", "06306167347", null, null));

        assertThat(e.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("phone", "not_allowed"), tuple("email", "required"));
    }

    @Test
    void smsChannelRequiresPhone() {
        ValidationException e =
                rejection(new InvitationDraft("SMS", LICENSE, "KAR2025001", null, null, null));

        assertThat(e.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("phone", "required"));
        assertThat(e.getMessage())
                .isEqualTo("1 field is invalid: phone (This field is required.).");
    }

    @Test
    void invalidChannelStillChecksTheOtherFieldsAndThePresentContact() {
        ValidationException e =
                rejection(
                        new InvitationDraft(
                                "FAX",
                                "x".repeat(65),
                                "KAR2025\n001",
                                "+44 7911 123456",
                                "",
                                null));

        assertThat(e.violations())
                .extracting(Violation::field, Violation::code, Violation::args)
                .containsExactly(
                        tuple("channel", "invalid_value", List.of("SMS, EMAIL")),
                        tuple("licenseId", "too_long", List.of(64, 65)),
                        tuple("caseNumber", "case_number_invalid_character", List.of("U+000A", 8)),
                        tuple("phone", "phone_not_hungarian", List.of("+44", "GB")));
        assertThat(e.violations().get(0).message(Locale.ENGLISH))
                .isEqualTo("The value is not one of the allowed values (SMS, EMAIL).");
    }

    @Test
    void missingEverythingIsReportedFieldByField() {
        ValidationException e = rejection(new InvitationDraft(null, null, null, null, null, null));

        assertThat(e.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple("channel", "required"),
                        tuple("licenseId", "required"),
                        tuple("caseNumber", "required"));
        assertThat(rejection(null).violations()).isEqualTo(e.violations());
    }

    @Test
    void summaryComesInHungarian() {
        ValidationException e =
                rejection(new InvitationDraft("SMS", LICENSE, "KAR2025001", null, null, null));

        assertThat(e.message(new Locale("hu", "HU")))
                .isEqualTo("1 mező hibás: phone (Ez a mező kötelező.).");
    }

    private static ValidationException rejection(InvitationDraft draft) {
        try {
            InvitationValidator.validate(draft);
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("accepted " + draft);
    }
}
