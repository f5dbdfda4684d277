package cn.fzmetro.portal.casefile.ui;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.clock.ClockStatus;
import cn.fzmetro.portal.clock.Deadlines;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * A lazy, paged list of cases: each page is one database query, nothing is held in the session.
 * The fetch function decides the scope (my cases, window queue, authority queue).
 */
public class CaseListGrid extends Grid<CaseSummary> implements AfterNavigationObserver {

    /** Queues: the case whose clock runs out first on top. */
    public static final Sort BY_DEADLINE = Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.asc("id"));
    /** An applicant's own list: the latest change on top. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Deadlines.ZONE);

    /**
     * @param defaultOrder the order when the user has not sorted a column: queues by deadline,
     *                     an applicant's list newest first
     */
    public CaseListGrid(Function<Pageable, ? extends Slice<CaseSummary>> fetch, Deadlines deadlines, Sort defaultOrder) {
        this(fetch, deadlines, defaultOrder, "cases/");
    }

    /**
     * @param openPath where a clicked row leads, followed by the case id: staff open their own work
     *                 screens ({@code window/cases/}, {@code authority/cases/}) instead of the case page
     */
    public CaseListGrid(Function<Pageable, ? extends Slice<CaseSummary>> fetch, Deadlines deadlines, Sort defaultOrder,
            String openPath) {
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
        // drawn in the browser: a component per row would sit in the session of every clerk and officer
        addColumn(LitRenderer.<CaseSummary>of("<span theme=\"badge ${item.theme}\" ?hidden=${!item.clock}>${item.clock}</span>")
                .withProperty("clock", c -> clockText(deadlines, c)).withProperty("theme", c -> clockTheme(deadlines, c)))
                .setHeader(getTranslation("case.time-left")).setKey("timeLeft");
        setPartNameGenerator(c -> c.dueDate() == null ? null
                : "clock-" + deadlines.status(c.dueDate()).state().name().toLowerCase(java.util.Locale.ROOT));
        setEmptyStateText(getTranslation("case.list.empty"));
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(openPath + e.getItem().id())));
        setItems(query -> {
            Pageable page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            if (page.getSort().isUnsorted()) {
                page = PageRequest.of(page.getPageNumber(), page.getPageSize(), defaultOrder);
            }
            return fetch.apply(page).stream();
        });
    }

    /** The running clock in words: days left, the warning period, or overdue; empty when no clock runs. */
    private String clockText(Deadlines deadlines, CaseSummary c) {
        if (c.dueDate() == null) {
            return "";
        }
        ClockStatus status = deadlines.status(c.dueDate());
        return switch (status.state()) {
            case RUNNING -> getTranslation("case.time-left.running", status.workingDaysLeft());
            case WARNING -> getTranslation("case.time-left.warning", status.workingDaysLeft());
            case OVERDUE -> getTranslation("case.time-left.overdue", -status.workingDaysLeft());
        };
    }

    /** The Lumo badge colour of the clock. */
    private static String clockTheme(Deadlines deadlines, CaseSummary c) {
        if (c.dueDate() == null) {
            return "";
        }
        return switch (deadlines.status(c.dueDate()).state()) {
            case RUNNING -> "success";
            case WARNING -> "warning";
            case OVERDUE -> "error";
        };
    }

    /**
     * Every visit shows the list as it is now. Following the menu link to the page already shown
     * keeps the same view, and without this its list would stay as first loaded (an empty queue
     * would stay empty).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getDataProvider().refreshAll();
    }
}
