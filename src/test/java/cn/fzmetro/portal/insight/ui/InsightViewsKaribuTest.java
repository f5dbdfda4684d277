package cn.fzmetro.portal.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.SignIn;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** The dashboard and the audit search, as administrators use them, and refused to everyone else. */
class InsightViewsKaribuTest extends KaribuViewTest {

    @Autowired
    CaseFiling filing;
    @Autowired
    CatalogQuery catalog;

    @SuppressWarnings("unchecked")
    private static Grid<List<String>> table(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void theDashboardShowsEachFigureWithItsTableAndRefusesABackwardPeriod() {
        SignIn.as(users, "zhangwei");
        new Applications(filing, catalog).submitted("SCJG-001", "W350104", "350102");
        signIn("admin");
        UI.getCurrent().navigate("insight/dashboard");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-received")).getText()).startsWith("期间收件：");
        Grid<List<String>> items = table("figure-items-table");
        assertThat(GridKt._size(items)).isPositive();
        assertThat(GridKt._get(items, 0).get(0)).isNotBlank();
        assertThat(GridKt._size(table("figure-flow-table"))).isPositive();
        assertThat(GridKt._size(table("figure-ratings-table"))).isEqualTo(7); // five levels and two follow-up lines

        _setValue(_get(DatePicker.class, spec -> spec.withId("dashboard-from")), LocalDate.now().plusDays(1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("dashboard-to")), LocalDate.now());
        _click(_get(Button.class, spec -> spec.withId("dashboard-show")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-error")).getText()).contains("截止日期不能早于起始日期");
    }

    @Test
    void theAuditSearchFindsACaseByNumber() {
        SignIn.as(users, "zhangwei");
        CaseSummary c = new Applications(filing, catalog).submitted("SCJG-001", "W350104", "350102");
        signIn("admin");
        UI.getCurrent().navigate("admin/audit");
        _setValue(_get(TextField.class, spec -> spec.withId("audit-case-number")), c.caseNumber());
        _click(_get(Button.class, spec -> spec.withId("audit-search")));
        @SuppressWarnings("unchecked")
        Grid<cn.fzmetro.portal.casefile.AuditLine> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).caseNumber()).isEqualTo(c.caseNumber());
    }

    @Test
    void clerksAndApplicantsAreRefused() {
        signIn("clerk.cangshan");
        assertThatThrownBy(() -> UI.getCurrent().navigate("insight/dashboard"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/audit")).isInstanceOf(MockAccessDeniedException.class);
        UI.getCurrent().navigate("catalog"); // signing in again reloads the page, so leave the refused one
        signIn("zhangwei");
        assertThatThrownBy(() -> UI.getCurrent().navigate("insight/dashboard"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
