package cn.fzmetro.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.data.DataFileException;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;

/**
 * Versions as administrators work them: drafts, publishing, status, history, diff, import and
 * export. Each test uses its own item and leaves no draft or suspension behind, because all
 * tests share one database.
 */
@PortalSpringTest
@RecordApplicationEvents
class CatalogVersionsTest {

    private static final List<String> USED = List.of("WL-001", "WL-002", "WL-003", "WL-004", "WL-005", "SW-001",
            "SW-003", "ZJ-001", "ZJ-002", "ZJ-003");

    @Autowired
    CatalogAdmin admin;
    @Autowired
    CatalogQuery query;
    @Autowired
    CatalogImport catalogImport;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void signInAsAdministrator() {
        SignIn.as(users, "admin");
    }

    @AfterEach
    void cleanUp() {
        SignIn.as(users, "admin");
        for (String code : USED) {
            if (admin.draft(code).isPresent()) {
                admin.discardDraft(code);
            }
            if (admin.item(code).orElseThrow().status() != ItemStatus.ACTIVE) {
                admin.reactivate(code);
            }
        }
        SignIn.out();
    }

    @Test
    void aRestartKeepsWhatAnAdministratorPublished() {
        ItemDocument original = query.current("WL-001").orElseThrow().document();
        String edited = "（管理员修订）" + original.materials().get(0).intakeStandards().get(0);
        admin.startDraft("WL-001");
        int lock = admin.draft("WL-001").orElseThrow().lockVersion();
        admin.saveDraft("WL-001", Docs.withIntake(original, original.materials().get(0).code(), 0, edited), lock);
        VersionInfo published = admin.publish("WL-001", today());
        int versions = admin.history("WL-001").size();

        CatalogImport.Outcome restart = catalogImport.importBundled();

        assertThat(restart.created()).isEmpty();
        assertThat(restart.unchanged()).contains("WL-001");
        PublishedItem current = query.current("WL-001").orElseThrow();
        assertThat(current.version().id()).isEqualTo(published.id());
        assertThat(current.document().materials().get(0).intakeStandards().get(0)).isEqualTo(edited);
        assertThat(admin.history("WL-001")).hasSize(versions);
        assertThat(admin.items(null, "WL-001", PageRequest.of(0, 10)).getContent()).hasSize(1);
    }

    @Test
    void aBadImportIsRefusedWholeNamingEachFileFieldAndRule() {
        String good = Docs.bundled("WL-001").replaceFirst("(?m)^code: WL-001$", "code: WL-901")
                .replaceFirst("(?m)^name: .*$", "name: 导入测试事项");
        String schemaError = Docs.bundled("ZJ-002").replaceFirst("(?m)^visits: \\d+$", "visits: 7");
        String unknownDepartment = Docs.bundled("ZJ-003").replaceFirst("(?m)^department: \\w+$", "department: ZZZ");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("WL-901.yaml", good.getBytes(StandardCharsets.UTF_8));
        files.put("ZJ-002.yaml", schemaError.getBytes(StandardCharsets.UTF_8));
        files.put("ZJ-003.yaml", unknownDepartment.getBytes(StandardCharsets.UTF_8));
        long zj2Before = query.current("ZJ-002").orElseThrow().version().id();

        assertThatThrownBy(() -> catalogImport.importFiles(files, "admin"))
                .isInstanceOfSatisfying(CatalogImport.RefusedException.class, e -> {
                    assertThat(e.files()).extracting(DataFileException::file)
                            .containsExactly("ZJ-002.yaml", "ZJ-003.yaml");
                    assertThat(e.files().get(0).problems()).singleElement().satisfies(p -> assertThat(p)
                            .contains("/visits").contains("maximum"));
                    assertThat(e.files().get(1).problems()).singleElement().satisfies(p -> assertThat(p)
                            .contains("$.department").contains("ZZZ").contains("规则 引用已知部门"));
                });

        assertThat(admin.item("WL-901")).isEmpty();
        assertThat(query.current("WL-901")).isEmpty();
        assertThat(query.current("ZJ-002").orElseThrow().version().id()).isEqualTo(zj2Before);
        assertThat(admin.draft("ZJ-002")).isEmpty();
        assertThat(admin.draft("ZJ-003")).isEmpty();
    }

