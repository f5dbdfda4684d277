package cn.fzmetro.portal.catalog.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.base.data.DataFileException;
import cn.fzmetro.portal.catalog.CatalogAdmin;
import cn.fzmetro.portal.catalog.CatalogImport;
import cn.fzmetro.portal.catalog.ItemSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

/**
 * The administrator's home: every catalog item with its status, version and waiting draft, the
 * way into each item's editor, import of item files (one YAML file or a zip folder, checked whole)
 * and export of the whole catalog.
 */
@Route("admin/catalog")
@Menu(order = 40, title = "nav.admin-catalog", icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_NAME)
class CatalogAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient CatalogImport catalogImport;
    private final Grid<ItemSummary> grid = new Grid<>(ItemSummary.class, false);
    private final Div importResult = new Div();

    CatalogAdminView(CatalogAdmin admin, CatalogImport catalogImport, Clock clock) {
        this.catalogImport = catalogImport;
        setSizeFull();
        H2 title = new H2(getTranslation("admin-catalog.title"));
        title.setId("admin-catalog-title");
        TextField search = new TextField();
        search.setId("admin-catalog-search");
        search.setWidth("22em");
        search.setPlaceholder(getTranslation("catalog.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

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
        grid.addColumn(actions()).setHeader(getTranslation("admin-catalog.actions")).setAutoWidth(true)
                .setKey("actions");
        grid.setItems(query -> admin.items(null, search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Anchor exportAll = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = admin.exportAll();
            return new DownloadResponse(new ByteArrayInputStream(zip),
                    "catalog-items-" + LocalDate.now(clock) + ".zip", "application/zip", zip.length);
        }), AttachmentType.DOWNLOAD, getTranslation("admin-catalog.export-all"));
        exportAll.setId("export-all");

        HorizontalLayout tools = new HorizontalLayout(search, importUpload(), exportAll);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.setWrap(true);
        importResult.setId("import-result");
        importResult.setVisible(false);
        add(title, new Paragraph(getTranslation("admin-catalog.import.help")), tools, importResult, grid);
        setFlexGrow(1, grid);
    }

    /**
     * Links to the item's editor and its public guide, drawn in the browser: components per row
     * (a button and an anchor in a layout) cost every administrator's session about 2 KB per row.
     */
    private LitRenderer<ItemSummary> actions() {
        String edit = getTranslation("admin-catalog.edit");
        String guide = getTranslation("admin-catalog.guide");
        return LitRenderer.<ItemSummary>of("""
                <a id="edit-${item.code}" href="admin/catalog/${item.code}">${item.edit}</a>
                &nbsp;<a href="catalog/${item.code}" target="_blank">${item.guide}</a>""")
                .withProperty("code", ItemSummary::code).withProperty("edit", i -> edit)
                .withProperty("guide", i -> guide);
    }

    private Upload importUpload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> importFile(metadata.fileName(), bytes)));
        upload.setId("catalog-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CatalogImport.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".yaml", ".yml", ".zip");
        Button button = new Button(getTranslation("admin-catalog.import"), VaadinIcon.UPLOAD.create());
        upload.setUploadButton(button);
        upload.setDropLabel(new Span(getTranslation("admin-catalog.import.drop")));
        UploadI18N i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("admin-catalog.import.too-big"))
                .setIncorrectFileType(getTranslation("admin-catalog.import.wrong-type"))
                .setTooManyFiles(getTranslation("admin-catalog.import.too-many")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> showRefusal(List.of(new DataFileException(e.getFileName(),
                List.of(e.getErrorMessage())))));
        upload.addSucceededListener(e -> upload.clearFileList());
        return upload;
    }

    /** Runs inside the UI lock (the in-memory upload handler calls back through UI.access). */
    private void importFile(String fileName, byte[] bytes) {
        try {
            CatalogImport.Outcome outcome = catalogImport.importUpload(fileName, bytes);
            importResult.removeAll();
            Paragraph done = new Paragraph(getTranslation("admin-catalog.import.done", outcome.created().size(),
                    outcome.drafted().size(), outcome.unchanged().size()));
            done.setId("import-outcome");
            importResult.add(done);
            if (!outcome.created().isEmpty()) {
                importResult.add(new Paragraph(getTranslation("admin-catalog.import.created",
                        String.join(getTranslation("guide.list-separator"), outcome.created()))));
            }
            if (!outcome.drafted().isEmpty()) {
                importResult.add(new Paragraph(getTranslation("admin-catalog.import.drafted",
                        String.join(getTranslation("guide.list-separator"), outcome.drafted()))));
            }
            importResult.getStyle().set("color", "var(--lumo-success-text-color)");
            importResult.setVisible(true);
            grid.getDataProvider().refreshAll();
        } catch (CatalogImport.RefusedException e) {
            showRefusal(e.files());
        }
    }

    private void showRefusal(List<DataFileException> files) {
        importResult.removeAll();
        H4 head = new H4(getTranslation("admin-catalog.import.refused"));
        head.setId("import-refused");
        importResult.add(head);
        int n = 0;
        for (DataFileException file : files) {
            importResult.add(new Paragraph(getTranslation("admin-catalog.import.file", file.file())));
            UnorderedList list = new UnorderedList();
            for (String problem : file.problems()) {
                ListItem item = new ListItem(problem);
                item.setId("import-problem-" + n++);
                list.add(item);
            }
            importResult.add(list);
        }
        importResult.getStyle().set("color", "var(--lumo-error-text-color)");
        importResult.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-catalog.title");
    }
}
