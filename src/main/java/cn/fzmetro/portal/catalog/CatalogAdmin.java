package cn.fzmetro.portal.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.data.DataFileException;
import cn.fzmetro.portal.base.data.DataFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrators' side of the catalog: every item whatever its state, drafts included.
 * Editing works on one draft per item (a copy of the version in force); publishing freezes the
 * draft as a new version from an effective date. Published versions never change, so a case that
 * pinned a version keeps showing exactly what the applicant applied under.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CatalogAdmin {

    static final int REASON_MAX = 500;

    private final CatalogItemRepository items;
    private final ItemVersionRepository versions;
    private final CatalogQuery query;
    private final DataFiles dataFiles;
    private final JsonMapper json;
    private final AreaQuery area;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogAdmin(CatalogItemRepository items, ItemVersionRepository versions, CatalogQuery query, DataFiles dataFiles,
            AreaQuery area, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.versions = versions;
        this.query = query;
        this.dataFiles = dataFiles;
        this.json = dataFiles.json();
        this.area = area;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** All items with their current version number and whether a draft is waiting. */
    @Transactional(readOnly = true)
    public Page<ItemSummary> items(String department, String keyword, Pageable page) {
        return query.withVersions(items.findAllFiltered(department == null || department.isBlank() ? null : department,
                CatalogQuery.normalize(keyword), page), true);
    }

    /** One item whatever its state, with its current version number and draft flag. */
    @Transactional(readOnly = true)
    public Optional<ItemSummary> item(String code) {
        return items.findById(code).map(query::summary);
    }

    /**
     * The version an edit starts from: the one in force, whatever the item's status (before the
     * first effective date: the latest published one).
     */
    @Transactional(readOnly = true)
    public Optional<PublishedItem> inForce(String code) {
        return items.findById(code).flatMap(i -> baseVersion(code).map(v -> new PublishedItem(
                query.summary(i), v.info(), read(v))));
    }

    /** The waiting draft of an item, if any. */
    @Transactional(readOnly = true)
    public Optional<ItemDraft> draft(String code) {
        return versions.findByItemCodeAndState(code, VersionState.DRAFT).map(this::draftOf);
    }

    /** The draft of an item: the waiting one, or a new copy of the version in force. */
    @Transactional
    public ItemDraft startDraft(String code) {
        requireItem(code);
        Optional<ItemVersion> existing = versions.findByItemCodeAndState(code, VersionState.DRAFT);
        if (existing.isPresent()) {
            return draftOf(existing.get());
        }
        ItemVersion base = baseVersion(code)
                .orElseThrow(() -> new InvalidInputException("admin-editor.draft", "admin-editor.error.no-base", code));
        ItemVersion draft = versions.saveAndFlush(new ItemVersion(code, versions.findLastNumber(code) + 1,
                base.document(), user(), clock.instant()));
        return draftOf(draft);
    }

    /**
     * Replaces the draft's document. The document is checked like an imported file (JSON Schema
     * and the item rules); a problem refuses the save with {@link DataFileException} naming each
     * field and rule. {@code expectedLockVersion} is the lock version the caller loaded: if the
     * draft was saved since, {@link DraftConflictException} and nothing changes.
     */
    @Transactional
    public ItemDraft saveDraft(String code, ItemDocument document, int expectedLockVersion) {
        requireItem(code);
        ItemVersion draft = versions.findByItemCodeAndState(code, VersionState.DRAFT)
                .orElseThrow(() -> new InvalidInputException("admin-editor.draft", "admin-editor.error.no-draft", code));
        if (draft.lockVersion() != expectedLockVersion) {
            throw new DraftConflictException(code, expectedLockVersion, draft.lockVersion());
        }
        check(code, document);
        draft.edit(write(document));
        try {
            versions.saveAndFlush(draft);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DraftConflictException(code);
        }
        return draftOf(draft);
    }

    /**
     * Publishes the draft as the version in force from {@code effectiveFrom} (today or later, and
     * not before the effective date of an earlier version). From that day the public guide, the API
     * and new applications use it; the item's listing (name, department, category, type) follows.
     */
    @Transactional
    public VersionInfo publish(String code, LocalDate effectiveFrom) {
        CatalogItem item = requireItem(code);
        LocalDate today = LocalDate.now(clock);
        if (effectiveFrom == null) {
            throw new InvalidInputException("admin-editor.effective-from", "validation.required");
        }
        if (effectiveFrom.isBefore(today)) {
            throw new InvalidInputException("admin-editor.effective-from", "admin-editor.error.effective-past",
                    today.toString());
        }
        Optional<ItemVersion> latest = versions.findLatestPublished(code);
        if (latest.isPresent() && effectiveFrom.isBefore(latest.get().effectiveFrom())) {
            throw new InvalidInputException("admin-editor.effective-from", "admin-editor.error.effective-before-latest",
                    latest.get().versionNo(), latest.get().effectiveFrom().toString());
        }
        ItemVersion draft = versions.findByItemCodeAndState(code, VersionState.DRAFT)
                .orElseThrow(() -> new InvalidInputException("admin-editor.draft", "admin-editor.error.no-draft", code));
        ItemDocument document = read(draft);
        check(code, document);
        var now = clock.instant();
        draft.publish(effectiveFrom, user(), now);
        versions.saveAndFlush(draft);
        if (!effectiveFrom.isAfter(today)) {
            item.showListing(document, now);
        }
        events.publishEvent(new ItemPublished(code, draft.versionNo(), draft.id(), effectiveFrom));
        return draft.info();
    }

    /** Throws the waiting draft away; the version in force is untouched. */
    @Transactional
    public void discardDraft(String code) {
        requireItem(code);
        ItemVersion draft = versions.findByItemCodeAndState(code, VersionState.DRAFT)
                .orElseThrow(() -> new InvalidInputException("admin-editor.draft", "admin-editor.error.no-draft", code));
        versions.delete(draft);
    }

    /** New applications are refused with the reason until the item is reactivated. */
    @Transactional
    public void suspend(String code, String reason) {
        String why = requireReason(reason);
        CatalogItem item = requireItem(code);
        if (item.status() != ItemStatus.ACTIVE) {
            throw new InvalidInputException("admin-editor.status", "admin-editor.error.suspend-only-active",
                    code);
        }
        changeStatus(item, ItemStatus.SUSPENDED, why);
    }

    /** The item is abolished: it leaves the public catalog and refuses new applications. */
    @Transactional
    public void retire(String code, String reason) {
        String why = requireReason(reason);
        CatalogItem item = requireItem(code);
        if (item.status() == ItemStatus.RETIRED) {
            throw new InvalidInputException("admin-editor.status", "admin-editor.error.already-retired", code);
        }
        changeStatus(item, ItemStatus.RETIRED, why);
    }

    /** A suspended or retired item takes applications again. */
    @Transactional
    public void reactivate(String code) {
        CatalogItem item = requireItem(code);
        if (item.status() == ItemStatus.ACTIVE) {
            throw new InvalidInputException("admin-editor.status", "admin-editor.error.already-active", code);
        }
        changeStatus(item, ItemStatus.ACTIVE, null);
    }

    /** Every version of an item, newest first, with who created and published it and when. */
    @Transactional(readOnly = true)
    public List<VersionInfo> history(String code) {
        requireItem(code);
        return versions.findByItemCodeOrderByVersionNoDesc(code).stream().map(ItemVersion::info).toList();
    }

    /** The document of any version, drafts included. */
    @Transactional(readOnly = true)
    public ItemDocument document(long versionId) {
        return read(requireVersion(versionId));
    }

    /** What changed from version {@code versionIdA} to version {@code versionIdB}, field by field. */
    @Transactional(readOnly = true)
    public List<FieldChange> diff(long versionIdA, long versionIdB) {
        JsonNode a = json.valueToTree(read(requireVersion(versionIdA)));
        JsonNode b = json.valueToTree(read(requireVersion(versionIdB)));
        return new DocumentDiff(json).between(a, b);
    }

    /** The version in force as an item file (YAML, the format of catalog/items). */
    @Transactional(readOnly = true)
    public String export(String code) {
        requireItem(code);
        ItemVersion version = baseVersion(code)
                .orElseThrow(() -> new InvalidInputException("admin-editor.export", "admin-editor.error.no-base", code));
        return toYaml(read(version));
    }

    /** Every item's version in force as {@code items/<code>.yaml} in a zip, ready to import again. */
    @Transactional(readOnly = true)
    public byte[] exportAll() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (CatalogItem item : items.findAll(org.springframework.data.domain.Sort.by("code"))) {
                Optional<ItemVersion> version = baseVersion(item.code());
                if (version.isEmpty()) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry("items/" + item.code() + ".yaml"));
                zip.write(toYaml(read(version.get())).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void changeStatus(CatalogItem item, ItemStatus status, String reason) {
        item.changeStatus(status, reason, clock.instant());
        events.publishEvent(new ItemStatusChanged(item.code(), status, reason));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("admin-editor.reason", "validation.required");
        }
        String trimmed = reason.trim();
        if (trimmed.length() > REASON_MAX) {
            throw new InvalidInputException("admin-editor.reason", "validation.length", 1, REASON_MAX);
        }
        return trimmed;
    }

    /** The document must pass the same checks as an imported item file. */
    private void check(String code, ItemDocument document) {
        String file = code + ".yaml";
        if (document == null) {
            throw new DataFileException(file, List.of("字段 $：缺少事项内容（规则 required）"));
        }
        dataFiles.validate(file, "item", json.valueToTree(document));
        List<String> problems = new ArrayList<>(
                ItemRules.check(code, document, department -> area.department(department).isPresent()));
        if (!problems.isEmpty()) {
            throw new DataFileException(file, problems);
        }
    }

    private Optional<ItemVersion> baseVersion(String code) {
        Optional<ItemVersion> current = versions.findCurrent(code, LocalDate.now(clock));
        return current.isPresent() ? current : versions.findLatestPublished(code);
    }

    private CatalogItem requireItem(String code) {
        return items.findById(code == null ? "" : code)
                .orElseThrow(() -> new InvalidInputException("catalog.item.code", "admin-editor.error.unknown-item",
                        String.valueOf(code)));
    }

    private ItemVersion requireVersion(long id) {
        return versions.findById(id)
                .orElseThrow(() -> new InvalidInputException("admin-editor.version", "admin-editor.error.unknown-version", id));
    }

    private ItemDraft draftOf(ItemVersion v) {
        return new ItemDraft(v.info(), v.lockVersion(), read(v));
    }

    private String toYaml(ItemDocument document) {
        return dataFiles.toYaml(json.valueToTree(document));
    }

    private ItemDocument read(ItemVersion v) {
        return json.readValue(v.document(), ItemDocument.class);
    }

    private String write(ItemDocument document) {
        return json.writeValueAsString(document);
    }

    private String user() {
        return currentUser.require().username();
    }
}
