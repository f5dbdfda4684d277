package cn.fzmetro.portal.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fzmetro.portal.testsupport.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** Each role lands on its own home, sees only its own navigation, and no other role's views. */
class LayoutAndAccessKaribuTest extends KaribuViewTest {

    @Test
    void visitorsSeeThePortalInChinese() {
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class, spec -> spec.withId("home-title")).getText()).isEqualTo("福州都市圈通办");
        assertThat(navigation()).contains("办事指南").doesNotContain("我的办件", "窗口收件队列");
    }

    @Test
    void anApplicantLandsOnMyCasesAndSeesOnlyApplicantEntries() {
        signIn("zhangwei");
        UI.getCurrent().navigate("");
        assertThat(path()).isEqualTo("my-cases");
        assertThat(_get(H2.class, spec -> spec.withId("my-cases-title")).getText()).isEqualTo("我的办件");
        assertThat(navigation()).containsExactly("办事指南", "我的办件", "消息通知");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-name")).getText()).isEqualTo("张伟");
    }

    @Test
    void aClerkLandsOnTheWindowQueueAndSeesTheWindow() {
        signIn("clerk.cangshan");
        UI.getCurrent().navigate("");
        assertThat(path()).isEqualTo("window/queue");
        assertThat(navigation()).containsExactly("办事指南", "消息通知", "窗口收件队列", "窗口代办收件");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-affiliation")).getText())
                .contains("仓山区").contains("通办");
    }

    @Test
    void anOfficerLandsOnTheAuthorityQueue() {
        signIn("officer.gulou");
        UI.getCurrent().navigate("");
        assertThat(path()).isEqualTo("authority/queue");
        assertThat(navigation()).containsExactly("办事指南", "消息通知", "审批机关待办");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-affiliation")).getText())
                .isEqualTo("福州市鼓楼区市场监督管理局");
    }

    @Test
    void anAdministratorLandsOnTheCatalog() {
        signIn("admin");
        UI.getCurrent().navigate("");
        assertThat(path()).isEqualTo("admin/catalog");
        assertThat(navigation()).contains("事项目录管理").doesNotContain("我的办件", "窗口收件队列", "审批机关待办");
    }

    @Test
    void anApplicantOpeningAClerkViewByUrlIsRefused() {
        signIn("zhangwei");
        assertThatThrownBy(() -> UI.getCurrent().navigate("window/queue"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/catalog"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(H2.class, spec -> spec.withId("window-queue-title"))).isEmpty();
    }

    @Test
    void aClerkOpeningTheOfficersQueueByUrlIsRefused() {
        signIn("clerk.putian");
        assertThatThrownBy(() -> UI.getCurrent().navigate("authority/queue"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(H2.class, spec -> spec.withId("authority-queue-title"))).isEmpty();
    }

    @Test
    void aVisitorOpeningAProtectedViewIsSentToTheLogin() {
        UI.getCurrent().navigate("my-cases");
        assertThat(_find(H2.class, spec -> spec.withId("my-cases-title"))).isEmpty();
        assertThat(path()).isEqualTo("login");
    }

    @Test
    void theLanguageSwitchTurnsThePortalIntoEnglish() {
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("language-switch")));
        UI.getCurrent().navigate("catalog");
        assertThat(navigation()).contains("Service guides");
    }

    private static List<String> navigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
