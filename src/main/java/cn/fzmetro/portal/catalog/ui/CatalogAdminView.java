package cn.fzmetro.portal.catalog.ui;

import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.catalog.CatalogAdmin;
import cn.fzmetro.portal.catalog.ItemSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

/** The administrator's home: every catalog item with its status, version and waiting draft. */
@Route("admin/catalog")
@Menu(order = 40, title = "nav.admin-catalog", icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_NAME)
class CatalogAdminView extends VerticalLayout implements HasDynamicTitle {

    CatalogAdminView(CatalogAdmin admin) {
        setSizeFull();
        H2 title = new H2(getTranslation("admin-catalog.title"));
        title.setId("admin-catalog-title");
        TextField search = new TextField();
        search.setId("admin-catalog-search");
        search.setPlaceholder(getTranslation("catalog.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        Grid<ItemSummary> grid = new Grid<>(ItemSummary.class, false);
        grid.setId("admin-catalog-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ItemSummary::code).setHeader(getTranslation("catalog.item.code")).setAutoWidth(true)
                .setKey("code");
        grid.addColumn(ItemSummary::name).setHeader(getTranslation("catalog.item.name")).setFlexGrow(3).setKey("name");
        grid.addColumn(ItemSummary::category).setHeader(getTranslation("catalog.item.category")).setKey("category");
        grid.addColumn(i -> getTranslation("catalog.status." + i.status().name()))
                .setHeader(getTranslation("catalog.item.status")).setKey("status");
        grid.addColumn(i -> i.currentVersion() == null ? "-" : "v" + i.currentVersion())
                .setHeader(getTranslation("admin-catalog.version")).setKey("version");
        grid.addColumn(i -> getTranslation(i.hasDraft() ? "guide.yes" : "guide.no"))
                .setHeader(getTranslation("admin-catalog.draft")).setKey("draft");
        grid.setItems(query -> admin.items(null, search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(title, search, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-catalog.title");
    }
}
