package io.vhelpi.server.domain.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret in the customer's link. 24 characters drawn from letters and digits carry about 142
 * random bits, and contain nothing an SMS carrier or mail client would rewrite. Only {@link
 * #hash()} is stored; the token itself exists in the invitation and the customer's hands.
 */
public record JoinToken(String value) {

    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Draws a new token from a cryptographically strong source. */
    public static JoinToken generate() {
        StringBuilder token = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new JoinToken(token.toString());
    }

    /**
     * Whether a string from a URL can be a token at all; anything else is answered as unknown
     * without touching the database.
     */
    public static boolean isWellFormed(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return false;
        }
        return candidate.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** The SHA-256 of the token in lower-case hex: what the database keeps. */
    public String hash() {
        return sha256Hex(value);
    }

    /** SHA-256 in lower-case hex, for tokens and API keys. */
    public static String sha256Hex(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "JoinToken[" + value.substring(0, 4) + "…]";
    }
}
