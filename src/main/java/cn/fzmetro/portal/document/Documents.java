package cn.fzmetro.portal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.PortalUser;

/**
 * Checked uploads and the file store, for the modules that take uploads (filing, intake) and
 * those that show them.
 *
 * <ul>
 * <li>{@link #inspect} checks an upload from its bytes and refuses it with a
 * {@link FileRefusedException} (reason and a message naming the file) or returns an
 * {@link InspectedFile};</li>
 * <li>{@link #store} keeps an inspected file for an owner the calling module names
 * ({@code ownerType}, {@code ownerId}, e.g. {@code CASE} and the case id), within the per-owner
 * total limit. The calling module vouches that the signed-in user may add files to that owner;</li>
 * <li>{@link #find}, {@link #list} and {@link #open} return only what the signed-in user may read,
 * as decided by the {@link FileAccessPolicy} beans of the owning modules: a file nobody allows
 * looks exactly like a file that does not exist.</li>
 * </ul>
 * Every method requires a signed-in user.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Documents {

    static final long DEFAULT_MAX_CASE_BYTES = 200L * 1024 * 1024;
    private static final Pattern OWNER_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final FileInspector inspector;
    private final FileRecordRepository records;
    private final BlobStore blobs;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<FileAccessPolicy> policies;
    private final JdbcTemplate jdbc;
    private final long maxCaseBytes;

    Documents(FileInspector inspector, FileRecordRepository records, BlobStore blobs, CurrentUser currentUser,
            Clock clock, ObjectProvider<FileAccessPolicy> policies, JdbcTemplate jdbc,
            @Value("${portal.upload.max-case-bytes:" + DEFAULT_MAX_CASE_BYTES + "}") long maxCaseBytes) {
        this.inspector = inspector;
        this.records = records;
        this.blobs = blobs;
        this.currentUser = currentUser;
        this.clock = clock;
        this.policies = policies;
        this.jdbc = jdbc;
        this.maxCaseBytes = maxCaseBytes;
    }

    /** The configured limits, for upload components to announce and pre-check. */
    public UploadLimits limits() {
        return new UploadLimits(inspector.maxFileBytes(), maxCaseBytes);
    }

    /**
     * Inspects an upload from its bytes. The result holds the bytes in a temporary file: store it
     * or close it.
     *
     * @param originalName the name the browser sent; only sanitized and shown, never trusted
     * @param declaredSize the size the upload announced, or -1 if unknown
     * @throws FileRefusedException if the file is empty, too large, incomplete, a program, an
     *                              archive, an encrypted or damaged PDF, or of any other type
     */
    public InspectedFile inspect(String originalName, InputStream in, long declaredSize) {
        return inspector.inspect(originalName, in, declaredSize);
    }

    /**
     * Stores an inspected file for an owner. Content already in the store is kept once.
     *
     * @throws FileRefusedException with {@link RefusalReason#CASE_LIMIT} if the owner's files
     *                              would exceed {@code portal.upload.max-case-bytes}; nothing is stored
     */
    @Transactional
    public StoredFile store(InspectedFile file, String ownerType, long ownerId) {
        checkOwner(ownerType, ownerId);
        if (!file.isAvailable()) {
            throw new IllegalStateException(file + " was already stored or closed");
        }
        PortalUser user = currentUser.require();
        long total = storedBytes(ownerType, ownerId) + file.size();
        if (total > maxCaseBytes) {
            throw new Refusal(RefusalReason.CASE_LIMIT, FileNames.humanSize(total), FileNames.humanSize(maxCaseBytes))
                    .forFile(file.originalName());
        }
        try {
            boolean written = blobs.put(file.sha256(), file.takeContent(), file.size());
            log.debug("Stored {} for {} {} ({})", file, ownerType, ownerId, written ? "new content" : "known content");
        } catch (IOException e) {
            throw new UncheckedIOException("file " + file.originalName() + " could not be stored", e);
        }
        // whole seconds: MySQL Connector/J drops fractions on servers it takes for MySQL 5.5 (MariaDB)
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return records.save(new FileRecord(file, ownerType, ownerId, user.id(), now)).toStoredFile();
    }

    /**
     * Inspects and stores in one step; see {@link #inspect} and {@link #store(InspectedFile, String, long)}.
     * Not one transaction: no database connection is held while the upload is received and parsed.
     */
    public StoredFile store(String originalName, InputStream in, long declaredSize, String ownerType, long ownerId) {
        checkOwner(ownerType, ownerId);
        try (InspectedFile file = inspect(originalName, in, declaredSize)) {
            return store(file, ownerType, ownerId);
        }
    }

    /** Bytes stored for an owner so far (each upload counted), for the per-case limit. */
    @Transactional(readOnly = true)
    public long totalBytes(String ownerType, long ownerId) {
        checkOwner(ownerType, ownerId);
        return storedBytes(ownerType, ownerId);
    }

    /** Plain SQL: asked at every upload, where a JPA query's own work cost more than the sum. */
    private long storedBytes(String ownerType, long ownerId) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(size_bytes), 0) FROM stored_file WHERE owner_type = ?"
                + " AND owner_id = ?", Long.class, ownerType, ownerId);
    }

    /** A file's metadata, if the signed-in user may read it. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> find(long fileId) {
        return readable(fileId).map(FileRecord::toStoredFile);
    }

    /** An owner's files in upload order, or nothing if the signed-in user may not read that owner's files. */
    @Transactional(readOnly = true)
    public List<StoredFile> list(String ownerType, long ownerId) {
        checkOwner(ownerType, ownerId);
        if (!mayRead(currentUser.require(), ownerType, ownerId)) {
            return List.of();
        }
        return records.findByOwnerTypeAndOwnerIdOrderByIdAsc(ownerType, ownerId).stream()
                .map(FileRecord::toStoredFile).toList();
    }

    /** A file's metadata and bytes, if the signed-in user may read it. */
    @Transactional(readOnly = true)
    public Optional<OpenedFile> open(long fileId) {
        return readable(fileId).map(record -> {
            String sha256 = record.sha256();
            return new OpenedFile(record.toStoredFile(), () -> blobs.open(sha256));
        });
    }

    /**
     * Removes a file from its owner (e.g. a material taken out of a draft). The calling module
     * names the owner it checked the user may change; a file of another owner is left alone. The
     * stored bytes stay (other rows may share them; retention is decided outside this module).
     *
     * @return whether a file was removed
     */
    @Transactional
    public boolean remove(long fileId, String ownerType, long ownerId) {
        checkOwner(ownerType, ownerId);
        currentUser.require();
        return records.findById(fileId)
                .filter(r -> r.ownerType().equals(ownerType) && r.ownerId() == ownerId)
                .map(r -> {
                    records.delete(r);
                    return true;
                })
                .orElse(false);
    }

    private Optional<FileRecord> readable(long fileId) {
        PortalUser user = currentUser.require();
        return records.findById(fileId).filter(r -> mayRead(user, r.ownerType(), r.ownerId()));
    }

    private boolean mayRead(PortalUser user, String ownerType, long ownerId) {
        return policies.orderedStream().anyMatch(p -> p.mayRead(user, ownerType, ownerId));
    }

    private static void checkOwner(String ownerType, long ownerId) {
        if (ownerType == null || !OWNER_TYPE.matcher(ownerType).matches()) {
            throw new IllegalArgumentException("owner type must be upper case letters, digits or _ (max 32): " + ownerType);
        }
        if (ownerId < 1) {
            throw new IllegalArgumentException("owner id must be positive: " + ownerId);
        }
    }
}
