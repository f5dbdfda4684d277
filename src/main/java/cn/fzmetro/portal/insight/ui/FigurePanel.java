package cn.fzmetro.portal.insight.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.fzmetro.portal.base.text.Csv;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * One figure of the dashboard: an ECharts chart and, beside it, the same numbers as a table (for
 * screen readers and for checking) with a CSV download. The chart is drawn in the browser from an
 * option object built here; the table is a plain grid of strings.
 */
class FigurePanel extends Div {

    private static final JsonMapper JSON = new JsonMapper();

    FigurePanel(String id, String title, Object chartOption, List<String> header, List<List<String>> rows,
            String csvLabel) {
        addClassName("insight-figure");
        setId(id);
        H3 heading = new H3(title);
        Div chart = new Div();
        chart.setId(id + "-chart");
        chart.addClassName("insight-chart");
        chart.getStyle().set("height", "320px").set("min-width", "320px").set("flex", "1 1 420px");
        // the element must be attached and sized before ECharts measures it
        chart.getElement().executeJs("const el = this; requestAnimationFrame(() => {"
                + " const c = window.echarts.getInstanceByDom(el) || window.echarts.init(el);"
                + " c.setOption(JSON.parse($0), true); });", JSON.writeValueAsString(chartOption));
        Grid<List<String>> table = new Grid<>();
        table.setId(id + "-table");
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            table.addColumn(r -> r.get(column)).setHeader(header.get(i)).setAutoWidth(true).setSortable(false);
        }
        table.setItems(rows);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(rows.size() <= 12);
        table.getStyle().set("flex", "1 1 360px").set("max-height", "360px");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new java.io.ByteArrayInputStream(csv(header, rows)), id + ".csv", "text/csv;charset=UTF-8", -1)),
                csvLabel);
        csv.setId(id + "-csv");
        Div body = new Div(chart, table);
        body.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        add(heading, body, csv);
    }

    static FigurePanel of(String id, String title, Object option, List<String> header, List<List<String>> rows,
            Component context) {
        return new FigurePanel(id, title, option, header, rows, context.getTranslation("insight.csv"));
    }

    /** UTF-8 with BOM so spreadsheet programs read the Chinese. */
    static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder().append(Csv.BYTE_ORDER_MARK).append(Csv.line(header));
        rows.forEach(r -> text.append(Csv.line(r)));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
