package cn.fzmetro.portal.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Bytes addressed by their SHA-256. The default keeps them in a folder under the data
 * directory; an S3-compatible store can implement the same three operations later.
 */
interface BlobStore {

    /**
     * Takes the content of {@code source} (a file whose SHA-256 is {@code sha256}) into the store.
     * Storing content that is already there keeps the one copy. {@code source} is gone afterwards.
     *
     * @return true if new bytes were written, false if the content was already stored
     */
    boolean put(String sha256, Path source, long size) throws IOException;

    /**
     * Takes bytes held in memory (whose SHA-256 is {@code sha256}) into the store, like {@link #put}.
     *
     * @return true if new bytes were written, false if the content was already stored
     */
    boolean put(String sha256, byte[] bytes) throws IOException;

    boolean contains(String sha256) throws IOException;

    InputStream open(String sha256) throws IOException;
}
