package cn.fzmetro.portal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Service;

/**
 * Files the portal writes itself (a notice's PDF), kept in the same content-addressed store as
 * uploads, so that they do not travel through the database as large values on every issue.
 * Nothing is inspected (the portal made the bytes) and no owner or access policy applies: the
 * calling module keeps the SHA-256 and decides who may read the file. Scheduled work may write
 * here with nobody signed in.
 */
@Service
public class GeneratedFiles {

    private final BlobStore blobs;

    GeneratedFiles(BlobStore blobs) {
        this.blobs = blobs;
    }

    /**
     * Keeps {@code bytes} under their SHA-256 and returns it (lower-case hex). Keeping the same
     * bytes again stores nothing new.
     */
    public String keep(byte[] bytes) {
        String sha256 = sha256(bytes);
        try {
            blobs.put(sha256, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("generated file " + sha256 + " could not be stored", e);
        }
        return sha256;
    }

    /**
     * The bytes kept under {@code sha256}, checked against it: a file changed or damaged in the
     * store is refused rather than handed out as the original.
     *
     * @throws IllegalStateException the store has no such file, or its bytes no longer match
     */
    public byte[] read(String sha256) {
        byte[] bytes;
        try (InputStream in = blobs.open(sha256)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("generated file " + sha256 + " is missing from the file store", e);
        }
        if (!sha256(bytes).equals(sha256)) {
            throw new IllegalStateException("generated file " + sha256 + " no longer matches its fingerprint");
        }
        return bytes;
    }

    /** Lower-case hex SHA-256, as stored and shown (a notice's fingerprint). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
