package cn.fzmetro.portal.testsupport;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.base.PortalUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Browserless view tests (Karibu) on the real Spring context: views, services and database are
 * real, only the browser and servlet container are simulated.
 */
@PortalSpringTest
public abstract class KaribuViewTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserDetailsService users;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("cn.fzmetro.portal");
            // Karibu finds public views only; ours are package-private in their feature's ui package.
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
            for (BeanDefinition candidate : scanner.findCandidateComponents("cn.fzmetro.portal")) {
                routes.getRoutes().add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null)
                        .asSubclass(Component.class));
            }
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs a demo user in, for both Spring method security and Vaadin's view access checks. */
    protected PortalUser signIn(String username) {
        PortalUser user = SignIn.as(users, username);
        List<String> roles = SignIn.roleNames(user);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) -> roles.contains(role));
        // like the browser after the login form: a new page, so the layout is built for this user
        UI.getCurrent().getPage().reload();
        return user;
    }
}
