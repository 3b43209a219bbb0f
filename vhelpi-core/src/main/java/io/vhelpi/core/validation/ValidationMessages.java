package io.vhelpi.core.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The English and Hungarian messages of the validation codes, which a host application may show to
 * an operator. Hungarian is chosen for a locale whose language is {@code hu}; every other locale,
 * and {@code null}, gets English.
 *
 * <p>Some codes have more precise variants: when the first argument is a string and the bundle
 * holds the key {@code code.argument} (such as {@code phone_not_mobile.landline}), that message is
 * used. For {@code phone_not_hungarian} the second argument, a region code, is shown as the
 * country's name in the message's language.
 */
public final class ValidationMessages {

    private static final Locale HUNGARIAN = new Locale("hu");
    private static final Properties ENGLISH_MESSAGES = load("messages.properties");
    private static final Properties HUNGARIAN_MESSAGES = load("messages_hu.properties");

    private ValidationMessages() {}

    /**
     * Returns the message of a code in the given language.
     *
     * @param code a validation code, see {@link ValidationCodes}
     * @param locale the operator's locale; {@code null} or any non-Hungarian locale gives English
     * @param args the arguments of the code
     * @return the message; the code itself when it is unknown
     */
    public static String message(String code, Locale locale, Object... args) {
        Objects.requireNonNull(code, "code");
        Object[] arguments = args == null ? new Object[0] : args.clone();
        boolean hungarian = locale != null && HUNGARIAN.getLanguage().equals(locale.getLanguage());
        Properties messages = hungarian ? HUNGARIAN_MESSAGES : ENGLISH_MESSAGES;
        Locale language = hungarian ? HUNGARIAN : Locale.ENGLISH;

        String key = keyFor(code, arguments);
        if (ValidationCodes.PHONE_NOT_HUNGARIAN.equals(code) && arguments.length >= 2) {
            String country = countryName(arguments[1], language);
            if (country == null) {
                key = code + ".no_country";
            } else {
                arguments[1] = country;
            }
        }

        String pattern = messages.getProperty(key, ENGLISH_MESSAGES.getProperty(key));
        if (pattern == null) {
            return code;
        }
        return new MessageFormat(pattern, language).format(arguments);
    }

    /**
     * Tells whether both languages hold a message for a key.
     *
     * @param key a code or a code variant such as {@code phone_not_mobile.landline}
     * @return {@code true} if English and Hungarian both have it
     */
    public static boolean hasMessage(String key) {
        return ENGLISH_MESSAGES.containsKey(key) && HUNGARIAN_MESSAGES.containsKey(key);
    }

    private static String keyFor(String code, Object[] arguments) {
        if (arguments.length > 0 && arguments[0] instanceof String variant) {
            String key = code + "." + variant;
            if (ENGLISH_MESSAGES.containsKey(key)) {
                return key;
            }
        }
        return code;
    }

    private static String countryName(Object regionCode, Locale language) {
        if (!(regionCode instanceof String region) || region.equals("ZZ") || region.equals("001")) {
            return null;
        }
        try {
            String name =
                    new Locale.Builder().setRegion(region).build().getDisplayCountry(language);
            return name.isEmpty() || name.equals(region) ? null : name;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + name);
            }
            // Read as UTF-8 on every JDK: Properties.load(InputStream) would assume ISO-8859-1.
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read message bundle " + name, e);
        }
        return properties;
    }
}
