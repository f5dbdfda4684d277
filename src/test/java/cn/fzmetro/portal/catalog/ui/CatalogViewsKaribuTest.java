package cn.fzmetro.portal.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.catalog.CatalogAdmin;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemStatus;
import cn.fzmetro.portal.catalog.ItemSummary;
import cn.fzmetro.portal.catalog.PublishedItem;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.SignIn;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

/** The public catalog and guide, and the administrator's list and editor, in a simulated browser. */
class CatalogViewsKaribuTest extends KaribuViewTest {

    private static final List<String> USED = List.of("HB-001", "JT-001", "RS-001", "SW-002");

    @Autowired
    CatalogAdmin admin;
    @Autowired
    CatalogQuery query;

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
    }

    @Test
    void thePublicCatalogListsThePublishedItems() {
        UI.getCurrent().navigate("catalog");
        Grid<ItemSummary> grid = catalogGrid();
        assertThat(GridKt._size(grid)).isEqualTo(71);
        assertThat(names(grid)).contains("有限责任公司设立登记", "个体工商户设立登记");
    }

    @Test
    void searchFindsItemsByChineseKeyword() {
        UI.getCurrent().navigate("catalog");
        _setValue(_get(TextField.class, spec -> spec.withId("catalog-search")), "公司设立");
        List<String> names = names(catalogGrid());
        assertThat(names).contains("有限责任公司设立登记", "股份有限公司设立登记")
                .allSatisfy(n -> assertThat(n).contains("公司设立"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void browsingByDepartmentAndCategoryNarrowsTheList() {
        UI.getCurrent().navigate("catalog");
        Select<String> category = _get(Select.class, spec -> spec.withId("catalog-category"));
        _setValue(category, "食品经营");
        List<String> food = names(catalogGrid());
        assertThat(food).contains("食品经营许可（新办）").doesNotContain("有限责任公司设立登记");
        _setValue(category, null);
        Select<cn.fzmetro.portal.area.DepartmentInfo> department = _get(Select.class,
                spec -> spec.withId("catalog-department"));
        _setValue(department, department.getListDataView().getItems().filter(d -> d.code().equals("WL"))
                .findFirst().orElseThrow());
        assertThat(names(catalogGrid())).isNotEmpty().contains("娱乐场所经营许可")
                .doesNotContain("食品经营许可（新办）");
    }

    @Test
    void searchFindsItemsByPinyinInitials() {
        UI.getCurrent().navigate("catalog");
        _setValue(_get(TextField.class, spec -> spec.withId("catalog-search")), "gssl");
        List<String> names = names(catalogGrid());
        assertThat(names).contains("有限责任公司设立登记", "股份有限公司设立登记")
                .doesNotContain("个体工商户设立登记");
    }

    @Test
    void theGuideShowsTheMaterialsWithTheirIntakeStandards() {
        PublishedItem item = query.current("SCJG-001").orElseThrow();
        UI.getCurrent().navigate("catalog/SCJG-001");

        assertThat(_get(H1.class, spec -> spec.withId("guide-title")).getText()).isEqualTo("有限责任公司设立登记");
        NativeTable materials = _get(NativeTable.class, spec -> spec.withId("guide-materials"));
        String text = materials.getElement().getTextRecursively();
        for (var m : item.document().materials()) {
            assertThat(text).contains(m.name()).contains(m.intakeStandards().get(0)).contains(m.reviewPoints().get(0));
        }
    }

    @Test
    void anAdministratorChangesAnIntakeStandardAndThePublicGuideShowsItOnlyAfterPublishing() {
        PublishedItem before = query.current("HB-001").orElseThrow();
        String oldText = before.document().materials().get(0).intakeStandards().get(0);
        String newText = "须使用全国排污许可证管理信息平台2026版申请表（测试修订）。";
        signIn("admin");
        UI.getCurrent().navigate("admin/catalog/HB-001");

        _setValue(_get(TextArea.class, spec -> spec.withId("material-M01-intake-0")), newText);
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        assertThat(_get(Span.class, spec -> spec.withId("editor-state")).getText()).contains("草稿");

        UI.getCurrent().navigate("catalog/HB-001");
        assertThat(guideMaterials()).contains(oldText).doesNotContain(newText);

        UI.getCurrent().navigate("admin/catalog/HB-001");
        assertThat(_get(TextArea.class, spec -> spec.withId("material-M01-intake-0")).getValue()).isEqualTo(newText);
        _click(_get(Button.class, spec -> spec.withId("publish")));
        assertThat(_get(Span.class, spec -> spec.withId("editor-state")).getText()).doesNotContain("草稿第");

        UI.getCurrent().navigate("catalog/HB-001");
        assertThat(guideMaterials()).contains(newText).doesNotContain(oldText);
        UI.getCurrent().navigate("catalog/HB-001/" + before.version().id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("guide-pinned")).getText())
                .contains(String.valueOf(before.version().versionNo()));
        assertThat(guideMaterials()).contains(oldText);
    }

    @Test
    void savingTheEditorUnchangedGivesADraftIdenticalToTheVersionInForce() {
        PublishedItem current = query.current("JT-001").orElseThrow();
        signIn("admin");
        UI.getCurrent().navigate("admin/catalog/JT-001");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        var draft = admin.draft("JT-001").orElseThrow();
        assertThat(draft.document()).isEqualTo(current.document());
        assertThat(admin.diff(current.version().id(), draft.version().id())).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<Object> diff = _get(Grid.class, spec -> spec.withId("diff-grid"));
        assertThat(GridKt._size(diff)).isZero();
    }

    @Test
    void theEditorShowsEachProblemAndSavesNothing() {
        signIn("admin");
        UI.getCurrent().navigate("admin/catalog/JT-001");
        _setValue(_get(IntegerField.class, spec -> spec.withId("field-visits")), 9);
        _setValue(_get(TextArea.class, spec -> spec.withId("material-M01-review-0")), "");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        Div problems = _get(Div.class, spec -> spec.withId("editor-problems"));
        assertThat(problems.isVisible()).isTrue();
        List<String> lines = _find(ListItem.class).stream().map(ListItem::getText)
                .filter(t -> t.startsWith("字段")).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("/visits").contains("maximum"))
                .anySatisfy(l -> assertThat(l).contains("/materials/0/reviewPoints/0").contains("minLength"));
        assertThat(admin.draft("JT-001").orElseThrow().document())
                .isEqualTo(query.current("JT-001").orElseThrow().document());
    }

    @Test
    void aSuspensionReasonAppearsOnThePublicGuide() {
        signIn("admin");
        UI.getCurrent().navigate("admin/catalog/SW-002");
        _click(_get(Button.class, spec -> spec.withId("suspend")));
        _setValue(_get(TextArea.class, spec -> spec.withId("status-reason")), "主管部门系统迁移，暂停受理一周");
        _click(_get(Button.class, spec -> spec.withId("status-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("editor-status")).getText()).contains("暂停");

        UI.getCurrent().navigate("catalog/SW-002");
        assertThat(_get(Paragraph.class, spec -> spec.withId("guide-status")).getText())
                .contains("暂停").contains("主管部门系统迁移，暂停受理一周");
        assertThat(query.acceptsApplications("SW-002")).hasValueSatisfying(r -> assertThat(r)
                .contains("主管部门系统迁移，暂停受理一周"));
    }

    @Test
    void theEditorExportsTheItemFile() {
        signIn("admin");
        UI.getCurrent().navigate("admin/catalog/RS-001");
        byte[] yaml = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-item")));
        assertThat(new String(yaml, StandardCharsets.UTF_8)).startsWith("code: RS-001\n").contains("materials:");
    }

    @Test
    void theAdministratorImportsFilesAndSeesTheOutcomeOrEveryProblem() {
        signIn("admin");
        String exported = admin.export("RS-001");
        UI.getCurrent().navigate("admin/catalog");
        Upload upload = _get(Upload.class, spec -> spec.withId("catalog-import"));

        UploadKt._upload(upload, "RS-001.yaml", exported.getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-outcome")).getText()).contains("未变化 1 项");

        String bad = exported.replaceFirst("(?m)^code: RS-001$", "code: RS-002");
        UploadKt._upload(upload, "RS-001.yaml", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(_get(H4.class, spec -> spec.withId("import-refused")).getText()).contains("未做任何更改");
        assertThat(_get(ListItem.class, spec -> spec.withId("import-problem-0")).getText()).contains("$.code")
                .contains("RS-001.yaml");
        assertThat(admin.draft("RS-001")).isEmpty();
        assertThat(admin.draft("RS-002")).isEmpty();
    }

    @Test
    void theAdministratorsListOpensTheEditor() {
        signIn("admin");
        UI.getCurrent().navigate("admin/catalog");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-catalog-search")), "SCJG-001");
        @SuppressWarnings("unchecked")
        Grid<ItemSummary> grid = _get(Grid.class, spec -> spec.withId("admin-catalog-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        UI.getCurrent().navigate("admin/catalog/SCJG-001");
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("editor-title")).getText())
                .contains("有限责任公司设立登记");
    }

    @Test
    void anApplicantIsRefusedTheEditor() {
        signIn("zhangwei");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/catalog/SCJG-001"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(Button.class, spec -> spec.withId("save-draft"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ItemSummary> catalogGrid() {
        return _get(Grid.class, spec -> spec.withId("catalog-grid"));
    }

    private static List<String> names(Grid<ItemSummary> grid) {
        return GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(ItemSummary::name).toList();
    }

    private static String guideMaterials() {
        return _get(NativeTable.class, spec -> spec.withId("guide-materials")).getElement().getTextRecursively();
    }
}
