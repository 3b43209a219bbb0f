package io.vhelpi.core.privacy;

import io.vhelpi.core.Channel;

/**
 * Masks personal data and secrets so that they can appear in logs and {@code toString()} without
 * revealing the full value. Every method accepts {@code null} and then returns {@code "null"}; none
 * of them throws on malformed input.
 */
public final class Masking {

    private static final String NULL = "null";
    private static final String ELLIPSIS = "…";
    private static final int SECRET_VISIBLE = 4;
    private static final int SECRET_MIN_LENGTH = 12;
    private static final int LINK_VISIBLE = 4;
    private static final int LINK_SEGMENT_MIN_LENGTH = 8;

    private Masking() {}

    /**
     * Masks a phone number in any notation. A Hungarian mobile number keeps its country code, its
     * operator code and its last two digits ({@code +36 30 *** **47}); any other number keeps its
     * first three characters and its last two digits.
     *
     * @param anyPhone a phone number as written anywhere, or {@code null}
     * @return the masked number
     */
    public static String phone(String anyPhone) {
        if (anyPhone == null) {
            return NULL;
        }

        String compact = compactPhone(anyPhone);
        if (compact.length() == 12 && compact.startsWith("+36")) {
            return "+36 " + compact.substring(3, 5) + " *** **" + compact.substring(10);
        }
        if (compact.length() <= 5) {
            return "***";
        }

        int hiddenDigits = compact.length() - 5;
        return compact.substring(0, 3)
                + "*".repeat(hiddenDigits)
                + compact.substring(3 + hiddenDigits);
    }

    /**
     * Masks an e-mail address: the first character of the local part and of the domain stay, and so
     * does the top-level domain ({@code k***@p***.hu}).
     *
     * @param anyEmail an e-mail address, or {@code null}
     * @return the masked address
     */
    public static String email(String anyEmail) {
        if (anyEmail == null) {
            return NULL;
        }

        String trimmed = anyEmail.strip();
        int at = trimmed.lastIndexOf('@');
        if (at < 0) {
            return firstCharacter(trimmed) + "***";
        }

        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1);
        int lastDot = domain.lastIndexOf('.');
        String topLevel = lastDot > 0 ? domain.substring(lastDot) : "";
        return firstCharacter(local) + "***@" + firstCharacter(domain) + "***" + topLevel;
    }

    /**
     * Masks a customer's contact as its channel carries it: a phone number for SMS, an e-mail
     * address for e-mail.
     *
     * @param channel how the customer is reached
     * @param recipient the phone number or e-mail address, or {@code null}
     * @return the masked contact
     */
    public static String recipient(Channel channel, String recipient) {
        return channel == Channel.SMS ? phone(recipient) : email(recipient);
    }

    /**
     * Masks a secret such as an API key: its first four characters followed by an ellipsis. Values
     * shorter than twelve characters are hidden completely.
     *
     * @param key the secret, or {@code null}
     * @return the masked secret
     */
    public static String secret(String key) {
        if (key == null) {
            return NULL;
        }
        if (key.length() < SECRET_MIN_LENGTH) {
            return ELLIPSIS;
        }
        return key.substring(0, SECRET_VISIBLE) + ELLIPSIS;
    }

    /**
     * Masks a link that carries a secret token in its last path segment: scheme, host and path up
     * to the last {@code /} stay, then the first four characters of the last segment and an
     * ellipsis. User information, query and fragment are dropped.
     *
     * @param url the link, or {@code null}
     * @return the masked link
     */
    public static String link(String url) {
        if (url == null) {
            return NULL;
        }

        String withoutQuery = cutAtAny(url.strip(), "?#");
        int schemeEnd = withoutQuery.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : withoutQuery.substring(0, schemeEnd + 3);
        String rest = schemeEnd < 0 ? withoutQuery : withoutQuery.substring(schemeEnd + 3);

        int pathStart = rest.indexOf('/');
        String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
        String path = pathStart < 0 ? "" : rest.substring(pathStart);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (schemeEnd >= 0 && path.isEmpty()) {
            return scheme + authority;
        }
        if (schemeEnd < 0) {
            path = authority + path;
            authority = "";
        }

        int lastSlash = path.lastIndexOf('/');
        String directory = path.substring(0, lastSlash + 1);
        String segment = path.substring(lastSlash + 1);
        if (segment.isEmpty()) {
            return scheme + authority + directory;
        }
        String visible =
                segment.length() < LINK_SEGMENT_MIN_LENGTH
                        ? ""
                        : segment.substring(0, LINK_VISIBLE);
        return scheme + authority + directory + visible + ELLIPSIS;
    }

    private static String compactPhone(String phone) {
        StringBuilder compact = new StringBuilder();
        phone.strip()
                .codePoints()
                .filter(c -> (c >= '0' && c <= '9') || (c == '+' && compact.length() == 0))
                .forEach(compact::appendCodePoint);
        return compact.toString();
    }

    private static String firstCharacter(String text) {
        if (text.isEmpty()) {
            return "";
        }
        return new String(Character.toChars(text.codePointAt(0)));
    }

    private static String cutAtAny(String text, String stopCharacters) {
        for (int i = 0; i < text.length(); i++) {
            if (stopCharacters.indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
