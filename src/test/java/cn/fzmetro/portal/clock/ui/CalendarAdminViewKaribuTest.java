package cn.fzmetro.portal.clock.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.clock.CalendarYearInfo;
import cn.fzmetro.portal.clock.TestYears;
import cn.fzmetro.portal.clock.WorkingDays;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;

/** The calendar administration screen, for the administrator and for everyone else. */
class CalendarAdminViewKaribuTest extends KaribuViewTest {

    @Autowired
    WorkingDays workingDays;

    @Test
    void theAdministratorSeesTheYearsAndTheWarningFor2027() {
        signIn("admin");
        UI.getCurrent().navigate("admin/calendar");

        assertThat(_get(H2.class, spec -> spec.withId("admin-calendar-title")).getText()).isEqualTo("工作日历管理");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("工作日历管理");
        @SuppressWarnings("unchecked")
        Grid<CalendarYearInfo> grid = _get(Grid.class, spec -> spec.withId("admin-calendar-grid"));
        List<Integer> years = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            years.add(GridKt._get(grid, row).year());
        }
        assertThat(years).contains(2025, 2026, 2027);
        int row2027 = years.indexOf(2027);
        assertThat(GridKt._getFormatted(grid, row2027, "official")).isEqualTo("否（按周一至周五计算）");
        assertThat(GridKt._getFormatted(grid, years.indexOf(2026), "official")).isEqualTo("是");
        assertThat(GridKt._getFormatted(grid, years.indexOf(2026), "source")).contains("2026年部分节假日安排");

        Span warning = _get(Span.class, spec -> spec.withId("admin-calendar-warning"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getElement().getTextRecursively()).contains("2027").contains("周一至周五")
                .doesNotContain("2025", "2026、");
    }

    @Test
    void aRefusedUploadShowsEveryProblemAndChangesNothing() {
        signIn("admin");
        UI.getCurrent().navigate("admin/calendar");
        List<CalendarYearInfo> before = workingDays.years();
        // 2026-03-02 is a Monday, and a year's file cannot list 2025-06-01
        String bad = """
                year: 2026
                official: true
                source: 有误的日历
                holidays:
                  - {date: "2025-06-01", name: 端午节}
                adjustedWorkdays:
                  - {date: "2026-03-02", name: 调休}
                """;

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("admin-calendar-upload")), "2026.yaml",
                "application/yaml", bad.getBytes(StandardCharsets.UTF_8));

        Div errors = _get(Div.class, spec -> spec.withId("admin-calendar-errors"));
        assertThat(errors.isVisible()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("admin-calendar-errors-heading")).getText()).contains("2026.yaml");
        List<String> shown = _find(errors, ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(shown).hasSize(2);
        assertThat(shown).anyMatch(p -> p.contains("/holidays/0/date") && p.contains("不属于 2026 年日历"));
        assertThat(shown).anyMatch(p -> p.contains("/adjustedWorkdays/0/date") && p.contains("调休上班日须为周六或周日"));
        assertThat(workingDays.years()).isEqualTo(before);
        assertThat(workingDays.isWorkingDay(java.time.LocalDate.parse("2026-02-14"))).isTrue();
    }

    @Test
    void anAcceptedUploadShowsTheNewYear() {
        signIn("admin");
        UI.getCurrent().navigate("admin/calendar");
        String official2095 = """
                year: 2095
                official: true
                source: 测试用官方日历
                holidays:
                  - {date: "2095-01-03", name: 元旦}
                adjustedWorkdays: []
                """;
        try {
            UploadKt._upload(_get(Upload.class, spec -> spec.withId("admin-calendar-upload")), "2095.yaml",
                    "application/yaml", official2095.getBytes(StandardCharsets.UTF_8));

            assertThat(_find(Div.class, spec -> spec.withId("admin-calendar-errors"))).as("no errors shown").isEmpty();
            @SuppressWarnings("unchecked")
            Grid<CalendarYearInfo> grid = _get(Grid.class, spec -> spec.withId("admin-calendar-grid"));
            List<CalendarYearInfo> rows = new ArrayList<>();
            for (int row = 0; row < GridKt._size(grid); row++) {
                rows.add(GridKt._get(grid, row));
            }
            assertThat(rows).filteredOn(y -> y.year() == 2095).singleElement()
                    .satisfies(y -> assertThat(y.official()).isTrue())
                    .satisfies(y -> assertThat(y.importedBy()).isEqualTo("admin"));
            assertThat(workingDays.isWorkingDay(java.time.LocalDate.parse("2095-01-03"))).isFalse();
        } finally {
            TestYears.remove(context, 2095);
        }
    }

    @Test
    void anApplicantIsRefusedTheView() {
        signIn("zhangwei");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/calendar"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(H2.class, spec -> spec.withId("admin-calendar-title"))).isEmpty();
    }

    @Test
    void aVisitorIsSentToTheLogin() {
        UI.getCurrent().navigate("admin/calendar");
        assertThat(_find(H2.class, spec -> spec.withId("admin-calendar-title"))).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }
}
