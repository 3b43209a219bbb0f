package io.vhelpi.sdk.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The SDK's own texts for error codes, in English and Hungarian. */
final class ErrorMessages {

    private static final String FALLBACK_CODE = "unexpected_error";

    private static final Map<String, Properties> TEXTS =
            Map.of("en", load("messages.properties"), "hu", load("messages_hu.properties"));

    private ErrorMessages() {}

    /**
     * The text for an error code in the given language; English for any other language and the
     * generic text for a code without one of its own.
     */
    static String text(String code, Locale locale) {
        Properties texts = TEXTS.getOrDefault(locale.getLanguage(), TEXTS.get("en"));
        String text = code == null ? null : texts.getProperty(code);
        return text != null ? text : texts.getProperty(FALLBACK_CODE);
    }

    /** The label that introduces the request id in a message. */
    static String requestIdLabel(Locale locale) {
        return text("request_id_label", locale);
    }

    // Read explicitly as UTF-8: the Hungarian texts must not depend on the platform encoding.
    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = ErrorMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
