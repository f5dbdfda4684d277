package cn.fzmetro.portal.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fzmetro.portal.account.AccountSummary;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.TestIdentities;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The user administration screen and the forced password change: an administrator opens a clerk
 * account for a window, the clerk signs in, must change the password first, then lands on the
 * window queue; other roles cannot open the screen.
 */
class UserAdminKaribuTest extends KaribuViewTest {

    @Test
    void anAdministratorSeesTheAccountsAndFiltersThem() {
        signIn("admin");
        UI.getCurrent().navigate("admin/users");
        assertThat(_get(H2.class, spec -> spec.withId("admin-users-title")).getText()).isEqualTo("用户管理");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("用户管理");
        assertThat(usernames()).contains("admin", "clerk.cangshan", "zhangwei");

        _setValue(_get(TextField.class, spec -> spec.withId("admin-users-search")), "cangshan");
        assertThat(usernames()).containsExactlyInAnyOrder("clerk.cangshan", "supervisor.cangshan");
        assertThat(GridKt._getFormatted(grid(), 0, "roles")).isEqualTo("窗口工作人员");
        assertThat(GridKt._getFormatted(grid(), 0, "affiliation")).contains("仓山区");
        assertThat(GridKt._getFormatted(grid(), 0, "state")).isEqualTo("已启用");
    }

    @Test
    void aClerkOpenedForAWindowMustChangeThePasswordThenLandsOnTheQueue() {
        signIn("admin");
        UI.getCurrent().navigate("admin/users");
        String username = TestIdentities.username("clerk");
        _click(_get(Button.class, spec -> spec.withId("admin-users-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("admin-users-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("admin-users-display-name")), "李娜");
        assertThat(roles().getValue()).containsExactly(Role.CLERK);
        _setValue(_get(PasswordField.class, spec -> spec.withId("admin-users-initial-password")), "Start2026x");
        _click(_get(Button.class, spec -> spec.withId("admin-users-save")));
        assertThat(errorText()).as("the window is required for a clerk")
                .isEqualTo("所属通办窗口：窗口工作人员和窗口负责人必须选择所属通办窗口");
        assertThat(window().isInvalid()).isTrue();

        window().setValue(window().getListDataView().getItems().filter(w -> w.code().equals("W350104"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("admin-users-save")));
        assertThat(errorText()).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("admin-users-search")), username);
        assertThat(usernames()).containsExactly(username);
        assertThat(GridKt._getFormatted(grid(), 0, "state")).isEqualTo("已启用（下次登录须修改密码）");

        signIn(username);
        UI.getCurrent().navigate("");
        assertThat(path()).isEqualTo("change-password");
        assertThat(_get(Paragraph.class, spec -> spec.withId("change-password-intro")).getText()).contains("管理员");
        UI.getCurrent().navigate("window/queue");
        assertThat(path()).as("no way around the password change").isEqualTo("change-password");

        _setValue(_get(PasswordField.class, spec -> spec.withId("change-password-current")), "Start2026x");
        _setValue(_get(PasswordField.class, spec -> spec.withId("change-password-new")), "onlyletters");
        _setValue(_get(PasswordField.class, spec -> spec.withId("change-password-again")), "onlyletters");
        _click(_get(Button.class, spec -> spec.withId("change-password-submit")));
        assertThat(_get(Div.class, spec -> spec.withId("change-password-errors")).getElement().getTextRecursively())
                .isEqualTo("新密码：须为8至64个字符，且同时包含字母和数字");
        assertThat(path()).isEqualTo("change-password");

        _setValue(_get(PasswordField.class, spec -> spec.withId("change-password-new")), "Mine2026abc");
        _setValue(_get(PasswordField.class, spec -> spec.withId("change-password-again")), "Mine2026abc");
        _click(_get(Button.class, spec -> spec.withId("change-password-submit")));
        assertThat(path()).isEqualTo("window/queue");
        assertThat(_get(H2.class, spec -> spec.withId("window-queue-title")).getText()).isEqualTo("窗口收件队列");
        UI.getCurrent().navigate("");
        assertThat(path()).isEqualTo("window/queue");
    }

    @Test
    void anApplicantsAccountIsShownReadOnlyAndCanOnlyBeDisabled() {
        signIn("admin");
        UI.getCurrent().navigate("admin/users");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-users-search")), "zhangwei");
        grid().select(GridKt._get(grid(), 0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("admin-users-applicant-note")).isVisible()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("admin-users-save"))).as("no save: nothing to edit").isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("admin-users-display-name")).isReadOnly()).isTrue();
        assertThat(roles().isReadOnly()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("admin-users-toggle")).getText()).isEqualTo("停用账号");
        assertThat(_find(Button.class, spec -> spec.withId("admin-users-reset"))).as("no password reset").isEmpty();
    }

    @Test
    void aClerkCannotOpenUserAdministration() {
        signIn("clerk.cangshan");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(H2.class, spec -> spec.withId("admin-users-title"))).isEmpty();
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("用户管理");
    }

    @Test
    void everySignedInUserMayChangeTheirPasswordButVisitorsMayNot() {
        UI.getCurrent().navigate("change-password");
        assertThat(path()).isEqualTo("login");
        signIn("zhangwei");
        UI.getCurrent().navigate("change-password");
        assertThat(_get(Paragraph.class, spec -> spec.withId("change-password-intro")).getText())
                .isEqualTo("请输入当前密码，并设置新密码。");
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccountSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("admin-users-grid"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, spec -> spec.withId("admin-users-roles"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<WindowInfo> window() {
        return _get(ComboBox.class, spec -> spec.withId("admin-users-window"));
    }

    private static List<String> usernames() {
        return GridKt._fetch(grid(), 0, 500).stream().map(AccountSummary::username).toList();
    }

    private static String errorText() {
        return _get(Div.class, spec -> spec.withId("admin-users-errors")).getElement().getTextRecursively();
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

}
