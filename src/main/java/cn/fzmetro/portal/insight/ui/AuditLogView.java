package cn.fzmetro.portal.insight.ui;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.casefile.AuditLine;
import cn.fzmetro.portal.casefile.AuditQuery;
import cn.fzmetro.portal.casefile.CaseAction;
import cn.fzmetro.portal.casefile.CaseAudit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;

/**
 * The append-only action log of all cases: search by case number, user, window or authority,
 * action and days; page through it lazily from the database; export what matches as CSV. Each
 * search and export is recorded before anything is shown.
 */
@Route("admin/audit")
@RolesAllowed("ADMIN")
@Menu(order = 70, title = "nav.audit", icon = "vaadin:records")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Deadlines.ZONE);

    private final transient CaseAudit audit;
    private final TextField caseNumber = new TextField();
    private final TextField actor = new TextField();
    private final TextField place = new TextField();
    private final ComboBox<CaseAction> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditLine> grid = new Grid<>();
    private AuditQuery query = new AuditQuery(null, null, null, null, null, null);

    AuditLogView(CaseAudit audit) {
        this.audit = audit;
        setSizeFull();
        H2 title = new H2(getTranslation("audit.title"));
        caseNumber.setLabel(getTranslation("audit.case-number"));
        caseNumber.setId("audit-case-number");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        place.setLabel(getTranslation("audit.place"));
        place.setId("audit-place");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(CaseAction.values());
        action.setItemLabelGenerator(a -> getTranslation("case.action." + a.name()));
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        Button search = new Button(getTranslation("audit.search"), e -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("audit-search");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            // rendered in memory, at most CaseAudit.MAX_EXPORT lines; the download itself is logged
            var bytes = new java.io.ByteArrayOutputStream();
            try (var out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                audit.exportCsv(query, out);
            }
            return new com.vaadin.flow.server.streams.DownloadResponse(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()), "case-actions.csv", "text/csv;charset=UTF-8",
                    bytes.size());
        }), getTranslation("audit.export"));
        export.setId("audit-export");
        HorizontalLayout filters = new HorizontalLayout(caseNumber, actor, place, action, from, to, search, export);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("audit-grid");
        grid.addColumn(l -> WHEN.format(l.at())).setHeader(getTranslation("audit.column.at")).setAutoWidth(true);
        grid.addColumn(AuditLine::caseNumber).setHeader(getTranslation("audit.case-number")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("case.action." + l.action().name())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditLine::actorName).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("audit.role." + l.actorRole())).setHeader(getTranslation("audit.column.role"))
                .setAutoWidth(true);
        grid.addColumn(AuditLine::place).setHeader(getTranslation("audit.place")).setAutoWidth(true);
        grid.addColumn(l -> (l.fromStatus() == null ? "" : getTranslation("case.status." + l.fromStatus().name()))
                + " → " + getTranslation("case.status." + l.toStatus().name()))
                .setHeader(getTranslation("audit.column.status")).setAutoWidth(true);
        grid.addColumn(AuditLine::detail).setHeader(getTranslation("audit.column.detail")).setFlexGrow(1);
        add(title, filters, grid);
        setFlexGrow(1, grid);
        search();
    }

    private void search() {
        query = new AuditQuery(caseNumber.getValue(), actor.getValue(), place.getValue(), action.getValue(),
                from.getValue(), to.getValue());
        AuditQuery current = query;
        CallbackDataProvider<AuditLine, Void> lines = DataProvider.fromCallbacks(
                q -> audit.search(current, PageRequest.of(q.getOffset() / q.getLimit(), q.getLimit())).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, audit.count(current)));
        grid.setItems(lines);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
