package cn.fzmetro.portal.base.ui;

import cn.fzmetro.portal.base.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** A signed-in user opened a screen of another role: say so plainly and offer the way home. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final transient CurrentUser currentUser;

    AccessDeniedView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        H2 title = new H2(getTranslation("error.access-denied.title"));
        title.setId("error-title");
        String home = currentUser.find().map(u -> u.home()).orElse("");
        add(title, new Paragraph(getTranslation("error.access-denied.text")),
                new Anchor(home, getTranslation("error.go-home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
