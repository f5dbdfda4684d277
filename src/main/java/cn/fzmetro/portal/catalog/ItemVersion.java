package cn.fzmetro.portal.catalog;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of an item's guide. A draft may be edited; publishing freezes it, and cases pin
 * the version id they were filed under.
 */
@Entity
@Table(name = "item_version")
class ItemVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_code", nullable = false)
    private String itemCode;
    @Column(name = "version_no", nullable = false)
    private int versionNo;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private VersionState state;
    /** The guide as JSON, in the shape of the item file (LONGTEXT on MySQL, large VARCHAR on H2). */
    @Column(nullable = false, columnDefinition = "longtext")
    private String document;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    private int version;

    protected ItemVersion() {
    }

    ItemVersion(String itemCode, int versionNo, String document, String createdBy, Instant now) {
        this.itemCode = itemCode;
        this.versionNo = versionNo;
        this.state = VersionState.DRAFT;
        this.document = document;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void edit(String newDocument) {
        if (state != VersionState.DRAFT) {
            throw new IllegalStateException("published version " + itemCode + " v" + versionNo + " is immutable");
        }
        this.document = newDocument;
    }

    void publish(LocalDate effectiveFrom, String by, Instant now) {
        if (state != VersionState.DRAFT) {
            throw new IllegalStateException("version " + itemCode + " v" + versionNo + " is already published");
        }
        this.state = VersionState.PUBLISHED;
        this.effectiveFrom = effectiveFrom;
        this.publishedBy = by;
        this.publishedAt = now;
    }

    Long id() {
        return id;
    }

    String itemCode() {
        return itemCode;
    }

    int versionNo() {
        return versionNo;
    }

    VersionState state() {
        return state;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    String document() {
        return document;
    }

    int lockVersion() {
        return version;
    }

    VersionInfo info() {
        return new VersionInfo(id, itemCode, versionNo, state, effectiveFrom, createdBy, createdAt, publishedBy,
                publishedAt);
    }
}
