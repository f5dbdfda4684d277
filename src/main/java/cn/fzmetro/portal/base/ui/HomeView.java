package cn.fzmetro.portal.base.ui;

import cn.fzmetro.portal.base.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The portal's front door. Visitors read what the 通办 service is; a signed-in user is sent
 * straight to the home of their role.
 */
@Route("")
@AnonymousAllowed
class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("portal-home");
        H1 title = new H1(getTranslation("portal.name"));
        title.setId("home-title");
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        UnorderedList promises = new UnorderedList(
                new ListItem(getTranslation("home.promise.standard")),
                new ListItem(getTranslation("home.promise.nearby")),
                new ListItem(getTranslation("home.promise.free")));
        Div actions = new Div(
                new Anchor("catalog", getTranslation("home.action.catalog")),
                new Anchor("login", getTranslation("action.login")),
                new Anchor("register", getTranslation("login.register")));
        actions.addClassName("portal-home-actions");
        add(title, intro, new H2(getTranslation("home.promises")), promises, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.find().ifPresent(user -> event.forwardTo(user.home()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.name");
    }
}
