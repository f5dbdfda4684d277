package cn.fzmetro.portal.base.ui;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.PortalUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The portal's one layout. The side navigation is built from the views' {@code @Menu}
 * annotations; Vaadin lists only the entries the current user may open, so each role sees
 * just its own screens.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient CurrentUser currentUser;
    private final Span title = new Span();

    public MainLayout(AuthenticationContext authentication, CurrentUser currentUser) {
        this.authentication = authentication;
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(new DrawerToggle(), pageTitle(), userBar());
    }

    private Component brand() {
        Anchor brand = new Anchor("", getTranslation("portal.name"));
        brand.addClassName("portal-brand");
        brand.setId("portal-brand");
        Span tagline = new Span(getTranslation("portal.tagline"));
        tagline.addClassName("portal-tagline");
        Div box = new Div(brand, tagline);
        box.addClassName("portal-brand-box");
        return box;
    }

    private Component navigation() {
        SideNav nav = new SideNav();
        nav.setId("portal-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component pageTitle() {
        title.addClassName("portal-page-title");
        return title;
    }

    private Component userBar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("portal-user-bar");
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.add(new LanguageSwitch());
        currentUser.find().ifPresentOrElse(user -> bar.add(userInfo(user), logout()), () -> bar.add(login()));
        return bar;
    }

    private Component userInfo(PortalUser user) {
        Span name = new Span(user.displayName());
        name.setId("current-user-name");
        name.addClassName("portal-user-name");
        Div info = new Div(name);
        if (user.affiliationName() != null) {
            Span affiliation = new Span(user.affiliationName());
            affiliation.setId("current-user-affiliation");
            affiliation.addClassName("portal-user-affiliation");
            info.add(affiliation);
        }
        info.addClassName("portal-user-info");
        return info;
    }

    private Component logout() {
        Button logout = new Button(getTranslation("action.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }

    private Component login() {
        Anchor login = new Anchor("login", getTranslation("action.login"));
        login.setId("login-link");
        return login;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (getContent() instanceof HasDynamicTitle titled) {
            title.setText(titled.getPageTitle());
        } else {
            title.setText("");
        }
    }
}
