package cn.fzmetro.portal.casefile.ui;

import cn.fzmetro.portal.casefile.Cases;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Where the QR code of a notice leads, by case number: after sign-in, to the case page if the
 * visitor may see the case, otherwise "not found" like any case that is not theirs.
 */
@Route("track/:number")
@PermitAll
class TrackCaseView extends Div implements BeforeEnterObserver {

    private final transient Cases cases;

    TrackCaseView(Cases cases) {
        this.cases = cases;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = cases.idOf(event.getRouteParameters().get("number").orElse(""))
                .orElseThrow(NotFoundException::new);
        event.forwardTo("cases/" + id);
    }
}
