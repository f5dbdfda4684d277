package cn.fzmetro.portal.area.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import cn.fzmetro.portal.area.AuthorityEntry;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.area.WindowEntry;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;

/** The window and authority administration screens, for the administrator and for a clerk. */
class AreaAdminKaribuTest extends KaribuViewTest {

    @Test
    void anAdministratorCreatesClosesAndDeletesAWindowButNotOneInUse() {
        signIn("admin");
        UI.getCurrent().navigate("admin/windows");
        assertThat(_get(H2.class, spec -> spec.withId("admin-windows-title")).getText()).isEqualTo("通办窗口管理");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .contains("用户管理", "通办窗口管理", "审批机关管理");
        assertThat(windowCodes()).contains("W350104", "W350302");

        String code = "W" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        _click(_get(Button.class, spec -> spec.withId("admin-windows-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("admin-windows-code")), code);
        _setValue(_get(TextField.class, spec -> spec.withId("admin-windows-name")), "测试通办窗口");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-windows-address")), "福州市仓山区测试路1号");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-windows-phone")), "电话");
        _click(_get(Button.class, spec -> spec.withId("admin-windows-save")));
        assertThat(errors("admin-windows-errors")).contains("所在地区：请选择所在地区")
                .contains("电话：电话号码只能由数字");
        assertThat(windowCodes()).doesNotContain(code);

        ComboBox<RegionInfo> region = comboBox("admin-windows-region");
        region.setValue(region.getListDataView().getItems().filter(r -> r.code().equals("350104")).findFirst()
                .orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("admin-windows-phone")), "0591-12345678");
        _click(_get(Button.class, spec -> spec.withId("admin-windows-save")));
        assertThat(errors("admin-windows-errors")).isEmpty();
        assertThat(windowCodes()).contains(code);
        assertThat(_get(Span.class, spec -> spec.withId("admin-windows-state")).getText()).isEqualTo("接收新办件");

        _click(_get(Button.class, spec -> spec.withId("admin-windows-toggle")));
        assertThat(_get(Span.class, spec -> spec.withId("admin-windows-state")).getText()).isEqualTo("已停止接收新办件");

        _click(_get(Button.class, spec -> spec.withId("admin-windows-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("admin-windows-confirm-delete")));
        assertThat(windowCodes()).doesNotContain(code);

        _setValue(_get(TextField.class, spec -> spec.withId("admin-windows-search")), "W350104");
        Grid<WindowEntry> grid = windowGrid();
        grid.select(GridKt._get(grid, 0));
        _click(_get(Button.class, spec -> spec.withId("admin-windows-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("admin-windows-confirm-delete")));
        assertThat(errors("admin-windows-errors")).startsWith("通办窗口：").contains("不能删除");
        assertThat(windowCodes()).containsExactly("W350104");
    }

    @Test
    void anAdministratorFiltersTheAuthorities() {
        signIn("admin");
        UI.getCurrent().navigate("admin/authorities");
        assertThat(_get(H2.class, spec -> spec.withId("admin-authorities-title")).getText()).isEqualTo("审批机关管理");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-authorities-search")), "A350102-SCJG");
        @SuppressWarnings("unchecked")
        Grid<AuthorityEntry> grid = _get(Grid.class, spec -> spec.withId("admin-authorities-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo("福州市鼓楼区市场监督管理局");
        assertThat(GridKt._getFormatted(grid, 0, "department")).isEqualTo("市场监督管理局");
        grid.select(GridKt._get(grid, 0));
        assertThat(_get(TextField.class, spec -> spec.withId("admin-authorities-code")).isReadOnly()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("admin-authorities-phone")).getLabel())
                .isEqualTo("联系电话");
    }

    @Test
    void aClerkCannotOpenTheAreaAdministration() {
        signIn("clerk.cangshan");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/windows"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/authorities"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(H2.class, spec -> spec.withId("admin-windows-title"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<WindowEntry> windowGrid() {
        return _get(Grid.class, spec -> spec.withId("admin-windows-grid"));
    }

    private static List<String> windowCodes() {
        return GridKt._fetch(windowGrid(), 0, 500).stream().map(WindowEntry::code).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static String errors(String id) {
        return _get(ProblemList.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
