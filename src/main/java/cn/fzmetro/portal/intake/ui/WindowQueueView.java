package cn.fzmetro.portal.intake.ui;

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

/** The window clerk's home: cases handed in at the clerk's own window. */
@Route("window/queue")
@Menu(order = 20, title = "nav.window-queue", icon = "vaadin:inbox")
@RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
class WindowQueueView extends VerticalLayout implements HasDynamicTitle {

    WindowQueueView(Cases cases, Deadlines deadlines) {
        setSizeFull();
        H2 title = new H2(getTranslation("window-queue.title"));
        title.setId("window-queue-title");
        CaseListGrid grid = new CaseListGrid(p -> cases.windowQueue(cn.fzmetro.portal.casefile.QueueFilter.ALL, p), deadlines, CaseListGrid.BY_DEADLINE);
        grid.setId("window-queue-grid");
        add(title, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("window-queue.title");
    }
}
