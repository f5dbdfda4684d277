package cn.fzmetro.portal.account.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.fzmetro.portal.account.AccountKind;
import cn.fzmetro.portal.account.AccountService;
import cn.fzmetro.portal.account.Registration;
import cn.fzmetro.portal.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Self-registration of applicants: a natural person or an enterprise. */
@Route("register")
@AnonymousAllowed
class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    private final transient AccountService accounts;
    private final RadioButtonGroup<AccountKind> kind = new RadioButtonGroup<>();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordAgain = new PasswordField();
    private final TextField name = new TextField();
    private final TextField idNumber = new TextField();
    private final TextField legalRepresentative = new TextField();
    private final TextField mobile = new TextField();
    private final EmailField email = new EmailField();
    private final Map<String, HasValidation> fieldsByKey = new LinkedHashMap<>();
    private final Button submit = new Button();

    RegistrationView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("portal-narrow");
        H2 title = new H2(getTranslation("register.title"));
        title.setId("register-title");

        kind.setId("register-kind");
        kind.setLabel(getTranslation("register.kind"));
        kind.setItems(AccountKind.NATURAL_PERSON, AccountKind.ENTERPRISE);
        kind.setItemLabelGenerator(k -> getTranslation("account.kind." + k.name()));
        kind.setValue(AccountKind.NATURAL_PERSON);
        kind.addValueChangeListener(e -> adaptToKind());

        setUp(username, "register-username", "register.username", "register.username.help");
        setUp(password, "register-password", "register.password", "register.password.help");
        setUp(passwordAgain, "register-password-again", "register.password-again", null);
        setUp(name, "register-name", "register.name", null);
        setUp(idNumber, "register-id-number", "register.id-number", null);
        setUp(legalRepresentative, "register-legal-representative", "register.legal-representative", null);
        setUp(mobile, "register-mobile", "register.mobile", null);
        setUp(email, "register-email", "register.email", null);
        username.setRequired(true);
        password.setRequired(true);
        passwordAgain.setRequired(true);
        name.setRequired(true);
        idNumber.setRequired(true);
        mobile.setRequired(true);
        idNumber.setMaxLength(18);
        mobile.setMaxLength(11);

        fieldsByKey.put("register.username", username);
        fieldsByKey.put("register.password", password);
        fieldsByKey.put("register.name", name);
        fieldsByKey.put("register.enterprise-name", name);
        fieldsByKey.put("register.id-number", idNumber);
        fieldsByKey.put("register.credit-code", idNumber);
        fieldsByKey.put("register.legal-representative", legalRepresentative);
        fieldsByKey.put("register.mobile", mobile);
        fieldsByKey.put("register.email", email);

        FormLayout form = new FormLayout(kind, username, password, passwordAgain, name, idNumber,
                legalRepresentative, mobile, email);
        form.setColspan(kind, 2);
        submit.setText(getTranslation("register.submit"));
        submit.addClickListener(e -> submit());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        add(title, new Paragraph(getTranslation("register.intro")), form, submit,
                new Anchor("login", getTranslation("register.have-account")));
        adaptToKind();
    }

    private <T extends Component & HasLabel & HasHelper> void setUp(T field, String id, String label, String help) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        if (help != null) {
            field.setHelperText(getTranslation(help));
        }
    }

    private void adaptToKind() {
        boolean enterprise = kind.getValue() == AccountKind.ENTERPRISE;
        name.setLabel(getTranslation(enterprise ? "register.enterprise-name" : "register.name"));
        idNumber.setLabel(getTranslation(enterprise ? "register.credit-code" : "register.id-number"));
        legalRepresentative.setVisible(enterprise);
        legalRepresentative.setRequired(enterprise);
    }

    private void submit() {
        fieldsByKey.values().forEach(f -> f.setInvalid(false));
        try {
            if (!password.getValue().equals(passwordAgain.getValue())) {
                throw new InvalidInputException("register.password-again", "validation.password-mismatch");
            }
            accounts.register(new Registration(kind.getValue(), username.getValue(), password.getValue(),
                    name.getValue(), idNumber.getValue(), legalRepresentative.getValue(), mobile.getValue(),
                    email.getValue()));
            Notification.show(getTranslation("register.done"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (InvalidInputException e) {
            for (InvalidInputException.Problem p : e.problems()) {
                HasValidation field = "register.password-again".equals(p.field()) ? passwordAgain
                        : fieldsByKey.get(p.field());
                String message = getTranslation(p.messageKey(), p.args());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    Notification.show(getTranslation(p.field()) + ": " + message)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        } finally {
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
