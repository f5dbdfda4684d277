package cn.fzmetro.portal.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Content-addressed files under {@code ${portal.data-dir}/files}: {@code ab/cd/<sha256>} (the first
 * two byte pairs of the hash as folders, so no folder grows too large). The folder is outside
 * the web root; nothing serves it directly. Uploads arrive in {@code files/tmp} (same file system)
 * and are moved into place atomically, so a reader never sees half a file.
 */
@Component
class FileSystemBlobStore implements BlobStore {

    private static final Logger log = LoggerFactory.getLogger(FileSystemBlobStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Temporary uploads older than this are left over from a crash and are removed at start. */
    private static final Duration STALE = Duration.ofDays(1);

    private final Path root;
    private final Path tempDir;
    private final Clock clock;

    FileSystemBlobStore(@Value("${portal.data-dir}") Path dataDir, Clock clock) {
        this.root = rootOf(dataDir);
        this.tempDir = tempDirOf(dataDir);
        this.clock = clock;
    }

    static Path rootOf(Path dataDir) {
        return dataDir.resolve("files");
    }

    static Path tempDirOf(Path dataDir) {
        return rootOf(dataDir).resolve("tmp");
    }

    @PostConstruct
    void removeStaleUploads() throws IOException {
        Files.createDirectories(tempDir);
        Instant limit = clock.instant().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tempDir)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(limit)) {
                    Files.deleteIfExists(file);
                    log.info("Removed stale temporary upload {}", file.getFileName());
                }
            }
        }
    }

    /** Where the bytes with this hash live. */
    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Override
    public boolean put(String sha256, Path source, long size) throws IOException {
        Path target = pathOf(sha256);
        if (holds(target, size)) {
            Files.deleteIfExists(source);
            return false;
        }
        Files.createDirectories(target.getParent());
        Path staging = source;
        if (!source.getParent().equals(tempDir)) {
            // not from our own temporary folder: copy next to the store first, so the final move is atomic
            staging = Files.createTempFile(tempDir, "blob-", ".part");
            Files.copy(source, staging, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(source);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // stored by someone else meanwhile: same hash, same bytes
            Files.deleteIfExists(staging);
            return false;
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(staging);
            throw new IOException("the temporary folder " + tempDir + " must be on the same file system as " + root, e);
        }
        return true;
    }

    @Override
    public boolean put(String sha256, byte[] bytes) throws IOException {
        if (holds(pathOf(sha256), bytes.length)) {
            return false;
        }
        // written next to the store first, so the move into place is atomic like an upload's
        Path staging = Files.createTempFile(tempDir, "blob-", ".part");
        try {
            Files.write(staging, bytes);
        } catch (IOException e) {
            Files.deleteIfExists(staging);
            throw e;
        }
        return put(sha256, staging, bytes.length);
    }

    /** Whether the content is stored already (a file of another size is a damaged copy, replaced). */
    private static boolean holds(Path target, long size) throws IOException {
        return Files.isRegularFile(target) && Files.size(target) == size;
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }
}
