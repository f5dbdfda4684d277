package cn.fzmetro.portal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Inspects an upload before anything is kept. The bytes are streamed to a temporary file while
 * being counted and hashed (never held in memory as a whole), refused early when the declared or
 * the actual size is over the limit, then examined from the bytes in a worker thread with a time
 * bound, so a hostile file cannot hold a request thread for long.
 */
@Component
class FileInspector {

    static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(FileInspector.class);
    private static final int BUFFER = 64 * 1024;

    private final long maxFileBytes;
    private final Path tempDir;
    private final Duration timeout;
    private final ContentExaminer examiner;
    private final ExecutorService workers;

    @Autowired
    FileInspector(@Value("${portal.upload.max-file-bytes:" + DEFAULT_MAX_FILE_BYTES + "}") long maxFileBytes,
            @Value("${portal.data-dir}") Path dataDir,
            @Value("${portal.upload.inspection-timeout:10s}") Duration timeout) {
        this(maxFileBytes, FileSystemBlobStore.tempDirOf(dataDir), timeout, null);
    }

    /** For tests: a small limit, a private folder, a short time bound or a stand-in examiner. */
    FileInspector(long maxFileBytes, Path tempDir, Duration timeout, ContentExaminer examiner) {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("portal.upload.max-file-bytes must be positive");
        }
        this.maxFileBytes = maxFileBytes;
        this.tempDir = tempDir;
        this.timeout = timeout;
        this.examiner = examiner != null ? examiner : new BytesExaminer(tempDir);
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "file-inspection-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Once the portal serves requests, loads the detectors in a worker instead of during the start or the first upload. */
    @EventListener(ApplicationReadyEvent.class)
    void loadDetectors() {
        workers.submit(BytesExaminer::load);
    }

    long maxFileBytes() {
        return maxFileBytes;
    }

    Path tempDir() {
        return tempDir;
    }

    /**
     * @param originalName the name the browser sent (only shown, never used to decide the type)
     * @param declaredSize the size the upload announced, or a negative number if unknown
     * @throws FileRefusedException with the reason and a message naming the file
     */
    InspectedFile inspect(String originalName, InputStream in, long declaredSize) {
        String name = FileNames.sanitize(originalName);
        String limit = FileNames.humanSize(maxFileBytes);
        if (declaredSize > maxFileBytes) {
            throw refused(new Refusal(RefusalReason.TOO_LARGE, FileNames.humanSize(declaredSize), limit), name);
        }
        Path temp = createTempFile();
        try {
            MessageDigest sha256 = sha256();
            long size = spool(in, temp, sha256);
            if (size > maxFileBytes) {
                throw new Refusal(RefusalReason.TOO_LARGE, "> " + limit, limit);
            }
            if (size == 0) {
                throw new Refusal(RefusalReason.EMPTY);
            }
            if (declaredSize >= 0 && declaredSize != size) {
                throw new Refusal(RefusalReason.INCOMPLETE, FileNames.humanSize(size), FileNames.humanSize(declaredSize));
            }
            ContentExaminer.Examined examined = examineInTime(temp);
            InspectedFile accepted = new InspectedFile(name, HexFormat.of().formatHex(sha256.digest()), size,
                    examined.contentType(), examined.pageCount(), temp);
            temp = null;
            return accepted;
        } catch (Refusal r) {
            throw refused(r, name);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private FileRefusedException refused(Refusal refusal, String name) {
        log.info("Upload {} refused: {}", name, refusal.reason());
        return refusal.forFile(name);
    }

    /** Copies at most one byte more than the limit, hashing as it goes; the file is on disk when this returns. */
    private long spool(InputStream in, Path temp, MessageDigest sha256) {
        long total = 0;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, maxFileBytes + 1 - total))) > 0) {
                total += n;
                sha256.update(buffer, 0, n);
                out.write(buffer, 0, n);
                if (total > maxFileBytes) {
                    return total;
                }
            }
            channel.force(true);
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException("upload could not be received", e);
        }
    }

    private ContentExaminer.Examined examineInTime(Path file) {
        Future<ContentExaminer.Examined> task = workers.submit(() -> examiner.examine(file));
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // PDFBox reads through an interruptible channel: the interrupt ends the parse
            task.cancel(true);
            log.warn("Inspection of an upload took longer than {}; refused as damaged", timeout);
            throw new Refusal(RefusalReason.DAMAGED);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Refusal refusal) {
                throw refusal;
            }
            if (cause instanceof IOException || cause instanceof RuntimeException || cause instanceof StackOverflowError) {
                log.info("Upload could not be parsed: {}", cause.toString());
                throw new Refusal(RefusalReason.DAMAGED);
            }
            throw new IllegalStateException("inspection failed", cause);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("inspection interrupted"));
        }
    }

    private Path createTempFile() {
        try {
            Files.createDirectories(tempDir);
            return Files.createTempFile(tempDir, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary file in " + tempDir, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Temporary upload {} could not be deleted: {}", file, e.toString());
        }
    }

    @PreDestroy
    void shutdown() {
        workers.shutdownNow();
    }
}