    @Test
    void draftEditsStayInvisibleUntilPublished() {
        PublishedItem before = query.current("WL-005").orElseThrow();
        ItemDocument doc = before.document();
        ItemDraft draft = admin.startDraft("WL-005");
        assertThat(draft.document()).isEqualTo(doc);
        assertThat(draft.version().state()).isEqualTo(VersionState.DRAFT);
        admin.saveDraft("WL-005", Docs.withName(doc, doc.name() + "（修订草稿）"), draft.lockVersion());

        assertThat(query.current("WL-005").orElseThrow().document()).isEqualTo(doc);
        assertThat(query.current("WL-005").orElseThrow().version().id()).isEqualTo(before.version().id());
        assertThat(query.published(null, null, "WL-005", PageRequest.of(0, 5)).getContent())
                .singleElement().satisfies(s -> {
                    assertThat(s.name()).isEqualTo(doc.name());
                    assertThat(s.hasDraft()).isFalse();
                });
        assertThat(admin.item("WL-005").orElseThrow().hasDraft()).isTrue();
        assertThat(query.version(admin.draft("WL-005").orElseThrow().version().id())).isEmpty();

        admin.publish("WL-005", today());

        assertThat(query.current("WL-005").orElseThrow().document().name()).isEqualTo(doc.name() + "（修订草稿）");
        assertThat(query.published(null, null, "WL-005", PageRequest.of(0, 5)).getContent().get(0).name())
                .isEqualTo(doc.name() + "（修订草稿）");
    }

    @Test
    void aVersionPinnedBeforeAPublishStillShowsTheOldDocument() {
        PublishedItem pinned = query.current("WL-002").orElseThrow();
        ItemDocument old = pinned.document();
        ItemDraft draft = admin.startDraft("WL-002");
        admin.saveDraft("WL-002", Docs.withIntake(old, old.materials().get(1).code(), 0, "新的收件标准：核对原件。"),
                draft.lockVersion());
        VersionInfo newer = admin.publish("WL-002", today());

        assertThat(query.current("WL-002").orElseThrow().version().id()).isEqualTo(newer.id());
        PublishedItem stillPinned = query.version(pinned.version().id()).orElseThrow();
        assertThat(stillPinned.document()).isEqualTo(old);
        assertThat(stillPinned.version().versionNo()).isEqualTo(pinned.version().versionNo());
        assertThat(newer.versionNo()).isGreaterThan(pinned.version().versionNo());
    }

    @Test
    void theDiffOfTwoVersionsReportsExactlyTheChangedIntakeStandard() {
        PublishedItem base = query.current("WL-003").orElseThrow();
        ItemDocument.Material material = base.document().materials().get(2);
        int index = material.intakeStandards().size() - 1;
        String oldText = material.intakeStandards().get(index);
        ItemDraft draft = admin.startDraft("WL-003");
        admin.saveDraft("WL-003", Docs.withIntake(base.document(), material.code(), index, "改后的收件标准。"),
                draft.lockVersion());

        List<FieldChange> changes = admin.diff(base.version().id(), draft.version().id());

        assertThat(changes).containsExactly(new FieldChange(
                "materials[" + material.code() + "].intakeStandards[" + index + "]", oldText, "改后的收件标准。"));
        assertThat(admin.diff(draft.version().id(), base.version().id())).containsExactly(new FieldChange(
                "materials[" + material.code() + "].intakeStandards[" + index + "]", "改后的收件标准。", oldText));
        assertThat(admin.diff(base.version().id(), base.version().id())).isEmpty();
    }

