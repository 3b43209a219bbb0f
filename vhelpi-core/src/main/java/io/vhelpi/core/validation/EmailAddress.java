package io.vhelpi.core.validation;

import io.vhelpi.core.privacy.Masking;
import java.net.IDN;
import java.util.Locale;

/**
 * One e-mail address in plain {@code local@domain} form. An international domain is kept in its
 * ASCII (punycode) form and lower case. Its {@code toString()} is masked, because an e-mail address
 * is personal data.
 *
 * @param value the normalised address, e.g. {@code kovacs.janos@xn--plda-bpa.hu}
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LABEL = 63;
    private static final String ATOM_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    /**
     * Creates the address after checking and normalising it.
     *
     * @throws InvalidValueException if it breaks a rule, see {@link #parse(String)}
     */
    public EmailAddress {
        value = normalise(value);
    }

    /**
     * Parses one e-mail address. Display names, angle brackets, comments, quoted local parts and
     * lists of addresses are rejected, and so is any line break or control character, which could
     * smuggle extra mail headers.
     *
     * @param raw the address as entered
     * @return the address
     * @throws InvalidValueException with code {@code required}, {@code invalid_character}
     *     (arguments: the character as {@code U+XXXX}, its position) or {@code email_invalid}
     *     (argument: the kind of problem)
     */
    public static EmailAddress parse(String raw) {
        return new EmailAddress(raw);
    }

    /**
     * Returns the address masked for logs, e.g. {@code k***@x***.hu}.
     *
     * @return the masked address
     */
    public String masked() {
        return Masking.email(value);
    }

    /** Returns the masked address. */
    @Override
    public String toString() {
        return masked();
    }

    private static String normalise(String raw) {
        if (Text.isBlank(raw)) {
            throw new InvalidValueException(ValidationCodes.REQUIRED);
        }

        // A line break anywhere, even where trimming would drop it, is a header trick.
        Text.rejectLineBreaks(raw, ValidationCodes.INVALID_CHARACTER);
        String text = Text.trim(raw);
        Text.rejectInvisibleCharacters(text, ValidationCodes.INVALID_CHARACTER);
        rejectNonPlainForms(text);

        int at = text.indexOf('@');
        if (at < 0) {
            throw invalid("missing_at");
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        checkLocalPart(local);

        String address = local + "@" + asciiDomain(domain);
        if (address.length() > MAX_LENGTH) {
            throw invalid("too_long");
        }
        return address;
    }

    private static void rejectNonPlainForms(String text) {
        if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0) {
            throw invalid("several_addresses");
        }
        if (text.chars().anyMatch(c -> "<>\"()[]\\:".indexOf(c) >= 0)) {
            throw invalid("display_name");
        }
        if (text.codePoints()
                .anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw invalid("space");
        }
        if (text.indexOf('@') != text.lastIndexOf('@')) {
            throw new InvalidValueException(ValidationCodes.EMAIL_INVALID);
        }
    }

    /** The local part must be an RFC 5322 dot-atom of ASCII characters. */
    private static void checkLocalPart(String local) {
        boolean valid =
                !local.isEmpty()
                        && local.length() <= MAX_LOCAL_PART
                        && !local.startsWith(".")
                        && !local.endsWith(".")
                        && !local.contains("..")
                        && local.chars().allMatch(EmailAddress::isAtomTextOrDot);
        if (!valid) {
            throw invalid("local_part");
        }
    }

    private static boolean isAtomTextOrDot(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || ATOM_SPECIALS.indexOf(c) >= 0;
    }

    private static String asciiDomain(String domain) {
        if (domain.isEmpty() || domain.endsWith(".") || domain.endsWith("。")) {
            throw invalid("domain");
        }

        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid("domain");
        }

        String[] labels = ascii.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()
                    || label.length() > MAX_LABEL
                    || label.startsWith("-")
                    || label.endsWith("-")
                    || !label.chars().allMatch(EmailAddress::isLetterDigitHyphen)) {
                throw invalid("domain");
            }
        }
        if (labels.length < 2 || !isTopLevelDomain(labels[labels.length - 1])) {
            throw invalid("tld");
        }
        return ascii;
    }

    private static boolean isLetterDigitHyphen(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean isTopLevelDomain(String label) {
        return label.startsWith("xn--")
                || (label.length() >= 2 && label.chars().allMatch(c -> c >= 'a' && c <= 'z'));
    }

    private static InvalidValueException invalid(String kind) {
        return new InvalidValueException(ValidationCodes.EMAIL_INVALID, kind);
    }
}
