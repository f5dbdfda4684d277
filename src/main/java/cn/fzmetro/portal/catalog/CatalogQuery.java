package cn.fzmetro.portal.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.data.DataFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published catalog, open to everyone: lists, search by Chinese keyword or pinyin initials,
 * the guide in force, and any version by id (cases keep showing the version they pinned).
 * Drafts never leave this class.
 */
@Service
@Transactional(readOnly = true)
public class CatalogQuery {

    private final CatalogItemRepository items;
    private final ItemVersionRepository versions;
    private final JsonMapper json;
    private final Clock clock;
    /** Parsed documents of published versions by version id: a few hundred at most (items × versions). */
    private final Map<Long, ItemDocument> publishedDocuments = new ConcurrentHashMap<>();

    CatalogQuery(CatalogItemRepository items, ItemVersionRepository versions, DataFiles dataFiles, Clock clock) {
        this.items = items;
        this.versions = versions;
        this.json = dataFiles.json();
        this.clock = clock;
    }

    /** Published, not retired items; {@code department} and {@code keyword} may be null. */
    public Page<ItemSummary> published(String department, String category, String keyword, Pageable page) {
        Page<CatalogItem> found = items.findPublished(blankToNull(department), blankToNull(category),
                normalize(keyword), today(), page);
        return withVersions(found, false);
    }

    /** Browse categories (企业登记, 食品经营 …) of the items open to the public. */
    public java.util.List<String> categories() {
        return items.findPublicCategories();
    }

    /** The guide in force for an item, if it has one and is not retired. */
    public Optional<PublishedItem> current(String code) {
        return items.findById(code).filter(i -> i.status() != ItemStatus.RETIRED)
                .flatMap(i -> versions.findCurrentInfo(code, today())
                        .map(v -> published(i, v, () -> versions.findDocument(v.id()))));
    }

    /** The id of {@link #current}'s version, without reading the guide: what a submission compares its pin with. */
    public Optional<Long> currentVersionId(String code) {
        return versions.findCurrentId(code, today());
    }

    /** A published version by id: what a case pinned, even after later versions. */
    public Optional<PublishedItem> version(long versionId) {
        return versions.findById(versionId).filter(v -> v.state() == VersionState.PUBLISHED)
                .flatMap(v -> items.findById(v.itemCode()).map(i -> published(i, v)));
    }

    /**
     * The guide of a published version by id, from memory once read: a published version never
     * changes, and every upload, submission and step on a case reads the guide its case pinned.
     * Joins the caller's transaction but opens none of its own: a guide already in memory needs no
     * connection (each upload asks before its bytes arrive, outside any transaction).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<ItemDocument> guide(long versionId) {
        ItemDocument known = publishedDocuments.get(versionId);
        return known != null ? Optional.of(known) : version(versionId).map(PublishedItem::document);
    }

    /**
     * What changed, field by field, between two published versions of an item: what an applicant
     * with a draft on the older version is told before submitting.
     */
    public java.util.List<FieldChange> changes(long fromVersionId, long toVersionId) {
        var from = version(fromVersionId).orElseThrow();
        var to = version(toVersionId).orElseThrow();
        return new DocumentDiff(json).between(json.valueToTree(from.document()), json.valueToTree(to.document()));
    }

    /**
     * Whether an item takes new applications now. Empty when it does; otherwise the reason for
     * the refusal, in Chinese, to show to the applicant (suspended or retired with the
     * administrator's reason, unknown, or without a guide in force). Cases already filed are not
     * affected.
     */
    public Optional<String> acceptsApplications(String code) {
        CatalogItem item = code == null ? null : items.findById(code).orElse(null);
        if (item == null) {
            return Optional.of("事项 " + code + " 不在通办事项目录中。");
        }
        return switch (item.status()) {
            case SUSPENDED -> Optional.of("本事项已暂停受理新的申请。原因：" + item.statusReason());
            case RETIRED -> Optional.of("本事项已取消，不再受理新的申请。原因：" + item.statusReason());
            case ACTIVE -> versions.findCurrentId(code, today()).isPresent() ? Optional.empty()
                    : Optional.of("本事项的办事指南尚未生效，暂不受理申请。");
        };
    }

    ItemSummary summary(CatalogItem item) {
        return item.summary(versions.findCurrentInfo(item.code(), today()).map(VersionInfo::versionNo).orElse(null),
                versions.findByItemCodeAndState(item.code(), VersionState.DRAFT).isPresent());
    }

    /** Summaries with version numbers; whether drafts wait is only told to administrators. */
    Page<ItemSummary> withVersions(Page<CatalogItem> found, boolean showDrafts) {
        Set<String> codes = new HashSet<>(found.map(CatalogItem::code).getContent());
        Map<String, Integer> numbers = new HashMap<>();
        Set<String> drafts = new HashSet<>();
        if (!codes.isEmpty()) {
            for (Object[] row : versions.findCurrentNumbers(codes, today())) {
                numbers.put((String) row[0], ((Number) row[1]).intValue());
            }
            if (showDrafts) {
                drafts.addAll(versions.findCodesWithDraft(codes));
            }
        }
        return found.map(i -> i.summary(numbers.get(i.code()), drafts.contains(i.code())));
    }

    private PublishedItem published(CatalogItem item, ItemVersion version) {
        return published(item, version.info(), version::document);
    }

    /** {@code document} gives the version's guide as stored; it is read only if not parsed before. */
    private PublishedItem published(CatalogItem item, VersionInfo version, Supplier<String> document) {
        // a published version never changes (ItemVersion.edit refuses), so its parsed document can
        // be kept: every guide page, wizard step, upload and submission reads it
        ItemDocument parsed = publishedDocuments.computeIfAbsent(version.id(),
                id -> json.readValue(document.get(), ItemDocument.class));
        return new PublishedItem(item.summary(version.versionNo(), false), version, parsed);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String normalize(String keyword) {
        String k = blankToNull(keyword);
        return k == null ? null : k.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
