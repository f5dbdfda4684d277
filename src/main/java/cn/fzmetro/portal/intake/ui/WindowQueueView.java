package cn.fzmetro.portal.intake.ui;

import java.util.List;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseStatus;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.ui.CaseListGrid;
import cn.fzmetro.portal.casefile.ui.QueueFilterBar;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.clock.Deadlines;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The window clerk's home: cases handed in at the clerk's own window. */
@Route("window/queue")
@Menu(order = 20, title = "nav.window-queue", icon = "vaadin:inbox")
@RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
class WindowQueueView extends VerticalLayout implements HasDynamicTitle {

    private static final List<CaseStatus> STATUSES = List.of(CaseStatus.DRAFT, CaseStatus.RECEIVED,
            CaseStatus.CORRECTION_REQUESTED, CaseStatus.REFUSED, CaseStatus.TRANSFERRED, CaseStatus.UNDER_REVIEW,
            CaseStatus.APPROVED, CaseStatus.DENIED, CaseStatus.CLOSED, CaseStatus.WITHDRAWN);

    private CaseListGrid grid;

    WindowQueueView(Cases cases, Deadlines deadlines, CatalogQuery catalog, AreaQuery area) {
        setSizeFull();
        H2 title = new H2(getTranslation("window-queue.title"));
        title.setId("window-queue-title");
        QueueFilterBar filters = new QueueFilterBar(STATUSES, catalog, area, () -> grid.getDataProvider().refreshAll());
        grid = new CaseListGrid(p -> cases.windowQueue(filters.filter(), p), deadlines, CaseListGrid.BY_DEADLINE,
                "window/cases/");
        grid.setId("window-queue-grid");
        add(title, filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("window-queue.title");
    }
}
