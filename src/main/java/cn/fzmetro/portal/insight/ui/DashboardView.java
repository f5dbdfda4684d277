package cn.fzmetro.portal.insight.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseStatistics;
import cn.fzmetro.portal.casefile.CaseStatistics.Count;
import cn.fzmetro.portal.casefile.CaseStatistics.Dashboard;
import cn.fzmetro.portal.casefile.CaseStatistics.FlowCell;
import cn.fzmetro.portal.casefile.CaseStatistics.MaterialCorrections;
import cn.fzmetro.portal.casefile.CaseStatistics.Rate;
import cn.fzmetro.portal.rating.RatingStatistics;
import cn.fzmetro.portal.rating.RatingStatistics.RatingSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Where cross-district service stands for a period and region: cases received per item, window
 * and district, the flow matrix (receiving × competent district with median hours to
 * sign-for), on-time rates, the materials that cause most corrections and the average rounds.
 * Every chart has its table and a CSV download beside it. Supervisors see their own window.
 */
@Route("insight/dashboard")
@RolesAllowed({"ADMIN", "SUPERVISOR"})
@Menu(order = 60, title = "nav.dashboard", icon = "vaadin:chart")
// ECharts from its WebJar, served as a plain script (no front-end build)
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final transient CaseStatistics statistics;
    private final transient RatingStatistics ratings;
    private final transient AreaQuery area;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<RegionInfo> region = new ComboBox<>();
    private final Div figures = new Div();

    DashboardView(CaseStatistics statistics, RatingStatistics ratings, AreaQuery area, CurrentUser currentUser,
            Clock clock) {
        this.statistics = statistics;
        this.ratings = ratings;
        this.area = area;
        H2 title = new H2(getTranslation("insight.title"));
        title.setId("dashboard-title");
        LocalDate today = LocalDate.now(clock);
        from.setLabel(getTranslation("insight.from"));
        from.setValue(today.minusDays(29));
        from.setId("dashboard-from");
        to.setLabel(getTranslation("insight.to"));
        to.setValue(today);
        to.setId("dashboard-to");
        region.setLabel(getTranslation("insight.region"));
        region.setItems(area.regions());
        region.setItemLabelGenerator(RegionInfo::name);
        region.setClearButtonVisible(true);
        region.setPlaceholder(getTranslation("insight.region.all"));
        region.setId("dashboard-region");
        region.setVisible(currentUser.require().hasRole(Role.ADMIN));
        Button show = new Button(getTranslation("insight.show"), e -> refresh());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.setId("dashboard-show");
        HorizontalLayout filters = new HorizontalLayout(from, to, region, show);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        figures.setId("dashboard-figures");
        figures.setWidthFull();
        add(title, filters, figures);
        refresh();
    }

    private void refresh() {
        figures.removeAll();
        Dashboard d;
        try {
            d = statistics.dashboard(from.getValue(), to.getValue(),
                    region.getValue() == null ? null : region.getValue().code());
        } catch (InvalidInputException e) {
            var problem = e.problems().get(0);
            Paragraph error = new Paragraph(getTranslation(problem.field()) + "："
                    + getTranslation(problem.messageKey(), problem.args()));
            error.setId("dashboard-error");
            figures.add(error);
            return;
        }
        Paragraph total = new Paragraph(getTranslation("insight.received", d.received()));
        total.setId("dashboard-received");
        Paragraph rounds = new Paragraph(getTranslation("insight.average-rounds",
                d.averageCorrectionRounds() == null ? "—" : String.format("%.2f", d.averageCorrectionRounds())));
        rounds.setId("dashboard-rounds");
        figures.add(total, rounds,
                counts("figure-items", "insight.per-item", d.perItem(), c -> c.code() + " " + c.label()),
                counts("figure-windows", "insight.per-window", d.perWindow(), c -> windowName(c.code())),
                counts("figure-districts", "insight.per-district", d.perCompetentDistrict(),
                        c -> regionName(c.code())),
                flow(d.flow()), onTime(d.intakeOnTime(), d.decisionOnTime()),
                corrections(d.correctionsPerMaterial()), ratings(ratings.summary(d.from(), d.to())));
    }

    private FigurePanel ratings(RatingSummary summary) {
        List<String> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        summary.perLevel().forEach((level, count) -> {
            String label = getTranslation("rating.level." + level.name());
            labels.add(label);
            values.add(count);
            rows.add(List.of(label, String.valueOf(count)));
        });
        rows.add(List.of(getTranslation("insight.ratings.open-follow-ups"), String.valueOf(summary.openFollowUps())));
        rows.add(List.of(getTranslation("insight.ratings.overdue-follow-ups"),
                String.valueOf(summary.overdueFollowUps())));
        return FigurePanel.of("figure-ratings", getTranslation("insight.ratings"), bar(labels, values),
                List.of(getTranslation("insight.column.name"), getTranslation("insight.column.count")), rows, this);
    }

    private FigurePanel counts(String id, String titleKey, List<Count> counts,
            java.util.function.Function<Count, String> label) {
        List<String> labels = counts.stream().map(label).toList();
        List<List<String>> rows = counts.stream().map(c -> List.of(label.apply(c), String.valueOf(c.count())))
                .toList();
        return FigurePanel.of(id, getTranslation(titleKey), bar(labels, counts.stream().map(Count::count).toList()),
                List.of(getTranslation("insight.column.name"), getTranslation("insight.column.cases")), rows, this);
    }

    private FigurePanel flow(List<FlowCell> cells) {
        Set<String> receiving = new LinkedHashSet<>();
        Set<String> competent = new LinkedHashSet<>();
        cells.forEach(c -> {
            receiving.add(regionName(c.from()));
            competent.add(regionName(c.to()));
        });
        List<String> xs = new ArrayList<>(competent);
        List<String> ys = new ArrayList<>(receiving);
        List<List<Object>> points = new ArrayList<>();
        long max = 1;
        for (FlowCell c : cells) {
            points.add(List.of(xs.indexOf(regionName(c.to())), ys.indexOf(regionName(c.from())), c.cases()));
            max = Math.max(max, c.cases());
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", 110, "bottom", 90));
        option.put("xAxis", Map.of("type", "category", "data", xs, "name", getTranslation("insight.flow.competent"),
                "axisLabel", Map.of("rotate", 30)));
        option.put("yAxis", Map.of("type", "category", "data", ys, "name", getTranslation("insight.flow.receiving")));
        option.put("visualMap", Map.of("min", 0, "max", max, "calculable", true, "orient", "horizontal",
                "left", "center", "bottom", 0));
        option.put("series", List.of(Map.of("type", "heatmap", "data", points, "label", Map.of("show", true))));
        List<List<String>> rows = cells.stream().map(c -> List.of(regionName(c.from()), regionName(c.to()),
                String.valueOf(c.cases()), String.valueOf(c.signedFor()),
                c.medianHoursToSignFor() == null ? "—" : String.valueOf(c.medianHoursToSignFor()))).toList();
        return FigurePanel.of("figure-flow", getTranslation("insight.flow"), option,
                List.of(getTranslation("insight.flow.receiving"), getTranslation("insight.flow.competent"),
                        getTranslation("insight.column.cases"), getTranslation("insight.flow.signed"),
                        getTranslation("insight.flow.median-hours")), rows, this);
    }

    private FigurePanel onTime(Rate intake, Rate decision) {
        List<String> labels = List.of(getTranslation("insight.on-time.intake"),
                getTranslation("insight.on-time.decision"));
        List<Object> values = new ArrayList<>();
        values.add(intake.percent());
        values.add(decision.percent());
        List<List<String>> rows = List.of(rateRow(labels.get(0), intake), rateRow(labels.get(1), decision));
        return FigurePanel.of("figure-on-time", getTranslation("insight.on-time"), bar(labels, values),
                List.of(getTranslation("insight.column.name"), getTranslation("insight.on-time.in-time"),
                        getTranslation("insight.on-time.decided"), getTranslation("insight.column.percent")), rows,
                this);
    }

    private static List<String> rateRow(String label, Rate r) {
        return List.of(label, String.valueOf(r.part()), String.valueOf(r.whole()),
                r.percent() == null ? "—" : r.percent() + "%");
    }

    private FigurePanel corrections(List<MaterialCorrections> materials) {
        List<MaterialCorrections> top = materials.stream().limit(15).toList();
        List<String> labels = top.stream().map(m -> m.itemCode() + " " + m.materialName()).toList();
        List<Object> values = new ArrayList<>(top.stream().map(MaterialCorrections::percent).toList());
        List<List<String>> rows = materials.stream().map(m -> List.of(m.itemCode() + " " + m.itemName(),
                m.materialCode() + " " + m.materialName(), String.valueOf(m.casesCorrected()),
                String.valueOf(m.casesReceived()), m.percent() == null ? "—" : m.percent() + "%")).toList();
        return FigurePanel.of("figure-corrections", getTranslation("insight.corrections"), bar(labels, values),
                List.of(getTranslation("insight.column.item"), getTranslation("insight.column.material"),
                        getTranslation("insight.corrections.corrected"), getTranslation("insight.column.cases"),
                        getTranslation("insight.column.percent")), rows, this);
    }

    private static Map<String, Object> bar(List<String> labels, List<?> values) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 50, "bottom", 100));
        option.put("xAxis", Map.of("type", "category", "data", labels, "axisLabel",
                Map.of("rotate", 30, "interval", 0)));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", List.of(Map.of("type", "bar", "data", values)));
        return option;
    }

    private String regionName(String code) {
        return code == null ? "—" : area.region(code).map(RegionInfo::name).orElse(code);
    }

    private String windowName(String code) {
        return code == null ? "—" : area.window(code).map(WindowInfo::name).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.title");
    }
}
