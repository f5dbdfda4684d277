package cn.fzmetro.portal.area.ui;

import java.util.Optional;

import cn.fzmetro.portal.area.AreaAdmin;
import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.DepartmentInfo;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.area.AuthorityEntry;
import cn.fzmetro.portal.area.AuthorityForm;
import cn.fzmetro.portal.base.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators keep the competent authorities: a lazy list with region, department-type and text
 * filters, and an editor to create an authority, change its region, department type, name,
 * contact phone and address, close it to new cases or open it again, and delete it while no case
 * and no account refers to it. Each region has at most one authority per department type.
 */
@Route("admin/authorities")
@Menu(order = 57, title = "nav.admin-authorities", icon = "vaadin:institution")
@RolesAllowed(Role.ADMIN_NAME)
class AuthorityAdminView extends AreaEntryAdminView<AuthorityEntry, AuthorityForm> {

    private final transient AreaAdmin admin;
    private final ComboBox<RegionInfo> regionFilter = new ComboBox<>();
    private final ComboBox<DepartmentInfo> departmentFilter = new ComboBox<>();
    private final TextField search = new TextField();

    private final H3 editorTitle = new H3();
    private final Span stateText = new Span();
    private final TextField code = new TextField();
    private final ComboBox<RegionInfo> region = new ComboBox<>();
    private final ComboBox<DepartmentInfo> department = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final TextField address = new TextField();
    private final Button toggleOpen = new Button();
    private final Button delete = new Button();


