package io.vhelpi.core.validation;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The claim number of the insurer's own case system: exactly {@value #LENGTH} characters as a
 * person counts them (Unicode code points after NFC normalisation), without control characters,
 * line breaks or invisible formatting characters. A case number is not personal data, so {@code
 * toString()} shows it.
 *
 * @param value the trimmed, NFC-normalised case number
 */
public record CaseNumber(String value) {

    /** The number of characters of every case number. */
    public static final int LENGTH = 10;

    /** The characters of random case numbers: no 0, O, 1, I or L, which are easily confused. */
    static final String RANDOM_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static final SecureRandom SECURE_RANDOM = new SecureRandom();

    /**
     * Creates the case number after trimming and normalising it.
     *
     * @throws InvalidValueException if it breaks a rule, see {@link #parse(String)}
     */
    public CaseNumber {
        value = normalise(value);
    }

    /**
     * Parses a case number: surrounding white space (the no-break space included) is removed, the
     * rest is NFC-normalised, so an accented letter counts as one character however it was typed.
     *
     * @param raw the case number as entered
     * @return the case number
     * @throws InvalidValueException with code {@code required}, {@code
     *     case_number_invalid_character} (arguments: the character as {@code U+XXXX}, its position)
     *     or {@code case_number_length} (argument: the number of characters)
     */
    public static CaseNumber parse(String raw) {
        return new CaseNumber(raw);
    }

    /**
     * Generates a random case number from a secure random source, for insurers without a case
     * system.
     *
     * @return a new case number of upper-case letters and digits without look-alikes
     */
    public static CaseNumber random() {
        return random(SECURE_RANDOM);
    }

    /**
     * Generates a random case number from the given source.
     *
     * @param rng the random source
     * @return a new case number of upper-case letters and digits without look-alikes
     */
    public static CaseNumber random(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        StringBuilder value = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            value.append(RANDOM_ALPHABET.charAt(rng.nextInt(RANDOM_ALPHABET.length())));
        }
        return new CaseNumber(value.toString());
    }

    /** Returns the case number itself. */
    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String raw) {
        if (Text.isBlank(raw)) {
            throw new InvalidValueException(ValidationCodes.REQUIRED);
        }

        String value = Text.nfc(Text.trim(raw));
        Text.rejectInvisibleCharacters(value, ValidationCodes.CASE_NUMBER_INVALID_CHARACTER);

        int length = Text.length(value);
        if (length != LENGTH) {
            throw new InvalidValueException(ValidationCodes.CASE_NUMBER_LENGTH, length);
        }
        return value;
    }
}
