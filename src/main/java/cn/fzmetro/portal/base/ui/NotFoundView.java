package cn.fzmetro.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Unknown addresses, and screens a user may not open (Vaadin answers those with "not found" in
 * production, so nobody learns which addresses exist).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H2 title = new H2(getTranslation("error.not-found.title"));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation("error.not-found.text")), new Anchor("", getTranslation("error.go-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