    AuthorityAdminView(AreaAdmin admin, AreaQuery area) {
        super("admin-authorities", AuthorityEntry.class);
        this.admin = admin;
        setSizeFull();
        H2 title = new H2(getTranslation("admin-authorities.title"));
        title.setId("admin-authorities-title");

        regionFilter.setId("admin-authorities-region-filter");
        regionFilter.setPlaceholder(getTranslation("admin-area.filter.region"));
        regionFilter.setAriaLabel(getTranslation("admin-area.filter.region"));
        regionFilter.setItems(area.regions());
        regionFilter.setItemLabelGenerator(RegionInfo::name);
        regionFilter.setClearButtonVisible(true);
        departmentFilter.setId("admin-authorities-department-filter");
        departmentFilter.setPlaceholder(getTranslation("admin-area.filter.department"));
        departmentFilter.setAriaLabel(getTranslation("admin-area.filter.department"));
        departmentFilter.setItems(area.departments());
        departmentFilter.setItemLabelGenerator(DepartmentInfo::name);
        departmentFilter.setClearButtonVisible(true);
        search.setId("admin-authorities-search");
        search.setPlaceholder(getTranslation("admin-authorities.filter.text"));
        search.setAriaLabel(getTranslation("admin-authorities.filter.text"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Button create = new Button(getTranslation("admin-authorities.new"), VaadinIcon.PLUS.create(), e -> startNew());
        create.setId("admin-authorities-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(regionFilter, departmentFilter, search, create);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        grid.setId("admin-authorities-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AuthorityEntry::code).setHeader(getTranslation("admin-area.code")).setKey("code")
                .setSortable(true).setSortProperty("code").setAutoWidth(true);
        grid.addColumn(AuthorityEntry::name).setHeader(getTranslation("admin-area.name")).setKey("name")
                .setSortable(true).setSortProperty("name").setFlexGrow(3);
        grid.addColumn(AuthorityEntry::regionName).setHeader(getTranslation("admin-area.region")).setKey("region")
                .setAutoWidth(true);
        grid.addColumn(AuthorityEntry::departmentName).setHeader(getTranslation("admin-area.department"))
                .setKey("department").setAutoWidth(true);
        grid.addColumn(AuthorityEntry::phone).setHeader(getTranslation("admin-area.phone")).setKey("phone")
                .setAutoWidth(true);
        grid.addColumn(w -> stateOf(w.openForCases())).setHeader(getTranslation("admin-area.state")).setKey("state")
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("admin-area.empty"));
        grid.setItems(query -> admin.authorities(regionFilter.getValue() == null ? null : regionFilter.getValue().code(),
                departmentFilter.getValue() == null ? null : departmentFilter.getValue().code(), search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        regionFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        departmentFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        buildEditor(area);
        HorizontalLayout body = new HorizontalLayout(grid, editor);
        body.setSizeFull();
        body.setFlexGrow(2, grid);
        body.setFlexGrow(1, editor);
        add(title, new Paragraph(getTranslation("admin-authorities.intro")), tools, body);
        setFlexGrow(1, body);
    }

    private void buildEditor(AreaQuery area) {
        editor.setId("admin-authorities-editor");
        editor.setVisible(false);
        editor.setPadding(false);
        editor.setMinWidth("22em");
        stateText.setId("admin-authorities-state");
        setUp(code, "admin-authorities-code", "admin-area.code");
        code.setHelperText(getTranslation("admin-authorities.code.help"));
        region.setId("admin-authorities-region");
        region.setLabel(getTranslation("admin-area.region"));
        region.setItems(area.regions());
        region.setItemLabelGenerator(r -> r.name() + " (" + r.code() + ")");
        department.setId("admin-authorities-department");
        department.setLabel(getTranslation("admin-area.department"));
        department.setItems(area.departments());
        department.setItemLabelGenerator(d -> d.name() + " (" + d.code() + ")");
        setUp(name, "admin-authorities-name", "admin-area.name");
        setUp(phone, "admin-authorities-phone", "admin-area.contact");
        setUp(address, "admin-authorities-address", "admin-area.address");
        problems.field("admin-area.code", code);
        problems.field("admin-area.region", region);
        problems.field("admin-area.department", department);
        problems.field("admin-area.name", name);
        problems.field("admin-area.phone", phone);
        problems.field("admin-area.address", address);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("admin-authorities-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toggleOpen.setId("admin-authorities-toggle");
        toggleOpen.addClickListener(e -> toggleOpen());
        delete.setId("admin-authorities-delete");
        delete.setText(getTranslation("admin-area.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        Button close = new Button(getTranslation("action.cancel"), e -> closeEditor());
        close.setId("admin-authorities-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FormLayout form = new FormLayout(code, region, department, name, phone, address);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        HorizontalLayout actions = new HorizontalLayout(save, toggleOpen, delete, close);
        actions.setWrap(true);
        editor.add(editorTitle, stateText, form, problems, actions);
    }

    private void setUp(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setRequired(true);
    }

    private String stateOf(boolean open) {
        return getTranslation(open ? "admin-area.state.open" : "admin-area.state.closed");
    }

    private void startNew() {
        grid.asSingleSelect().clear();
        editing = null;
        problems.clear();
        editorTitle.setText(getTranslation("admin-authorities.new"));
        stateText.setText("");
        code.setReadOnly(false);
        code.setValue("");
        region.clear();
        department.clear();
        name.setValue("");
        phone.setValue("");
        address.setValue("");
        toggleOpen.setVisible(false);
        delete.setVisible(false);
        editor.setVisible(true);
        code.focus();
    }

    @Override
    protected void edit(AuthorityEntry authority) {
        editing = authority;
        problems.clear();
        editorTitle.setText(authority.name());
        stateText.setText(stateOf(authority.openForCases()));
        code.setReadOnly(true);
        code.setValue(authority.code());
        region.setValue(region.getListDataView().getItems().filter(r -> r.code().equals(authority.regionCode()))
                .findFirst().orElse(null));
        department.setValue(department.getListDataView().getItems()
                .filter(d -> d.code().equals(authority.departmentCode())).findFirst().orElse(null));
        name.setValue(authority.name());
        phone.setValue(authority.phone());
        address.setValue(authority.address());
        toggleOpen.setVisible(true);
        toggleOpen.setText(getTranslation(authority.openForCases() ? "admin-area.close" : "admin-area.open"));
        delete.setVisible(true);
        editor.setVisible(true);
    }

    @Override
    protected AuthorityForm form() {
        return new AuthorityForm(code.getValue(), region.getValue() == null ? null : region.getValue().code(),
                department.getValue() == null ? null : department.getValue().code(), name.getValue(),
                phone.getValue(), address.getValue());
    }

    @Override
    protected String create(AuthorityForm form) {
        return admin.createAuthority(form);
    }

    @Override
    protected void update(AuthorityEntry entry, AuthorityForm form) {
        admin.updateAuthority(entry.code(), entry.version(), form);
    }

    @Override
    protected void setOpen(AuthorityEntry entry, boolean open) {
        admin.setAuthorityOpen(entry.code(), entry.version(), open);
    }

    @Override
    protected void delete(AuthorityEntry entry) {
        admin.deleteAuthority(entry.code(), entry.version());
    }

    @Override
    protected Optional<AuthorityEntry> find(String code) {
        return admin.authority(code);
    }
}
