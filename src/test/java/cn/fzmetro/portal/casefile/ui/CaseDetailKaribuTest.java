package cn.fzmetro.portal.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseIntake;
import cn.fzmetro.portal.casefile.CaseReview;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.CheckItem;
import cn.fzmetro.portal.casefile.ChecklistStage;
import cn.fzmetro.portal.casefile.Verdict;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.NotFoundError;

/** An applicant follows a case's timeline and may withdraw it; nobody else's case opens. */
class CaseDetailKaribuTest extends KaribuViewTest {

    @Autowired
    CaseFiling filing;
    @Autowired
    CatalogQuery catalog;
    @Autowired
    Cases cases;
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseReview review;

    private CaseSummary submitted() {
        SignIn.as(users, "zhangwei");
        return new Applications(filing, catalog).submitted("SCJG-001", "W350104", "350102");
    }

    @Test
    void theApplicantSeesTheTimelineInPlainWordsAndWithdraws() {
        CaseSummary c = submitted();
        signIn("zhangwei");
        UI.getCurrent().navigate("cases/" + c.id());
        assertThat(_get(Span.class, spec -> spec.withId("case-number")).getText()).contains(c.caseNumber());
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("已收件");
        List<String> steps = timeline().stream().map(ListItem::getText).toList();
        assertThat(steps).singleElement().asString().contains("提交申请").contains("仓山区行政服务中心");

        _click(_get(Button.class, spec -> spec.withId("case-withdraw")));
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("已撤回");
        assertThat(_find(Button.class, spec -> spec.withId("case-withdraw"))).as("nothing left to withdraw").isEmpty();
        assertThat(timeline()).hasSize(2);
        assertThat(_get(Div.class, spec -> spec.withId("case-materials")).getElement().getTextRecursively())
                .contains("公司章程").contains("M02.pdf");
    }

    private static List<ListItem> timeline() {
        return _get(OrderedList.class, spec -> spec.withId("case-timeline")).getChildren()
                .map(ListItem.class::cast).toList();
    }

    @Test
    void anotherApplicantCannotOpenTheCaseByUrl() {
        CaseSummary c = submitted();
        signIn("minjiang");
        assertThatThrownBy(() -> UI.getCurrent().navigate("cases/" + c.id())).isInstanceOf(NotFoundError.class);
        assertThat(_find(Span.class, spec -> spec.withId("case-number"))).isEmpty();
    }

    @Test
    void theReceivingClerkSeesTheCaseButMayNotWithdrawIt() {
        CaseSummary c = submitted();
        signIn("clerk.cangshan");
        UI.getCurrent().navigate("cases/" + c.id());
        assertThat(_get(Span.class, spec -> spec.withId("case-number")).getText()).contains(c.caseNumber());
        assertThat(_find(Button.class, spec -> spec.withId("case-withdraw"))).isEmpty();
    }

    @Test
    void theApplicantAnswersTheCorrectionNoticeByReplacingTheFlaggedMaterialAndResubmitting() {
        CaseSummary c = submitted();
        SignIn.as(users, "clerk.cangshan");
        CheckItem line = cases.details(c.id()).intakeChecklist().stream().filter(l -> l.materialCode().equals("M01"))
                .findFirst().orElseThrow();
        intake.recordVerdict(c.id(), line.id(), line.version(), Verdict.NEEDS_CORRECTION, "申请书未签字");
        Applications.conformAll(cases, intake, review, c.id(), ChecklistStage.INTAKE);
        intake.requestCorrection(c.id(), cases.get(c.id()).version());

        signIn("zhangwei");
        UI.getCurrent().navigate("cases/" + c.id());
        String notice = _get(Div.class, spec -> spec.withId("correction-notice")).getElement().getTextRecursively();
        assertThat(notice).contains("公司登记（备案）申请书").contains("申请书未签字");
        assertThat(_find(Div.class, spec -> spec.withId("flagged-M02"))).as("only flagged materials").isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("case-notices")).getElement().getTextRecursively())
                .contains("收件凭证").contains("补正告知书");

        _click(_get(Button.class, spec -> spec.withId("case-resubmit")));
        assertThat(_get(Div.class, spec -> spec.withId("resubmit-problems")).getElement().getTextRecursively())
                .contains("公司登记（备案）申请书");

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("upload-M01")), "申请书-已签字.pdf", "application/pdf",
                Applications.pdf());
        assertThat(_get(Div.class, spec -> spec.withId("flagged-M01")).getElement().getTextRecursively())
                .contains("申请书-已签字.pdf");
        _click(_get(Button.class, spec -> spec.withId("case-resubmit")));
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("已收件");
        assertThat(_find(Div.class, spec -> spec.withId("correction-notice"))).isEmpty();
        String materials = _get(Div.class, spec -> spec.withId("case-materials")).getElement().getTextRecursively();
        assertThat(materials).contains("申请书-已签字.pdf").contains("M01.pdf").contains("已替换");
    }
}
