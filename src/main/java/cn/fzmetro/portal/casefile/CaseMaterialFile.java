package cn.fzmetro.portal.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.fzmetro.portal.document.StoredFile;

/**
 * One file handed in for one material of a case. A correction replaces a material's files by
 * marking them replaced, never by deleting them, so earlier versions stay visible.
 */
@Entity
@Table(name = "case_material_file")
class CaseMaterialFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "material_code", nullable = false)
    private String materialCode;
    @Column(name = "file_id", nullable = false)
    private long fileId;
    @Column(name = "original_name", nullable = false)
    private String originalName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "page_count", nullable = false)
    private int pageCount;
    @Column(name = "added_round", nullable = false)
    private int addedRound;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected CaseMaterialFile() {
    }

    CaseMaterialFile(long caseId, String materialCode, StoredFile file, int round, Instant now) {
        this.caseId = caseId;
        this.materialCode = materialCode;
        this.fileId = file.id();
        this.originalName = file.originalName();
        this.contentType = file.contentType();
        this.sizeBytes = file.size();
        this.pageCount = file.pageCount();
        this.addedRound = round;
        this.addedAt = now;
    }

    void replace(Instant now) {
        this.replacedAt = now;
    }

    boolean current() {
        return replacedAt == null;
    }

    long caseId() {
        return caseId;
    }

    long fileId() {
        return fileId;
    }

    int addedRound() {
        return addedRound;
    }

    String materialCode() {
        return materialCode;
    }

    MaterialFile view() {
        return new MaterialFile(id, materialCode, fileId, originalName, contentType, sizeBytes, pageCount, addedRound,
                addedAt, replacedAt);
    }
}
