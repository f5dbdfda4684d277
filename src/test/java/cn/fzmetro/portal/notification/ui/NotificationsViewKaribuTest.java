package cn.fzmetro.portal.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.account.AccountService;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.notification.NotificationItem;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.TestApplicants;
import cn.fzmetro.portal.testsupport.TestCases;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The applicant reads what happened to their cases, in their language, and marks it read. */
class NotificationsViewKaribuTest extends KaribuViewTest {

    @Autowired
    AccountService accounts;

    @Test
    void theApplicantReadsTheNewestFirstWithALinkToTheCaseAndMarksThemRead() {
        String applicant = TestApplicants.register(accounts, null);
        CaseSummary c = TestCases.transferred(context, applicant);
        signIn(applicant);
        UI.getCurrent().navigate("notifications");

        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("消息通知");
        assertThat(unread()).isEqualTo("未读 2 条");
        Grid<NotificationItem> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid, 0, "message")).isEqualTo("您的办件 " + c.caseNumber()
                + "（有限责任公司设立登记）已受理，并已转至福州市鼓楼区市场监督管理局审批。");
        assertThat(GridKt._getFormatted(grid, 1, "message")).contains("已提交至仓山区");
        Anchor link = (Anchor) GridKt._getCellComponent(grid, 0, "case");
        assertThat(link.getHref()).isEqualTo("cases/" + c.id());
        assertThat(link.getText()).isEqualTo(c.caseNumber());

        GridKt._clickItem(grid, 0);
        assertThat(unread()).isEqualTo("未读 1 条");
        assertThat(GridKt._get(grid, 0).unread()).isFalse();
        assertThat(GridKt._get(grid, 1).unread()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all-read")));
        assertThat(unread()).isEqualTo("未读 0 条");
        assertThat(GridKt._get(grid, 1).unread()).isFalse();
    }

    @Test
    void inEnglishTheSameNotificationReadsInEnglish() {
        String applicant = TestApplicants.register(accounts, null);
        CaseSummary c = TestCases.submitted(context, applicant);
        signIn(applicant);
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("language-switch")));
        UI.getCurrent().navigate("notifications");

        assertThat(_get(H2.class, spec -> spec.withId("notifications-title")).getText()).isEqualTo("Notifications");
        assertThat(GridKt._getFormatted(grid(), 0, "message"))
                .startsWith("Your case " + c.caseNumber() + " (有限责任公司设立登记) was handed in at");
    }

    @Test
    void staffSeeTheirOwnNotifications() {
        signIn("clerk.cangshan");
        UI.getCurrent().navigate("notifications");
        assertThat(_get(H2.class, spec -> spec.withId("notifications-title")).getText()).isEqualTo("消息通知");
    }

    @Test
    void administratorsAreRefusedTheView() {
        signIn("admin");
        assertThatThrownBy(() -> UI.getCurrent().navigate("notifications"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(H2.class, spec -> spec.withId("notifications-title"))).isEmpty();
    }

    private static String unread() {
        return _get(Span.class, spec -> spec.withId("notifications-unread")).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<NotificationItem> grid() {
        return _get(Grid.class, spec -> spec.withId("notifications-grid"));
    }
}
