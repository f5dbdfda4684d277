package cn.fzmetro.portal.rating.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.account.AccountService;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.rating.SatisfactionLevel;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.TestApplicants;
import cn.fzmetro.portal.testsupport.TestCases;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** The applicant rates a closed case on its rating page, once; others cannot open it. */
class RateCaseViewKaribuTest extends KaribuViewTest {

    @Autowired
    AccountService accounts;

    @Test
    void theApplicantRatesAClosedCaseAndThenSeesTheRatingGiven() {
        String applicant = TestApplicants.register(accounts, null);
        CaseSummary c = TestCases.closed(context, applicant);
        signIn(applicant);
        UI.getCurrent().navigate("cases/" + c.id() + "/rating");

        assertThat(_get(Span.class, spec -> spec.withId("rating-case-number")).getText()).contains(c.caseNumber());
        assertThat(_get(Span.class, spec -> spec.withId("rating-case-item")).getText()).contains("有限责任公司设立登记");
        RadioButtonGroup<SatisfactionLevel> level = level();
        assertThat(level.getListDataView().getItems().map(level.getItemLabelGenerator()))
                .containsExactly("非常满意", "满意", "基本满意", "不满意", "非常不满意");

        _click(_get(Button.class, spec -> spec.withId("rating-submit")));
        assertThat(level.isInvalid()).as("a level is required").isTrue();
        assertThat(level.getErrorMessage()).isEqualTo("此项为必填项");

        TextArea comment = _get(TextArea.class, spec -> spec.withId("rating-comment"));
        HasValueUtilsKt._setValue(level, SatisfactionLevel.BASIC);
        HasValueUtilsKt._setValue(comment, "材料清单可以写得更清楚");
        assertThat(comment.getHelperText()).isEqualTo("11/500 字");
        _click(_get(Button.class, spec -> spec.withId("rating-submit")));

        assertThat(_get(Span.class, spec -> spec.withId("rating-given-level")).getText()).isEqualTo("您的评价：基本满意");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rating-given-comment")).getText())
                .isEqualTo("评价意见：材料清单可以写得更清楚");
        assertThat(_find(RadioButtonGroup.class)).as("rated once: no form any more").isEmpty();

        UI.getCurrent().navigate("cases/" + c.id() + "/rating");
        assertThat(_get(Span.class, spec -> spec.withId("rating-given-level")).getText()).isEqualTo("您的评价：基本满意");
    }

    @Test
    void beforeTheCaseIsClosedThePageSaysWhenRatingOpens() {
        String applicant = TestApplicants.register(accounts, null);
        CaseSummary c = TestCases.transferred(context, applicant);
        signIn(applicant);
        UI.getCurrent().navigate("cases/" + c.id() + "/rating");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rating-not-closed")).getText()).contains("办结后");
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
    }

    @Test
    void anotherApplicantFindsNoSuchPage() {
        CaseSummary c = TestCases.closed(context, TestApplicants.register(accounts, null));
        signIn("minjiang");
        assertThatThrownBy(() -> UI.getCurrent().navigate("cases/" + c.id() + "/rating"))
                .isInstanceOf(NotFoundError.class);
        assertThat(_find(Span.class, spec -> spec.withId("rating-case-number"))).isEmpty();
    }

    @Test
    void staffMayNotOpenTheRatingPage() {
        CaseSummary c = TestCases.closed(context, TestApplicants.register(accounts, null));
        signIn("officer.gulou");
        assertThatThrownBy(() -> UI.getCurrent().navigate("cases/" + c.id() + "/rating"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<SatisfactionLevel> level() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("rating-level"));
    }
}
