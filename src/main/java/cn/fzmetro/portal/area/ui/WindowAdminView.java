package cn.fzmetro.portal.area.ui;

import java.util.Optional;

import cn.fzmetro.portal.area.AreaAdmin;
import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.area.WindowEntry;
import cn.fzmetro.portal.area.WindowForm;
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
 * Administrators keep the 通办 windows: a lazy list with region and text filters, and an editor
 * to create a window, change its region, name, address, hours and phone, close it to new cases
 * or open it again, and delete it while no case and no account refers to it.
 */
@Route("admin/windows")
@Menu(order = 56, title = "nav.admin-windows", icon = "vaadin:building")
@RolesAllowed(Role.ADMIN_NAME)
class WindowAdminView extends AreaEntryAdminView<WindowEntry, WindowForm> {

    private final transient AreaAdmin admin;
    private final ComboBox<RegionInfo> regionFilter = new ComboBox<>();
    private final TextField search = new TextField();

    private final H3 editorTitle = new H3();
    private final Span stateText = new Span();
    private final TextField code = new TextField();
    private final ComboBox<RegionInfo> region = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final TextField hours = new TextField();
    private final TextField phone = new TextField();
    private final Button toggleOpen = new Button();
    private final Button delete = new Button();


    WindowAdminView(AreaAdmin admin, AreaQuery area) {
        super("admin-windows", WindowEntry.class);
        this.admin = admin;
        setSizeFull();
        H2 title = new H2(getTranslation("admin-windows.title"));
        title.setId("admin-windows-title");

        regionFilter.setId("admin-windows-region-filter");
        regionFilter.setPlaceholder(getTranslation("admin-area.filter.region"));
        regionFilter.setAriaLabel(getTranslation("admin-area.filter.region"));
        regionFilter.setItems(area.regions());
        regionFilter.setItemLabelGenerator(RegionInfo::name);
        regionFilter.setClearButtonVisible(true);
        search.setId("admin-windows-search");
        search.setPlaceholder(getTranslation("admin-windows.filter.text"));
        search.setAriaLabel(getTranslation("admin-windows.filter.text"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Button create = new Button(getTranslation("admin-windows.new"), VaadinIcon.PLUS.create(), e -> startNew());
        create.setId("admin-windows-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(regionFilter, search, create);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        grid.setId("admin-windows-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(WindowEntry::code).setHeader(getTranslation("admin-area.code")).setKey("code")
                .setSortable(true).setSortProperty("code").setAutoWidth(true);
        grid.addColumn(WindowEntry::name).setHeader(getTranslation("admin-area.name")).setKey("name")
                .setSortable(true).setSortProperty("name").setFlexGrow(3);
        grid.addColumn(WindowEntry::regionName).setHeader(getTranslation("admin-area.region")).setKey("region")
                .setAutoWidth(true);
        grid.addColumn(WindowEntry::phone).setHeader(getTranslation("admin-area.phone")).setKey("phone")
                .setAutoWidth(true);
        grid.addColumn(w -> stateOf(w.openForCases())).setHeader(getTranslation("admin-area.state")).setKey("state")
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("admin-area.empty"));
        grid.setItems(query -> admin.windows(regionFilter.getValue() == null ? null : regionFilter.getValue().code(),
                search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        regionFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        buildEditor(area);
        HorizontalLayout body = new HorizontalLayout(grid, editor);
        body.setSizeFull();
        body.setFlexGrow(2, grid);
        body.setFlexGrow(1, editor);
        add(title, new Paragraph(getTranslation("admin-windows.intro")), tools, body);
        setFlexGrow(1, body);
    }

    private void buildEditor(AreaQuery area) {
        editor.setId("admin-windows-editor");
        editor.setVisible(false);
        editor.setPadding(false);
        editor.setMinWidth("22em");
        stateText.setId("admin-windows-state");
        setUp(code, "admin-windows-code", "admin-area.code");
        code.setHelperText(getTranslation("admin-windows.code.help"));
        region.setId("admin-windows-region");
        region.setLabel(getTranslation("admin-area.region"));
        region.setItems(area.regions());
        region.setItemLabelGenerator(r -> r.name() + " (" + r.code() + ")");
        setUp(name, "admin-windows-name", "admin-area.name");
        setUp(address, "admin-windows-address", "admin-area.address");
        setUp(hours, "admin-windows-hours", "admin-area.hours");
        setUp(phone, "admin-windows-phone", "admin-area.phone");
        problems.field("admin-area.code", code);
        problems.field("admin-area.region", region);
        problems.field("admin-area.name", name);
        problems.field("admin-area.address", address);
        problems.field("admin-area.hours", hours);
        problems.field("admin-area.phone", phone);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("admin-windows-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toggleOpen.setId("admin-windows-toggle");
        toggleOpen.addClickListener(e -> toggleOpen());
        delete.setId("admin-windows-delete");
        delete.setText(getTranslation("admin-area.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        Button close = new Button(getTranslation("action.cancel"), e -> closeEditor());
        close.setId("admin-windows-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FormLayout form = new FormLayout(code, region, name, address, hours, phone);
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
        editorTitle.setText(getTranslation("admin-windows.new"));
        stateText.setText("");
        code.setReadOnly(false);
        code.setValue("");
        region.clear();
        name.setValue("");
        address.setValue("");
        hours.setValue(getTranslation("admin-windows.hours.default"));
        phone.setValue("");
        toggleOpen.setVisible(false);
        delete.setVisible(false);
        editor.setVisible(true);
        code.focus();
    }

    @Override
    protected void edit(WindowEntry window) {
        editing = window;
        problems.clear();
        editorTitle.setText(window.name());
        stateText.setText(stateOf(window.openForCases()));
        code.setReadOnly(true);
        code.setValue(window.code());
        region.setValue(region.getListDataView().getItems().filter(r -> r.code().equals(window.regionCode()))
                .findFirst().orElse(null));
        name.setValue(window.name());
        address.setValue(window.address());
        hours.setValue(window.hours());
        phone.setValue(window.phone());
        toggleOpen.setVisible(true);
        toggleOpen.setText(getTranslation(window.openForCases() ? "admin-area.close" : "admin-area.open"));
        delete.setVisible(true);
        editor.setVisible(true);
    }

    @Override
    protected WindowForm form() {
        return new WindowForm(code.getValue(), region.getValue() == null ? null : region.getValue().code(),
                name.getValue(), address.getValue(), hours.getValue(), phone.getValue());
    }

    @Override
    protected String create(WindowForm form) {
        return admin.createWindow(form);
    }

    @Override
    protected void update(WindowEntry entry, WindowForm form) {
        admin.updateWindow(entry.code(), entry.version(), form);
    }

    @Override
    protected void setOpen(WindowEntry entry, boolean open) {
        admin.setWindowOpen(entry.code(), entry.version(), open);
    }

    @Override
    protected void delete(WindowEntry entry) {
        admin.deleteWindow(entry.code(), entry.version());
    }

    @Override
    protected Optional<WindowEntry> find(String code) {
        return admin.window(code);
    }
}
