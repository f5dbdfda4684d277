package cn.fzmetro.portal.filing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseStatus;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.catalog.CatalogAdmin;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.Docs;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.SignIn;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

/** The applicant's wizard: resumable drafts, uploads checked on the server, refusal lists, submit. */
class ApplicationWizardKaribuTest extends KaribuViewTest {

    @Autowired
    CaseFiling filing;
    @Autowired
    Cases cases;
    @Autowired
    CatalogQuery catalog;
    @Autowired
    CatalogAdmin catalogAdmin;
    @Autowired
    AreaQuery area;
    @Autowired
    Clock clock;

    private void next() {
        _click(_get(Button.class, spec -> spec.withId("wizard-next")));
    }

    private String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGuideStartsADraftThatResumesWithEverythingEnteredSoFar() {
        signIn("zhangwei");
        UI.getCurrent().navigate("catalog/SCJG-001");
        _click(_get(Button.class, spec -> spec.withId("guide-apply")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("apply/\\d+");
        long id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath().substring(6));

        // the materials list follows the answers at once
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("situation-Q1")), "Y");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withId("needed-M13"))).hasSize(1);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("situation-Q1")), "N");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withId("needed-M13"))).isEmpty();
        assertThat(text("needed-M03")).contains("无需提交");
        next();

        ComboBox<RegionInfo> region = _get(ComboBox.class, spec -> spec.withId("competent-region"));
        _setValue(region, area.region("350102").orElseThrow());
        ComboBox<WindowInfo> window = _get(ComboBox.class, spec -> spec.withId("window"));
        _setValue(window, area.window("W350104").orElseThrow());
        assertThat(text("window-details")).contains("地址");
        next();

        _setValue(_get(TextField.class, spec -> spec.withId("field-companyName")), "福州续办测试有限公司");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("field-registeredCapital")), new BigDecimal("50"));
        next();
        assertThat(_find(Upload.class, spec -> spec.withId("upload-M01"))).hasSize(1);
        assertThat(_find(Upload.class, spec -> spec.withId("upload-M03"))).as("shared data is not asked for").isEmpty();

        // another browser: a fresh UI on the same draft shows what was saved
        signIn("zhangwei");
        UI.getCurrent().navigate("apply/" + id);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("situation-Q1")).getValue()).isEqualTo("N");
        next();
        assertThat(_get(ComboBox.class, spec -> spec.withId("competent-region")).getValue())
                .extracting(r -> ((RegionInfo) r).code()).isEqualTo("350102");
        assertThat(_get(ComboBox.class, spec -> spec.withId("window")).getValue())
                .extracting(w -> ((WindowInfo) w).code()).isEqualTo("W350104");
        next();
        assertThat(_get(TextField.class, spec -> spec.withId("field-companyName")).getValue())
                .isEqualTo("福州续办测试有限公司");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("field-registeredCapital")).getValue())
                .isEqualByComparingTo("50");
    }

    @Test
    void uploadsAreCheckedAndSubmitIsRefusedWithTheListOfWhatIsMissing() {
        signIn("zhangwei");
        ItemDocument guide = catalog.current("SCJG-001").orElseThrow().document();
        long id = filing.startDraft("SCJG-001");
        filing.saveDraft(id, Applications.firstOptions(guide), Applications.validForm(guide));
        filing.route(id, "W350104", "350102");
        UI.getCurrent().navigate("apply/" + id);
        next();
        next();
        next();

        Upload m01 = _get(Upload.class, spec -> spec.withId("upload-M01"));
        UploadKt._upload(m01, "申请书.pdf", "application/pdf", Applications.pdf());
        assertThat(text("files-M01")).contains("申请书.pdf");
        UploadKt._upload(m01, "病毒.pdf", "application/pdf", "MZ\u0090\u0000 not a pdf at all".getBytes());
        assertThat(_get(Span.class, spec -> spec.withId("upload-error-M01")).getText()).contains("病毒.pdf");
        assertThat(text("files-M01")).doesNotContain("病毒.pdf");
        next();

        assertThat(text("missing-list")).contains("公司章程").doesNotContain("公司登记（备案）申请书");
        _setValue(_get(Checkbox.class, spec -> spec.withId("declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("submit-application")));
        assertThat(text("submit-problems")).contains("缺少必要材料").contains("公司章程");
        assertThat(_get(Button.class, spec -> spec.withId("submit-application")).isEnabled()).isTrue();
        assertThat(cases.get(id).status()).isEqualTo(CaseStatus.DRAFT);
    }

    @Test
    void aCompleteDraftSubmitsOnceAndShowsTheCaseNumberAndTheReceipt() {
        signIn("zhangwei");
        long id = new Applications(filing, catalog).completeDraft("SCJG-001", "W350104", "350102");
        UI.getCurrent().navigate("apply/" + id);
        next();
        next();
        next();
        next();
        assertThat(_find(Div.class, spec -> spec.withId("missing-list"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("submit-application")));
        assertThat(text("submit-problems")).contains("申请声明");

        _setValue(_get(Checkbox.class, spec -> spec.withId("declaration")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("commitment")), true);
        _click(_get(Button.class, spec -> spec.withId("submit-application")));
        String number = _get(Span.class, spec -> spec.withId("submitted-case-number")).getText();
        assertThat(number).isEqualTo(cases.get(id).caseNumber()).startsWith("350104-");
        assertThat(_get(Anchor.class, spec -> spec.withId("receipt-download")).getHref())
                .startsWith("case-notices/" + id + "/");
        assertThat(_get(Anchor.class, spec -> spec.withId("case-link")).getHref()).isEqualTo("cases/" + id);

        // a submitted case opens on its case page, not in the wizard
        UI.getCurrent().navigate("apply/" + id);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("cases/" + id);
    }

    @Test
    void aRepublishedItemIsShownAsChangesToConfirmBeforeSubmitting() {
        signIn("zhangwei");
        long id = new Applications(filing, catalog).completeDraft("SCJG-010", "W350104", "350102");
        SignIn.as(users, "admin");
        ItemDocument doc = catalog.current("SCJG-010").orElseThrow().document();
        var draft = catalogAdmin.startDraft("SCJG-010");
        catalogAdmin.saveDraft("SCJG-010", Docs.withName(doc, doc.name() + "（修订）"), draft.lockVersion());
        catalogAdmin.publish("SCJG-010", LocalDate.now(clock));

        signIn("zhangwei");
        UI.getCurrent().navigate("apply/" + id);
        next();
        next();
        next();
        next();
        assertThat(text("catalog-changes")).contains(doc.name()).contains(doc.name() + "（修订）");
        _setValue(_get(Checkbox.class, spec -> spec.withId("declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("submit-application")));
        assertThat(text("submit-problems")).contains("办事指南已更新");

        _click(_get(Button.class, spec -> spec.withId("adopt-version")));
        assertThat(_find(Div.class, spec -> spec.withId("catalog-changes"))).isEmpty();
        assertThat(filing.catalogChanges(id)).isEmpty();
        _setValue(_get(Checkbox.class, spec -> spec.withId("declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("submit-application")));
        assertThat(_get(Span.class, spec -> spec.withId("submitted-case-number")).getText()).isNotBlank();
    }

    @Test
    void anotherApplicantCannotOpenTheDraftByUrl() {
        signIn("zhangwei");
        long id = filing.startDraft("SCJG-001");
        filing.saveDraft(id, Map.of("Q1", "Y"), Map.of());
        signIn("minjiang");
        assertThatThrownBy(() -> UI.getCurrent().navigate("apply/" + id)).isInstanceOf(NotFoundError.class);
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("situation-Q1"))).isEmpty();
    }

    @Test
    void aDraftOpenedFromMyCasesResumesInTheWizardAndStaffAreNotOfferedToApply() {
        signIn("zhangwei");
        long id = filing.startDraft("SCJG-001");
        UI.getCurrent().navigate("cases/" + id);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("apply/" + id);

        UI.getCurrent().navigate("catalog/SCJG-001");
        assertThat(_find(Button.class, spec -> spec.withId("guide-apply"))).hasSize(1);
        signIn("clerk.cangshan");
        assertThat(_find(Button.class, spec -> spec.withId("guide-apply"))).isEmpty();
    }
}
