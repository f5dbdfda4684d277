package cn.fzmetro.portal.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A service item of the 71-item catalog. Its guide lives in versions; the columns here are
 * copies of the current published version's listing fields, kept for paging and search.
 */
@Entity
@Table(name = "service_item")
class CatalogItem {

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "department_code", nullable = false)
    private String departmentCode;
    @Column(nullable = false)
    private String category;
    @Column(name = "item_type", nullable = false)
    private String itemType;
    /** Pinyin initials of the name, for searches like {@code gssl}. */
    @Column(name = "pinyin_initials", nullable = false)
    private String pinyinInitials;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ItemStatus status = ItemStatus.ACTIVE;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected CatalogItem() {
    }

    CatalogItem(ItemDocument doc, Instant now) {
        this.code = doc.code();
        showListing(doc, now);
    }

    /** Copies the listing fields of the version in force; tells whether anything changed. */
    boolean showListing(ItemDocument doc, Instant now) {
        String initials = PinyinInitials.of(doc.name());
        if (doc.name().equals(name) && doc.department().equals(departmentCode) && doc.category().equals(category)
                && doc.type().equals(itemType) && initials.equals(pinyinInitials)) {
            return false;
        }
        this.name = doc.name();
        this.departmentCode = doc.department();
        this.category = doc.category();
        this.itemType = doc.type();
        this.pinyinInitials = initials;
        this.updatedAt = now;
        return true;
    }

    void changeStatus(ItemStatus status, String reason, Instant now) {
        this.status = status;
        this.statusReason = reason;
        this.updatedAt = now;
    }

    String code() {
        return code;
    }

    ItemStatus status() {
        return status;
    }

    String statusReason() {
        return statusReason;
    }

    ItemSummary summary(Integer currentVersion, boolean hasDraft) {
        return new ItemSummary(code, name, departmentCode, category, itemType, status, statusReason, currentVersion,
                hasDraft);
    }
}
