package cn.fzmetro.portal.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseStatus;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.CheckItem;
import cn.fzmetro.portal.casefile.Verdict;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.SignIn;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/** The clerk's intake screen: checklist verdicts, the one correction notice, refusals in the service's words. */
class IntakeKaribuTest extends KaribuViewTest {

    @Autowired
    CaseFiling filing;
    @Autowired
    CatalogQuery catalog;
    @Autowired
    Cases cases;

    private CaseSummary submitted() {
        SignIn.as(users, "zhangwei");
        return new Applications(filing, catalog).submitted("SCJG-001", "W350104", "350102");
    }

    @Test
    void theClerkFlagsAMaterialAndIssuesOneCorrectionNotice() {
        CaseSummary c = submitted();
        signIn("clerk.cangshan");
        UI.getCurrent().navigate("window/cases/" + c.id());
        assertThat(text("case-number")).isEqualTo(c.caseNumber());
        assertThat(text("case-applicant-id")).isEqualTo("350104199003071237");
        List<CheckItem> lines = cases.details(c.id()).intakeChecklist().stream()
                .filter(l -> l.verdict() == Verdict.OPEN).toList();
        assertThat(lines).isNotEmpty();

        CheckItem flagged = lines.get(0);
        _setValue(_get(TextField.class, spec -> spec.withId("line-" + flagged.id() + "-reason")),
                "复印件不清晰，请重新扫描");
        _setValue(verdict(flagged), Verdict.NEEDS_CORRECTION);
        for (CheckItem line : lines.subList(1, lines.size())) {
            _setValue(verdict(line), Verdict.CONFORMS);
        }
        assertThat(cases.details(c.id()).intakeChecklist()).extracting(CheckItem::verdict)
                .doesNotContain(Verdict.OPEN).contains(Verdict.NEEDS_CORRECTION);

        _click(_get(Button.class, spec -> spec.withId("intake-request-correction")));
        assertThat(text("case-status")).isEqualTo("待补正");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("notice-CORRECTION"))).singleElement()
                .satisfies(a -> assertThat(a.getHref()).startsWith("/case-notices/" + c.id() + "/")
                        .endsWith("?inline=true"));
        assertThat(_find(Button.class, spec -> spec.withId("intake-accept"))).as("no decision while waiting")
                .isEmpty();
    }

    @Test
    void acceptIsRefusedWhileLinesAreOpenAndTheServiceSaysWhy() {
        CaseSummary c = submitted();
        signIn("clerk.cangshan");
        UI.getCurrent().navigate("window/cases/" + c.id());
        long open = cases.details(c.id()).intakeChecklist().stream().filter(l -> l.verdict() == Verdict.OPEN).count();
        _click(_get(Button.class, spec -> spec.withId("intake-accept")));
        assertThat(_get(Div.class, spec -> spec.withId("case-message")).getText())
                .isEqualTo("收件审查清单：收件审查清单还有" + open + "项未作结论，请逐项审查后再作决定");
        assertThat(text("case-status")).isEqualTo("已收件");
    }

    @Test
    void aNeedsCorrectionVerdictWaitsForItsReason() {
        CaseSummary c = submitted();
        signIn("clerk.cangshan");
        UI.getCurrent().navigate("window/cases/" + c.id());
        CheckItem line = cases.details(c.id()).intakeChecklist().stream().filter(l -> l.verdict() == Verdict.OPEN)
                .findFirst().orElseThrow();
        _setValue(verdict(line), Verdict.NEEDS_CORRECTION);
        assertThat(_get(TextField.class, spec -> spec.withId("line-" + line.id() + "-reason")).isInvalid()).isTrue();
        assertThat(cases.details(c.id()).intakeChecklist()).filteredOn(l -> l.id() == line.id())
                .extracting(CheckItem::verdict).containsExactly(Verdict.OPEN);
    }

    @Test
    void aClerkOfAnotherWindowFindsNothingAtTheCaseAddress() {
        CaseSummary c = submitted();
        signIn("clerk.putian");
        assertThatThrownBy(() -> UI.getCurrent().navigate("window/cases/" + c.id()))
                .isInstanceOf(NotFoundError.class);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Verdict> verdict(CheckItem line) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("line-" + line.id() + "-verdict"));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
