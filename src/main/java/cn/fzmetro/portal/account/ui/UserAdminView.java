package cn.fzmetro.portal.account.ui;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.account.AccountAdmin;
import cn.fzmetro.portal.account.AccountChangedException;
import cn.fzmetro.portal.account.AccountFilter;
import cn.fzmetro.portal.account.AccountSummary;
import cn.fzmetro.portal.account.StaffAccountForm;
import cn.fzmetro.portal.account.StaffAssignment;
import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.AuthorityInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators manage accounts: a lazy list of every account with filters, new staff accounts,
 * roles and the window or authority of staff, disabling and enabling (applicants too), and
 * password resets. Applicants' accounts are shown read-only: they can only be disabled or enabled.
 */
@Route("admin/users")
@Menu(order = 55, title = "nav.admin-users", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    /** The state filter; no value means every account. */
    enum State { ENABLED, DISABLED }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Deadlines.ZONE);
    private static final List<Role> STAFF_ROLES = AccountAdmin.STAFF_ROLES.stream()
            .sorted(Comparator.naturalOrder()).toList();

    private final transient AccountAdmin admin;

    private final ComboBox<Role> roleFilter = new ComboBox<>();
    private final TextField search = new TextField();
    private final ComboBox<State> stateFilter = new ComboBox<>();
    private final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);

    private final VerticalLayout editor = new VerticalLayout();
    private final H3 editorTitle = new H3();
    private final Paragraph applicantNote = new Paragraph();
    private final Span stateText = new Span();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final ComboBox<WindowInfo> window = new ComboBox<>();
    private final ComboBox<AuthorityInfo> authority = new ComboBox<>();
    private final PasswordField initialPassword = new PasswordField();
    private final Button save = new Button();
    private final Button toggleEnabled = new Button();
    private final PasswordField resetPassword = new PasswordField();
    private final Button reset = new Button();
    private final HorizontalLayout resetRow = new HorizontalLayout();
    private final Div errors = new Div();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** The account in the editor; null while a new staff account is being entered. */
    private AccountSummary editing;

    UserAdminView(AccountAdmin admin, AreaQuery area) {
        this.admin = admin;
        setSizeFull();
        H2 title = new H2(getTranslation("admin-users.title"));
        title.setId("admin-users-title");

        roleFilter.setId("admin-users-role-filter");
        roleFilter.setPlaceholder(getTranslation("admin-users.filter.role"));
        roleFilter.setAriaLabel(getTranslation("admin-users.filter.role"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        roleFilter.setClearButtonVisible(true);
        search.setId("admin-users-search");
        search.setPlaceholder(getTranslation("admin-users.filter.text"));
        search.setAriaLabel(getTranslation("admin-users.filter.text"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        stateFilter.setId("admin-users-state-filter");
        stateFilter.setPlaceholder(getTranslation("admin-users.filter.state"));
        stateFilter.setAriaLabel(getTranslation("admin-users.filter.state"));
        stateFilter.setItems(State.values());
        stateFilter.setItemLabelGenerator(s -> getTranslation("admin-users.state." + s.name()));
        stateFilter.setClearButtonVisible(true);
        Button newStaff = new Button(getTranslation("admin-users.new"), VaadinIcon.PLUS.create(), e -> startNew());
        newStaff.setId("admin-users-new");
        newStaff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(roleFilter, search, stateFilter, newStaff);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        grid.setId("admin-users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("admin-users.username")).setKey("username")
                .setSortable(true).setSortProperty("username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("admin-users.display-name"))
                .setKey("displayName").setSortable(true).setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(a -> getTranslation("account.kind." + a.kind().name()))
                .setHeader(getTranslation("admin-users.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(this::roleNames).setHeader(getTranslation("admin-users.roles")).setKey("roles");
        grid.addColumn(a -> a.affiliationName() == null ? "" : a.affiliationName())
                .setHeader(getTranslation("admin-users.affiliation")).setKey("affiliation").setFlexGrow(2);
        grid.addColumn(this::stateOf).setHeader(getTranslation("admin-users.state")).setKey("state")
                .setAutoWidth(true);
        grid.addColumn(a -> DATE_TIME.format(a.createdAt())).setHeader(getTranslation("admin-users.created"))
                .setKey("created").setSortable(true).setSortProperty("createdAt").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("admin-users.empty"));
        grid.setItems(query -> admin.accounts(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        roleFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        stateFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        buildEditor(area);
        HorizontalLayout body = new HorizontalLayout(grid, editor);
        body.setSizeFull();
        body.setFlexGrow(2, grid);
        body.setFlexGrow(1, editor);
        add(title, new Paragraph(getTranslation("admin-users.intro")), tools, body);
        setFlexGrow(1, body);
    }

    private void buildEditor(AreaQuery area) {
        editor.setId("admin-users-editor");
        editor.setVisible(false);
        editor.setPadding(false);
        editor.setMinWidth("22em");
        applicantNote.setId("admin-users-applicant-note");
        applicantNote.setText(getTranslation("admin-users.applicant-note"));
        stateText.setId("admin-users-editor-state");

        username.setId("admin-users-username");
        username.setLabel(getTranslation("admin-users.username"));
        username.setHelperText(getTranslation("register.username.help"));
        displayName.setId("admin-users-display-name");
        displayName.setLabel(getTranslation("admin-users.display-name"));
        roles.setId("admin-users-roles");
        roles.setLabel(getTranslation("admin-users.roles"));
        roles.setItems(STAFF_ROLES);
        roles.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        roles.addValueChangeListener(e -> adaptToRoles());
        window.setId("admin-users-window");
        window.setLabel(getTranslation("admin-users.window"));
        window.setItems(area.windows());
        window.setItemLabelGenerator(w -> w.name() + " (" + w.code() + ")");
        window.setClearButtonVisible(true);
        authority.setId("admin-users-authority");
        authority.setLabel(getTranslation("admin-users.authority"));
        authority.setItems(area.authorities());
        authority.setItemLabelGenerator(a -> a.name() + " (" + a.code() + ")");
        authority.setClearButtonVisible(true);
        initialPassword.setId("admin-users-initial-password");
        initialPassword.setLabel(getTranslation("admin-users.initial-password"));
        initialPassword.setHelperText(getTranslation("admin-users.initial-password.help"));

        save.setId("admin-users-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        toggleEnabled.setId("admin-users-toggle");
        toggleEnabled.addClickListener(e -> toggleEnabled());
        Button close = new Button(getTranslation("action.cancel"), e -> closeEditor());
        close.setId("admin-users-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        resetPassword.setId("admin-users-reset-password");
        resetPassword.setLabel(getTranslation("admin-users.reset-password"));
        resetPassword.setHelperText(getTranslation("admin-users.reset-password.help"));
        reset.setId("admin-users-reset");
        reset.setText(getTranslation("admin-users.reset"));
        reset.addClickListener(e -> resetPassword());
        resetRow.add(resetPassword, reset);
        resetRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        errors.setId("admin-users-errors");
        errors.getElement().setAttribute("role", "alert");
        errors.getStyle().set("color", "var(--lumo-error-text-color)");

        fields.put("admin-users.username", username);
        fields.put("admin-users.display-name", displayName);
        fields.put("admin-users.roles", roles);
        fields.put("admin-users.window", window);
        fields.put("admin-users.authority", authority);
        fields.put("admin-users.initial-password", initialPassword);
        fields.put("admin-users.reset-password", resetPassword);

        FormLayout form = new FormLayout(username, displayName, roles, window, authority, initialPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        HorizontalLayout actions = new HorizontalLayout(save, toggleEnabled, close);
        actions.setWrap(true);
        editor.add(editorTitle, stateText, applicantNote, form, errors, actions, resetRow);
    }

    private AccountFilter filter() {
        State state = stateFilter.getValue();
        return new AccountFilter(roleFilter.getValue(), search.getValue(),
                state == null ? null : state == State.ENABLED);
    }

    private String roleNames(AccountSummary a) {
        return a.roles().stream().sorted().map(r -> getTranslation("admin.role." + r.name()))
                .collect(Collectors.joining(getTranslation("admin.list-separator")));
    }

    private String stateOf(AccountSummary a) {
        String state = getTranslation("admin-users.state." + (a.enabled() ? State.ENABLED : State.DISABLED).name());
        return a.mustChangePassword() ? getTranslation("admin-users.state.must-change", state) : state;
    }

    private void startNew() {
        grid.asSingleSelect().clear();
        editing = null;
        clearErrors();
        editorTitle.setText(getTranslation("admin-users.new"));
        stateText.setText("");
        applicantNote.setVisible(false);
        username.setValue("");
        username.setReadOnly(false);
        displayName.setValue("");
        roles.setValue(Set.of(Role.CLERK));
        window.clear();
        authority.clear();
        initialPassword.setValue("");
        initialPassword.setVisible(true);
        setEditable(true);
        toggleEnabled.setVisible(false);
        resetRow.setVisible(false);
        editor.setVisible(true);
        adaptToRoles();
        username.focus();
    }

    private void edit(AccountSummary account) {
        editing = account;
        clearErrors();
        editorTitle.setText(getTranslation("admin-users.edit", account.username()));
        stateText.setText(stateOf(account));
        username.setValue(account.username());
        username.setReadOnly(true);
        displayName.setValue(account.displayName());
        roles.setValue(account.roles().stream().filter(AccountAdmin.STAFF_ROLES::contains)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
        window.setValue(window.getListDataView().getItems().filter(w -> w.code().equals(account.windowCode()))
                .findFirst().orElse(null));
        authority.setValue(authority.getListDataView().getItems()
                .filter(a -> a.code().equals(account.authorityCode())).findFirst().orElse(null));
        initialPassword.setVisible(false);
        boolean applicant = account.applicant();
        applicantNote.setVisible(applicant);
        setEditable(!applicant);
        toggleEnabled.setVisible(true);
        toggleEnabled.setText(getTranslation(account.enabled() ? "admin-users.disable" : "admin-users.enable"));
        toggleEnabled.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (account.enabled()) {
            toggleEnabled.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        resetPassword.setValue("");
        resetRow.setVisible(!applicant);
        editor.setVisible(true);
        adaptToRoles();
    }

    private void setEditable(boolean editable) {
        displayName.setReadOnly(!editable);
        roles.setReadOnly(!editable);
        window.setReadOnly(!editable);
        authority.setReadOnly(!editable);
        save.setVisible(editable);
    }

    private void adaptToRoles() {
        Set<Role> chosen = roles.getValue();
        window.setVisible(chosen.contains(Role.CLERK) || chosen.contains(Role.SUPERVISOR));
        authority.setVisible(chosen.contains(Role.OFFICER));
    }

    private void save() {
        clearErrors();
        try {
            String windowCode = window.isVisible() && window.getValue() != null ? window.getValue().code() : null;
            String authorityCode = authority.isVisible() && authority.getValue() != null
                    ? authority.getValue().code() : null;
            if (editing == null) {
                long id = admin.createStaff(new StaffAccountForm(username.getValue(), displayName.getValue(),
                        roles.getValue(), windowCode, authorityCode, initialPassword.getValue()));
                done(getTranslation("admin-users.created-done", username.getValue().trim()), id);
            } else {
                admin.changeStaff(editing.id(), editing.version(), new StaffAssignment(displayName.getValue(),
                        roles.getValue(), windowCode, authorityCode));
                done(getTranslation("admin-users.saved", editing.username()), editing.id());
            }
        } catch (InvalidInputException e) {
            show(e);
        } catch (AccountChangedException e) {
            changedMeanwhile();
        }
    }

    private void toggleEnabled() {
        clearErrors();
        try {
            if (editing.enabled()) {
                admin.disable(editing.id(), editing.version());
                done(getTranslation("admin-users.disabled", editing.username()), editing.id());
            } else {
                admin.enable(editing.id(), editing.version());
                done(getTranslation("admin-users.enabled", editing.username()), editing.id());
            }
        } catch (InvalidInputException e) {
            show(e);
        } catch (AccountChangedException e) {
            changedMeanwhile();
        }
    }

    private void resetPassword() {
        clearErrors();
        try {
            admin.resetPassword(editing.id(), editing.version(), resetPassword.getValue());
            done(getTranslation("admin-users.reset-done", editing.username()), editing.id());
        } catch (InvalidInputException e) {
            show(e);
        } catch (AccountChangedException e) {
            changedMeanwhile();
        }
    }

    /** After a change: the list shows it, and the editor holds the account as now stored. */
    private void done(String message, long id) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.getDataProvider().refreshAll();
        admin.account(id).ifPresentOrElse(this::edit, this::closeEditor);
    }

    private void changedMeanwhile() {
        grid.getDataProvider().refreshAll();
        if (editing != null) {
            admin.account(editing.id()).ifPresent(this::edit);
        }
        errors.add(new Paragraph(getTranslation("admin.error.changed")));
    }

    private void show(InvalidInputException e) {
        for (InvalidInputException.Problem p : e.problems()) {
            String message = getTranslation(p.messageKey(), p.args());
            HasValidation field = fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            errors.add(new Paragraph(getTranslation("admin.problem", getTranslation(p.field()), message)));
        }
    }

    private void clearErrors() {
        errors.removeAll();
        fields.values().forEach(f -> f.setInvalid(false));
    }

    private void closeEditor() {
        editing = null;
        grid.asSingleSelect().clear();
        editor.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-users.title");
    }
}
