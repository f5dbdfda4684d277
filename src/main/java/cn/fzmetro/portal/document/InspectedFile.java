package cn.fzmetro.portal.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload that passed inspection, held in a temporary file until it is stored. Close it
 * (try-with-resources) when done: storing it moves the bytes into the store, closing it without
 * storing deletes them.
 */
public final class InspectedFile implements AutoCloseable {

    private final String originalName;
    private final String sha256;
    private final long size;
    private final String contentType;
    private final int pageCount;
    private Path content;

    InspectedFile(String originalName, String sha256, long size, String contentType, int pageCount, Path content) {
        this.originalName = originalName;
        this.sha256 = sha256;
        this.size = size;
        this.contentType = contentType;
        this.pageCount = pageCount;
        this.content = content;
    }

    /** Sanitized original name: no path parts, no control characters, at most 100 characters. */
    public String originalName() {
        return originalName;
    }

    /** Lowercase hex SHA-256 of the bytes. */
    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    /** The type detected from the bytes: application/pdf, image/jpeg, image/png or application/ofd. */
    public String contentType() {
        return contentType;
    }

    /** Pages of a PDF or OFD; 1 for an image. */
    public int pageCount() {
        return pageCount;
    }

    /** False once stored or closed. */
    public synchronized boolean isAvailable() {
        return content != null;
    }

    /** Hands the temporary file over to the store; afterwards this object holds nothing. */
    synchronized Path takeContent() {
        if (content == null) {
            throw new IllegalStateException("file " + originalName + " was already stored or closed");
        }
        Path taken = content;
        content = null;
        return taken;
    }

    @Override
    public synchronized void close() {
        if (content != null) {
            try {
                Files.deleteIfExists(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                content = null;
            }
        }
    }

    @Override
    public String toString() {
        return "InspectedFile[" + originalName + ", " + contentType + ", " + size + " bytes, sha256=" + sha256 + "]";
    }
}
