package cn.fzmetro.portal.account.ui;

import java.util.Map;

import cn.fzmetro.portal.account.AccountChangedException;
import cn.fzmetro.portal.account.AccountService;
import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Every signed-in user changes their own password here; a user whose password an administrator
 * set or reset is sent here after signing in and cannot leave before choosing their own.
 */
@Route("change-password")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final Div errors = new Div();
    private final Map<String, HasValidation> fields = Map.of("admin-password.current", current,
            "admin-password.new", next, "admin-password.again", again);

    ChangePasswordView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassName("portal-narrow");
        H2 title = new H2(getTranslation("admin-password.title"));
        title.setId("change-password-title");
        boolean forced = currentUser.find().map(u -> u.mustChangePassword()).orElse(false);
        Paragraph intro = new Paragraph(getTranslation(forced ? "admin-password.forced" : "admin-password.intro"));
        intro.setId("change-password-intro");

        current.setId("change-password-current");
        current.setLabel(getTranslation("admin-password.current"));
        next.setId("change-password-new");
        next.setLabel(getTranslation("admin-password.new"));
        next.setHelperText(getTranslation("admin-password.rule"));
        again.setId("change-password-again");
        again.setLabel(getTranslation("admin-password.again"));
        for (PasswordField f : new PasswordField[] {current, next, again}) {
            f.setRequired(true);
        }
        errors.setId("change-password-errors");
        errors.getStyle().set("color", "var(--lumo-error-text-color)");
        errors.getElement().setAttribute("role", "alert");

        Button submit = new Button(getTranslation("admin-password.submit"), e -> submit());
        submit.setId("change-password-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, again);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(title, intro, form, errors, submit);
    }

    private void submit() {
        fields.values().forEach(f -> f.setInvalid(false));
        errors.removeAll();
        try {
            accounts.changeOwnPassword(current.getValue(), next.getValue(), again.getValue());
            Notification.show(getTranslation("admin-password.done"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(currentUser.require().home()));
        } catch (InvalidInputException e) {
            for (InvalidInputException.Problem p : e.problems()) {
                String message = getTranslation(p.messageKey(), p.args());
                HasValidation field = fields.get(p.field());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
                errors.add(new Paragraph(getTranslation("admin.problem", getTranslation(p.field()), message)));
            }
        } catch (AccountChangedException e) {
            errors.add(new Paragraph(getTranslation("admin.error.changed")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-password.title");
    }
}