    @Test
    void theDiffMatchesMaterialsByCodeAndReportsAddedOnes() {
        PublishedItem base = query.current("WL-003").orElseThrow();
        List<ItemDocument.Material> materials = new java.util.ArrayList<>(base.document().materials());
        ItemDocument.Material first = materials.remove(0);
        ItemDraft draft = admin.startDraft("WL-003");
        admin.saveDraft("WL-003", Docs.withMaterials(base.document(), materials), draft.lockVersion());

        List<FieldChange> changes = admin.diff(base.version().id(), draft.version().id());

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).path()).isEqualTo("materials[" + first.code() + "]");
        assertThat(changes.get(0).before()).contains(first.name());
        assertThat(changes.get(0).after()).isNull();
    }

    @Test
    void concurrentDraftSavesConflict() {
        ItemDocument doc = query.current("WL-004").orElseThrow().document();
        ItemDraft first = admin.startDraft("WL-004");
        ItemDraft second = admin.startDraft("WL-004");
        assertThat(second.version().id()).isEqualTo(first.version().id());

        ItemDraft saved = admin.saveDraft("WL-004", Docs.withName(doc, doc.name() + "（甲）"), first.lockVersion());
        assertThat(saved.lockVersion()).isGreaterThan(first.lockVersion());

        assertThatThrownBy(() -> admin.saveDraft("WL-004", Docs.withName(doc, doc.name() + "（乙）"),
                second.lockVersion()))
                .isInstanceOf(DraftConflictException.class)
                .hasMessageContaining("WL-004").hasMessageContaining("乐观锁");
        assertThat(admin.draft("WL-004").orElseThrow().document().name()).isEqualTo(doc.name() + "（甲）");
    }

    @Test
    void anInvalidDraftIsRefusedWithFieldAndRuleAndChangesNothing() {
        ItemDocument doc = query.current("WL-004").orElseThrow().document();
        ItemDraft draft = admin.startDraft("WL-004");
        ItemDocument bad = Docs.withVisits(Docs.withIntake(doc, doc.materials().get(0).code(), 0, "x"), 9);

        assertThatThrownBy(() -> admin.saveDraft("WL-004", bad, draft.lockVersion()))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("/visits").contains("maximum"))
                        .anySatisfy(p -> assertThat(p).contains("/materials/0/intakeStandards/0")
                                .contains("minLength")));
        ItemDraft after = admin.draft("WL-004").orElseThrow();
        assertThat(after.document()).isEqualTo(doc);
        assertThat(after.lockVersion()).isEqualTo(draft.lockVersion());
    }

    @Test
    void publishingNeedsADraftAndADateFromToday() {
        assertThatThrownBy(() -> admin.publish("WL-004", today()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("admin-editor.error.no-draft"));
        admin.startDraft("WL-004");
        assertThatThrownBy(() -> admin.publish("WL-004", today().minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("admin-editor.effective-from"));
        assertThat(admin.draft("WL-004")).isPresent();
    }

    @Test
    void aVersionPublishedForALaterDateWaitsForItsDay() {
        PublishedItem before = query.current("SW-003").orElseThrow();
        LocalDate latest = admin.history("SW-003").stream().map(VersionInfo::effectiveFrom)
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElseThrow();
        LocalDate later = (latest.isAfter(today()) ? latest : today()).plusDays(10);
        ItemDraft draft = admin.startDraft("SW-003");
        admin.saveDraft("SW-003", Docs.withName(before.document(), before.document().name() + "（新版）"),
                draft.lockVersion());

        VersionInfo future = admin.publish("SW-003", later);

        assertThat(future.effectiveFrom()).isEqualTo(later);
        assertThat(query.current("SW-003").orElseThrow().version().id()).isEqualTo(before.version().id());
        assertThat(query.published(null, null, "SW-003", PageRequest.of(0, 5)).getContent().get(0).name())
                .isEqualTo(before.document().name());
        admin.startDraft("SW-003");
        assertThatThrownBy(() -> admin.publish("SW-003", later.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("admin-editor.error.effective-before-latest"));
    }

    @Test
    void publishingAnnouncesTheNewVersion() {
        ItemDraft draft = admin.startDraft("ZJ-001");
        admin.saveDraft("ZJ-001", Docs.withName(draft.document(), draft.document().name() + "（事件）"),
                draft.lockVersion());
        VersionInfo published = admin.publish("ZJ-001", today());

        assertThat(events.stream(ItemPublished.class))
                .containsExactly(new ItemPublished("ZJ-001", published.versionNo(), published.id(), today()));
    }

    @Test
    void aSuspendedItemRefusesApplicationsWithTheReasonUntilReactivated() {
        assertThat(query.acceptsApplications("SW-001")).isEmpty();
        assertThatThrownBy(() -> admin.suspend("SW-001", "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("admin-editor.reason"));

        admin.suspend("SW-001", "系统升级，暂停受理至月底");

        assertThat(query.acceptsApplications("SW-001")).hasValueSatisfying(reason -> assertThat(reason)
                .contains("暂停").contains("系统升级，暂停受理至月底"));
        assertThat(query.current("SW-001")).hasValueSatisfying(p -> assertThat(p.item().status())
                .isEqualTo(ItemStatus.SUSPENDED));
        assertThat(events.stream(ItemStatusChanged.class))
                .contains(new ItemStatusChanged("SW-001", ItemStatus.SUSPENDED, "系统升级，暂停受理至月底"));

        admin.retire("SW-001", "法律废止");
        assertThat(query.acceptsApplications("SW-001")).hasValueSatisfying(r -> assertThat(r).contains("取消")
                .contains("法律废止"));
        assertThat(query.current("SW-001")).isEmpty();

        admin.reactivate("SW-001");
        assertThat(query.acceptsApplications("SW-001")).isEmpty();
        assertThat(query.acceptsApplications("XX-999")).hasValueSatisfying(r -> assertThat(r).contains("XX-999"));
    }

    @Test
    void theHistoryListsEveryVersionWithWhoAndWhen() {
        ItemDraft draft = admin.startDraft("ZJ-001");
        List<VersionInfo> history = admin.history("ZJ-001");

        assertThat(history.get(0).id()).isEqualTo(draft.version().id());
        assertThat(history.get(0).state()).isEqualTo(VersionState.DRAFT);
        assertThat(history.get(0).createdBy()).isEqualTo("admin");
        assertThat(history.get(0).createdAt()).isNotNull();
        assertThat(history.subList(1, history.size())).allSatisfy(v -> {
            assertThat(v.state()).isEqualTo(VersionState.PUBLISHED);
            assertThat(v.publishedBy()).isNotBlank();
            assertThat(v.publishedAt()).isNotNull();
            assertThat(v.effectiveFrom()).isNotNull();
        });
        assertThat(history).extracting(VersionInfo::versionNo).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void exportingEveryItemAndImportingItAgainChangesNothing() throws IOException {
        Map<String, byte[]> files = unzip(admin.exportAll());
        assertThat(files).hasSizeGreaterThanOrEqualTo(71).containsKey("items/SCJG-001.yaml");

        CatalogImport.Outcome outcome = catalogImport.importFiles(files, "admin");

        assertThat(outcome.created()).isEmpty();
        assertThat(outcome.drafted()).isEmpty();
        assertThat(outcome.unchanged()).hasSize(files.size());
    }

    @Test
    void oneItemExportsInTheItemFileFormatAndImportsUnchanged() {
        String yaml = admin.export("SCJG-001");

        assertThat(yaml).startsWith("code: SCJG-001\n").contains("basicCode: '000120101000'")
                .contains("name: 有限责任公司设立登记").contains("intakeStandards:");
        CatalogImport.Outcome outcome = catalogImport.importUpload("SCJG-001.yaml",
                yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome.unchanged()).containsExactly("SCJG-001");
        assertThat(admin.draft("SCJG-001")).isEmpty();
    }

    @Test
    void anImportedChangeBecomesADraftToReview() {
        String changed = admin.export("ZJ-002").replaceFirst("(?m)^visits: \\d+$", "visits: 2");
        CatalogImport.Outcome outcome = catalogImport.importUpload("ZJ-002.yaml",
                changed.getBytes(StandardCharsets.UTF_8));

        assertThat(outcome.drafted()).containsExactly("ZJ-002");
        assertThat(admin.draft("ZJ-002").orElseThrow().document().visits()).isEqualTo(2);
        assertThat(query.current("ZJ-002").orElseThrow().document().visits()).isNotEqualTo(2);
    }

    @Test
    void aZippedCatalogFolderImportsOnlyItsItems() throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("catalog/area/regions.yaml"));
            zip.write("regions: []\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("catalog/items/ZJ-003.yaml"));
            zip.write(admin.export("ZJ-003").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("catalog/FORMAT.md"));
            zip.write("# format".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(catalogImport.importUpload("catalog.zip", bytes.toByteArray()).unchanged())
                .containsExactly("ZJ-003");
        assertThatThrownBy(() -> catalogImport.importUpload("notes.txt", new byte[] {1}))
                .isInstanceOfSatisfying(CatalogImport.RefusedException.class, e -> assertThat(e.files())
                        .singleElement().satisfies(f -> assertThat(f.file()).isEqualTo("notes.txt")));
    }

    @Test
    void onlyAdministratorsMayEditTheCatalog() {
        SignIn.as(users, "zhangwei");
        assertThatThrownBy(() -> admin.startDraft("WL-004")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.exportAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogImport.importUpload("x.yaml", new byte[0]))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(query.current("WL-004")).isPresent();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
