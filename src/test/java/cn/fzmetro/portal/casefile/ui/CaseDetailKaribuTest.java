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
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.github.mvysny.kaributesting.v10.NotFoundError;

/** An applicant follows a case's timeline and may withdraw it; nobody else's case opens. */
class CaseDetailKaribuTest extends KaribuViewTest {

    @Autowired
    CaseFiling filing;
    @Autowired
    CatalogQuery catalog;

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
        List<String> steps = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(steps).singleElement().asString().contains("提交申请").contains("仓山区行政服务中心");

        _click(_get(Button.class, spec -> spec.withId("case-withdraw")));
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("已撤回");
        assertThat(_find(Button.class, spec -> spec.withId("case-withdraw"))).as("nothing left to withdraw").isEmpty();
        assertThat(_find(ListItem.class)).hasSize(2);
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
}
