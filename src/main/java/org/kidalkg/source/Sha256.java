package org.kidalkg.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as the project writes it (lower-case hex): of a source text, of bytes, or fed piece by piece. */
public final class Sha256 {
    private Sha256() {}

    /** The digest of {@code text}'s UTF-8 bytes: what {@code kkg:sha256} records of a source text. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String of(byte[] bytes) {
        return hex(newDigest().digest(bytes));
    }

    /** A fresh digest to feed piece by piece; {@link #hex} turns its result into text. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
