package io.vhelpi.server.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a kept answer with a key derived from the idempotency key (AES-256-GCM), so that the
 * answers of create calls, which carry the customer's link, are unreadable in the database: only
 * the caller, who holds the idempotency key, can have them revealed.
 */
final class AnswerProtection {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AnswerProtection() {}

    static String protect(String organisationId, String idempotencyKey, String answer) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, organisationId, idempotencyKey, nonce);
            byte[] sealed = cipher.doFinal(answer.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(
                            ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is provided by every Java runtime", e);
        }
    }

    static String reveal(String organisationId, String idempotencyKey, String protectedAnswer) {
        try {
            byte[] stored = Base64.getDecoder().decode(protectedAnswer);
            byte[] nonce = java.util.Arrays.copyOfRange(stored, 0, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, organisationId, idempotencyKey, nonce);
            byte[] answer = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return new String(answer, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A kept answer could not be decrypted", e);
        }
    }

    private static Cipher cipher(int mode, String organisationId, String key, byte[] nonce)
            throws GeneralSecurityException {
        byte[] secret =
                MessageDigest.getInstance("SHA-256")
                        .digest(
                                ("vhelpi idempotent answer\n" + organisationId + "\n" + key)
                                        .getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(organisationId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
