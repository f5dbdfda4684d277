package cn.fzmetro.portal.filing.ui;

import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.ui.CaseListGrid;
import cn.fzmetro.portal.clock.Deadlines;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The applicant's home: every own draft and case, newest first. */
@Route("my-cases")
@Menu(order = 10, title = "nav.my-cases", icon = "vaadin:folder-open")
@RolesAllowed(Role.APPLICANT_NAME)
class MyCasesView extends VerticalLayout implements HasDynamicTitle {

    MyCasesView(Cases cases, Deadlines deadlines) {
        setSizeFull();
        H2 title = new H2(getTranslation("my-cases.title"));
        title.setId("my-cases-title");
        Anchor apply = new Anchor("catalog", getTranslation("my-cases.apply"));
        CaseListGrid grid = new CaseListGrid(cases::myCases, deadlines, CaseListGrid.NEWEST_FIRST);
        grid.setId("my-cases-grid");
        add(title, apply, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-cases.title");
    }
}
