package cn.fzmetro.portal.rating.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.account.AccountService;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.rating.FollowUpState;
import cn.fzmetro.portal.rating.RatingInfo;
import cn.fzmetro.portal.rating.Ratings;
import cn.fzmetro.portal.rating.SatisfactionLevel;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.SignIn;
import cn.fzmetro.portal.testsupport.TestApplicants;
import cn.fzmetro.portal.testsupport.TestCases;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;

/** Administrators find poor ratings by filter and record the follow-up; applicants cannot open the view. */
class RatingAdminViewKaribuTest extends KaribuViewTest {

    @Autowired
    AccountService accounts;
    @Autowired
    Ratings ratings;

    @Test
    void theAdministratorFindsAnOpenFollowUpAndRecordsItsResult() {
        String applicant = TestApplicants.register(accounts, null);
        CaseSummary c = TestCases.closed(context, applicant);
        SignIn.as(users, applicant);
        ratings.rate(c.id(), SatisfactionLevel.VERY_DISSATISFIED, "窗口让我跑了三趟");

        signIn("admin");
        UI.getCurrent().navigate("admin/ratings");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("好差评管理");
        HasValueUtilsKt._setValue(select("admin-ratings-level"), SatisfactionLevel.VERY_DISSATISFIED);
        HasValueUtilsKt._setValue(select("admin-ratings-follow-up"), FollowUpState.OPEN);
        Grid<RatingInfo> grid = grid();
        int row = rowOf(grid, c.caseNumber());
        assertThat(row).as("the open follow-up is listed").isGreaterThanOrEqualTo(0);
        assertThat(GridKt._getFormatted(grid, row, "level")).isEqualTo("非常不满意");
        assertThat(GridKt._getFormatted(grid, row, "comment")).isEqualTo("窗口让我跑了三趟");
        assertThat(GridKt._getFormatted(grid, row, "followUp")).startsWith("待回访（");

        grid.select(GridKt._get(grid, row));
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("admin-ratings-result")),
                "已电话回访申请人，窗口已按收件标准一次性告知，并致歉");
        _click(_get(Button.class, spec -> spec.withId("admin-ratings-complete")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("admin-ratings-result-given")).getText())
                .contains("已电话回访申请人");
        assertThat(rowOf(grid, c.caseNumber())).as("no longer open").isNegative();
        HasValueUtilsKt._setValue(select("admin-ratings-follow-up"), FollowUpState.DONE);
        assertThat(GridKt._getFormatted(grid, rowOf(grid, c.caseNumber()), "followUp")).isEqualTo("已回访");
    }

    @Test
    void anApplicantIsRefusedTheView() {
        signIn("zhangwei");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/ratings"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(H2.class, spec -> spec.withId("admin-ratings-title"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<RatingInfo> grid() {
        return _get(Grid.class, spec -> spec.withId("admin-ratings-grid"));
    }

    private static int rowOf(Grid<RatingInfo> grid, String caseNumber) {
        List<RatingInfo> rows = GridKt._fetch(grid, 0, 500);
        for (int i = 0; i < rows.size(); i++) {
            if (caseNumber.equals(rows.get(i).caseNumber())) {
                return i;
            }
        }
        return -1;
    }
}
