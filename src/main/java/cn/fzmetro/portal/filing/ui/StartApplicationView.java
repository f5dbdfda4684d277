package cn.fzmetro.portal.filing.ui;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseFiling;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The guide's Apply button lands here: a new draft pinned to the version in force, then on to the
 * wizard under the draft's own address (so reloading resumes it rather than starting another).
 * Shows why when the item takes no applications.
 */
@Route("apply/new/:itemCode")
@RolesAllowed(Role.APPLICANT_NAME)
class StartApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CaseFiling filing;

    StartApplicationView(CaseFiling filing) {
        this.filing = filing;
        addClassName("portal-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String itemCode = event.getRouteParameters().get("itemCode").orElse("");
        try {
            event.forwardTo("apply/" + filing.startDraft(itemCode));
        } catch (InvalidInputException e) {
            removeAll();
            add(new H2(getTranslation("filing.start.failed")));
            e.problems().forEach(p -> add(new Paragraph(getTranslation(p.messageKey(), p.args()))));
            add(new Anchor("catalog/" + itemCode, getTranslation("filing.start.back")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("filing.title");
    }
}
