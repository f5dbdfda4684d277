package cn.fzmetro.portal.account.ui;

import org.springframework.stereotype.Component;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.ui.LoginView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A user whose password was set or reset by an administrator must choose their own before
 * anything else: every navigation but to the password change (and error pages) is forwarded
 * there, until the change clears the flag in the signed-in user.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final transient CurrentUser currentUser;

    PasswordChangeGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class
                || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        if (currentUser.find().map(PortalUser::mustChangePassword).orElse(false)) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
