package cn.fzmetro.portal.base.ui;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * An action that fails unexpectedly (a database timeout, a bug) must not look as if nothing
 * happened: its transaction rolled back, so the user is told the step was not done and given an
 * incident number that points to the full error in the log.
 */
@Component
class UnexpectedErrorNotice implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorNotice.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(UnexpectedErrorNotice::report));
    }

    static void report(ErrorEvent event) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, incident {}", incident, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification n = new Notification(ui.getTranslation("error.unexpected", incident), 10_000,
                    Notification.Position.MIDDLE);
            n.setId("unexpected-error");
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.open();
        }
    }
}
