package cn.fzmetro.portal.review.ui;

import java.util.List;

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

/** The officer's home: cases transferred to the officer's own competent authority. */
@Route("authority/queue")
@Menu(order = 30, title = "nav.authority-queue", icon = "vaadin:gavel")
@RolesAllowed(Role.OFFICER_NAME)
class AuthorityQueueView extends VerticalLayout implements HasDynamicTitle {

    private static final List<CaseStatus> STATUSES = List.of(CaseStatus.TRANSFERRED, CaseStatus.UNDER_REVIEW,
            CaseStatus.SUSPENDED, CaseStatus.APPROVED, CaseStatus.DENIED, CaseStatus.CLOSED);

    private CaseListGrid grid;

    AuthorityQueueView(Cases cases, Deadlines deadlines, CatalogQuery catalog) {
        setSizeFull();
        H2 title = new H2(getTranslation("authority-queue.title"));
        title.setId("authority-queue-title");
        QueueFilterBar filters = new QueueFilterBar(STATUSES, catalog, null, () -> grid.getDataProvider().refreshAll());
        grid = new CaseListGrid(p -> cases.authorityQueue(filters.filter(), p), deadlines, CaseListGrid.BY_DEADLINE,
                "authority/cases/");
        grid.setId("authority-queue-grid");
        add(title, filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authority-queue.title");
    }
}
