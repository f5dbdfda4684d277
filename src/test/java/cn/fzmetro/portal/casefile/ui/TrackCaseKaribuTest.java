package cn.fzmetro.portal.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.SignIn;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/** The QR code of a notice leads, by case number, to the case page of those who may see it. */
class TrackCaseKaribuTest extends KaribuViewTest {

    @Autowired
    CaseFiling filing;
    @Autowired
    CatalogQuery catalog;

    @Test
    void theApplicantLandsOnTheCasePageAndSomeoneElseFindsNothing() {
        SignIn.as(users, "zhangwei");
        CaseSummary c = new Applications(filing, catalog).submitted("SCJG-001", "W350104", "350102");
        signIn("zhangwei");
        UI.getCurrent().navigate("track/" + c.caseNumber());
        assertThat(_get(Span.class, spec -> spec.withId("case-number")).getText()).contains(c.caseNumber());

        UI.getCurrent().navigate("catalog"); // signing in again reloads the page, which is not minjiang's
        signIn("minjiang");
        assertThatThrownBy(() -> UI.getCurrent().navigate("track/" + c.caseNumber()))
                .isInstanceOf(NotFoundError.class);
    }
}
