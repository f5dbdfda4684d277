package cn.fzmetro.portal.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One upload of one file for one owner. Rows are written once and never changed (so no version
 * column); the same bytes uploaded twice give two rows pointing at one stored copy.
 */
@Entity
@Immutable
@Table(name = "stored_file")
class FileRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;
    @Column(name = "page_count", nullable = false)
    private int pageCount;
    @Column(name = "original_name", nullable = false)
    private String originalName;
    @Column(name = "owner_type", nullable = false, length = 32)
    private String ownerType;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected FileRecord() {
    }

    FileRecord(InspectedFile file, String ownerType, long ownerId, long uploadedBy, Instant uploadedAt) {
        this.sha256 = file.sha256();
        this.sizeBytes = file.size();
        this.contentType = file.contentType();
        this.pageCount = file.pageCount();
        this.originalName = file.originalName();
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long id() {
        return id;
    }

    String sha256() {
        return sha256;
    }

    String ownerType() {
        return ownerType;
    }

    long ownerId() {
        return ownerId;
    }

    StoredFile toStoredFile() {
        return new StoredFile(id, sha256, sizeBytes, contentType, pageCount, originalName, uploadedAt, uploadedBy,
                ownerType, ownerId);
    }
}
