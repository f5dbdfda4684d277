package cn.fzmetro.portal.base.i18n;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * The portal speaks Simplified Chinese whatever the browser says, until the user switches
 * language; the choice is remembered in a cookie so it survives logout and new sessions.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Locale locale = chosen(VaadinSession.getCurrent(), VaadinRequest.getCurrent());
            e.getUI().setLocale(locale);
            VaadinSession.getCurrent().setLocale(locale);
        });
    }

    /** The choice made in this session, else the one remembered in the cookie, else Chinese. */
    static Locale chosen(VaadinSession session, VaadinRequest request) {
        Object inSession = session == null ? null : session.getAttribute(COOKIE);
        if (inSession instanceof String tag) {
            return PortalI18NProvider.supported(Locale.forLanguageTag(tag));
        }
        if (request == null || request.getCookies() == null) {
            return PortalI18NProvider.CHINESE;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .map(c -> PortalI18NProvider.supported(Locale.forLanguageTag(c.getValue())))
                .orElse(PortalI18NProvider.CHINESE);
    }

    /** Switches the current user's language and reloads the page in it. */
    public static void switchTo(Locale locale) {
        Locale chosen = PortalI18NProvider.supported(locale);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        VaadinSession.getCurrent().setAttribute(COOKIE, chosen.toLanguageTag());
        VaadinSession.getCurrent().setLocale(chosen);
        UI ui = UI.getCurrent();
        ui.setLocale(chosen);
        ui.getPage().reload();
    }
}
