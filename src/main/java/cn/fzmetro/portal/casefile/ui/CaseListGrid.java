package cn.fzmetro.portal.casefile.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import cn.fzmetro.portal.casefile.CaseSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * A lazy, paged list of cases: each page is one database query, nothing is held in the session.
 * The fetch function decides the scope (my cases, window queue, authority queue).
 */
public class CaseListGrid extends Grid<CaseSummary> {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    public CaseListGrid(Function<Pageable, Page<CaseSummary>> fetch) {
        super(CaseSummary.class, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(c -> c.caseNumber() == null ? getTranslation("case.number.none") : c.caseNumber())
                .setHeader(getTranslation("case.number")).setKey("caseNumber").setAutoWidth(true);
        addColumn(CaseSummary::itemName).setHeader(getTranslation("case.item")).setKey("itemName").setFlexGrow(2);
        addColumn(CaseSummary::applicantName).setHeader(getTranslation("case.applicant")).setKey("applicantName");
        addColumn(c -> getTranslation("case.status." + c.status().name())).setHeader(getTranslation("case.status"))
                .setKey("status");
        addColumn(c -> c.receivedAt() == null ? "" : DATE_TIME.format(c.receivedAt()))
                .setHeader(getTranslation("case.received-at")).setKey("receivedAt").setSortable(true)
                .setSortProperty("receivedAt");
        addColumn(c -> c.dueDate() == null ? "" : c.dueDate().toString()).setHeader(getTranslation("case.due-date"))
                .setKey("dueDate").setSortable(true).setSortProperty("dueDate");
        setEmptyStateText(getTranslation("case.list.empty"));
        setItems(query -> {
            Pageable page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return fetch.apply(page).stream();
        });
    }
}
