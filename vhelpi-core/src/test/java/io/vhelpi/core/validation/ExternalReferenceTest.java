package io.vhelpi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalReferenceTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u00a0"})
    void missingReferenceIsNoReference(String raw) {
        assertThat(ExternalReference.parse(raw)).isNull();
    }

    @Test
    void referenceIsTrimmed() {
        assertThat(ExternalReference.parse(" CLAIM-2025-000123-HU ").value())
                .isEqualTo("CLAIM-2025-000123-HU");
    }

    @Test
    void hundredCharactersAreAcceptedAndMoreAreTooLong() {
        assertThat(ExternalReference.parse("é".repeat(100)).value()).hasSize(100);

        assertThatThrownBy(() -> ExternalReference.parse("x".repeat(101)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> {
                            assertThat(e.code()).isEqualTo("too_long");
                            assertThat(e.args()).containsExactly(100, 101);
                            assertThat(e.getMessage())
                                    .isEqualTo(
                                            "The value is too long: at most 100 characters are"
                                                    + " allowed; it has 101.");
                        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLAIM\n1", "CLAIM\u00001", "CLAIM\u200e1"})
    void controlAndFormatCharactersAreRejected(String raw) {
        assertThatThrownBy(() -> ExternalReference.parse(raw))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("invalid_character"));
    }
}
