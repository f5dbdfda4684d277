package cn.fzmetro.portal.catalog.ui;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.DepartmentInfo;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * The public catalog: browse by department, search by Chinese keyword or pinyin initials
 * ({@code gssl} finds 公司设立登记). Each page of the list is one database query.
 */
@Route("catalog")
@Menu(order = 1, title = "nav.catalog", icon = "vaadin:book")
@AnonymousAllowed
class CatalogView extends VerticalLayout implements HasDynamicTitle {

    private final transient CatalogQuery catalog;
    private final TextField search = new TextField();
    private final Select<DepartmentInfo> department = new Select<>();
    private final Select<String> category = new Select<>();
    private final Grid<ItemSummary> grid = new Grid<>(ItemSummary.class, false);

    CatalogView(CatalogQuery catalog, AreaQuery area) {
        this.catalog = catalog;
        setSizeFull();
        H2 title = new H2(getTranslation("catalog.title"));
        Paragraph intro = new Paragraph(getTranslation("catalog.intro"));

        search.setId("catalog-search");
        search.setPlaceholder(getTranslation("catalog.search.placeholder"));
        search.setLabel(getTranslation("catalog.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        department.setId("catalog-department");
        department.setLabel(getTranslation("catalog.department"));
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("catalog.department.all"));
        department.setItems(area.departments());
        department.setItemLabelGenerator(d -> d == null ? getTranslation("catalog.department.all") : d.name());
        department.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        category.setId("catalog-category");
        category.setLabel(getTranslation("catalog.item.category"));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("catalog.category.all"));
        category.setItems(catalog.categories());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("catalog.category.all") : c);
        category.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("catalog-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(i -> new Anchor("catalog/" + i.code(), i.name()))
                .setHeader(getTranslation("catalog.item.name")).setFlexGrow(3).setKey("name");
        grid.addColumn(ItemSummary::code).setHeader(getTranslation("catalog.item.code")).setAutoWidth(true)
                .setKey("code");
        grid.addColumn(ItemSummary::category).setHeader(getTranslation("catalog.item.category")).setKey("category");
        grid.addColumn(i -> getTranslation("catalog.type." + i.type())).setHeader(getTranslation("catalog.item.type"))
                .setKey("type");
        grid.addColumn(i -> getTranslation("catalog.status." + i.status().name()))
                .setHeader(getTranslation("catalog.item.status")).setKey("status");
        grid.setEmptyStateText(getTranslation("catalog.empty"));
        grid.setItems(query -> catalog.published(
                department.getValue() == null ? null : department.getValue().code(), category.getValue(),
                search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        HorizontalLayout filters = new HorizontalLayout(search, department, category);
        filters.setAlignItems(Alignment.BASELINE);
        add(title, intro, filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }
}
