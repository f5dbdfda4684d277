package cn.fzmetro.portal.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseIntake;
import cn.fzmetro.portal.casefile.CaseReview;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.CheckItem;
import cn.fzmetro.portal.casefile.ChecklistStage;
import cn.fzmetro.portal.casefile.DeliveryMethod;
import cn.fzmetro.portal.casefile.Verdict;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.SignIn;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** The officer opens a transferred case from the queue, signs for it, reviews, approves and closes it. */
class ReviewKaribuTest extends KaribuViewTest {

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

    @Test
    @SuppressWarnings("unchecked")
    void theOfficerSignsForReviewsAndApproves() {
        SignIn.as(users, "zhangwei");
        CaseSummary c = new Applications(filing, catalog).submitted("SCJG-001", "W350104", "350102");
        SignIn.as(users, "clerk.cangshan");
        Applications.conformAll(cases, intake, review, c.id(), ChecklistStage.INTAKE);
        intake.accept(c.id(), cases.get(c.id()).version(), null);

        signIn("officer.gulou");
        UI.getCurrent().navigate("authority/queue");
        Grid<CaseSummary> queue = _get(Grid.class, spec -> spec.withId("authority-queue-grid"));
        List<CaseSummary> rows = GridKt._fetch(queue, 0, 500);
        int row = rows.stream().map(CaseSummary::id).toList().indexOf(c.id());
        assertThat(row).as("the transferred case is in the authority's queue").isNotNegative();
        GridKt._clickItem(queue, row);
        assertThat(text("case-number")).isEqualTo(c.caseNumber());
        assertThat(text("case-authority")).isEqualTo("福州市鼓楼区市场监督管理局");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("notice-TRANSFER_SLIP"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("review-sign-for")));
        assertThat(text("case-status")).isEqualTo("审查中");
        for (CheckItem line : cases.details(c.id()).reviewChecklist()) {
            if (line.verdict() == Verdict.OPEN) {
                _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("line-" + line.id() + "-verdict")),
                        Verdict.CONFORMS);
            }
        }
        _setValue(_get(TextArea.class, spec -> spec.withId("review-decision-reasons")), "申请材料齐全，符合法定形式");
        _click(_get(Button.class, spec -> spec.withId("review-approve")));
        assertThat(text("case-status")).isEqualTo("准予许可");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("notice-APPROVAL"))).hasSize(1);

        _setValue(_get(Select.class, spec -> spec.withId("review-delivery")), DeliveryMethod.ELECTRONIC);
        _click(_get(Button.class, spec -> spec.withId("review-close")));
        assertThat(text("case-status")).isEqualTo("已办结");
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
