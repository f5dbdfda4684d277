package cn.fzmetro.portal.review.ui;

import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.ui.CaseListGrid;
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

    AuthorityQueueView(Cases cases, Deadlines deadlines) {
        setSizeFull();
        H2 title = new H2(getTranslation("authority-queue.title"));
        title.setId("authority-queue-title");
        CaseListGrid grid = new CaseListGrid(p -> cases.authorityQueue(cn.fzmetro.portal.casefile.QueueFilter.ALL, p), deadlines, CaseListGrid.BY_DEADLINE);
        grid.setId("authority-queue-grid");
        add(title, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authority-queue.title");
    }
}
