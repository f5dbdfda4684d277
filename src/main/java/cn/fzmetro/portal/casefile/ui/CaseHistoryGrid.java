package cn.fzmetro.portal.casefile.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.casefile.CaseHistoryLine;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The case's audit trail for staff: every step with who, in which role, where, when, what and why. */
public class CaseHistoryGrid extends Grid<CaseHistoryLine> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Deadlines.ZONE);

    public CaseHistoryGrid(List<CaseHistoryLine> lines) {
        super(CaseHistoryLine.class, false);
        setId("case-history");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(l -> WHEN.format(l.at())).setHeader(getTranslation("staff.history.when")).setAutoWidth(true);
        addColumn(CaseHistoryLine::actorName).setHeader(getTranslation("staff.history.who")).setAutoWidth(true);
        addColumn(l -> getTranslation("staff.role." + l.actorRole())).setHeader(getTranslation("staff.history.role"))
                .setAutoWidth(true);
        addColumn(l -> l.place() == null ? "" : l.place()).setHeader(getTranslation("staff.history.place"));
        addColumn(l -> getTranslation("case.action." + l.action().name()))
                .setHeader(getTranslation("staff.history.action")).setAutoWidth(true);
        addColumn(l -> l.detail() == null ? "" : l.detail()).setHeader(getTranslation("staff.history.detail"))
                .setFlexGrow(2);
        setAllRowsVisible(true);
        setItems(lines);
    }
}
