package cn.fzmetro.portal.clock.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.base.data.DataFileException;
import cn.fzmetro.portal.clock.CalendarAdmin;
import cn.fzmetro.portal.clock.CalendarYearInfo;
import cn.fzmetro.portal.clock.Deadlines;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * The working-day calendar for administrators: the stored years with their source, a warning for
 * years without an official holiday notice (counted Monday–Friday), and the import of a year's file.
 */
@Route("admin/calendar")
@Menu(order = 45, title = "nav.admin-calendar", icon = "vaadin:calendar")
@RolesAllowed(Role.ADMIN_NAME)
class CalendarAdminView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Deadlines.ZONE);

    private final transient CalendarAdmin admin;
    private final Grid<CalendarYearInfo> grid = new Grid<>(CalendarYearInfo.class, false);
    private final Span warning = new Span();
    private final Div errors = new Div();
    private final Upload upload = new Upload();

    CalendarAdminView(CalendarAdmin admin) {
        this.admin = admin;
        setSizeFull();
        H2 title = new H2(getTranslation("admin-calendar.title"));
        title.setId("admin-calendar-title");
        Paragraph intro = new Paragraph(getTranslation("admin-calendar.intro"));

        warning.setId("admin-calendar-warning");
        warning.getElement().getThemeList().add("badge warning");

        grid.setId("admin-calendar-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(CalendarYearInfo::year).setHeader(getTranslation("admin-calendar.year")).setKey("year")
                .setAutoWidth(true);
        grid.addColumn(y -> getTranslation(y.official() ? "admin-calendar.official.yes" : "admin-calendar.official.no"))
                .setHeader(getTranslation("admin-calendar.official")).setKey("official").setAutoWidth(true);
        grid.addColumn(CalendarYearInfo::source).setHeader(getTranslation("admin-calendar.source")).setKey("source")
                .setFlexGrow(3);
        grid.addColumn(CalendarYearInfo::holidays).setHeader(getTranslation("admin-calendar.holidays"))
                .setKey("holidays").setAutoWidth(true);
        grid.addColumn(CalendarYearInfo::adjustedWorkdays).setHeader(getTranslation("admin-calendar.adjusted"))
                .setKey("adjusted").setAutoWidth(true);
        grid.addColumn(y -> TIME.format(y.importedAt()) + " · " + y.importedBy())
                .setHeader(getTranslation("admin-calendar.imported")).setKey("imported").setAutoWidth(true);

        H3 importTitle = new H3(getTranslation("admin-calendar.import.title"));
        Paragraph importHelp = new Paragraph(getTranslation("admin-calendar.import.help"));
        upload.setId("admin-calendar-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".yaml", ".yml");
        upload.setI18n(uploadTexts());
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> importFile(meta.fileName(), bytes)));
        upload.addFileRejectedListener(e -> showProblems(e.getFileName(), List.of(e.getErrorMessage())));

        errors.setId("admin-calendar-errors");
        errors.setVisible(false);
        errors.getStyle().set("color", "var(--lumo-error-text-color)");

        add(title, intro, warning, grid, importTitle, importHelp, upload, errors);
        refresh();
    }

    /** Imports an uploaded file; on refusal shows every problem the service found. */
    void importFile(String fileName, byte[] bytes) {
        try {
            CalendarYearInfo info = admin.importYear(fileName, bytes);
            errors.removeAll();
            errors.setVisible(false);
            Notification done = Notification.show(getTranslation("admin-calendar.import.done", String.valueOf(info.year()),
                    getTranslation(info.official() ? "admin-calendar.official.yes" : "admin-calendar.official.no")));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (DataFileException e) {
            showProblems(e.file(), e.problems());
        } finally {
            upload.clearFileList();
        }
    }

    private void showProblems(String fileName, List<String> problems) {
        errors.removeAll();
        Span heading = new Span(getTranslation("admin-calendar.import.refused", fileName));
        heading.setId("admin-calendar-errors-heading");
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p)));
        errors.add(heading, list);
        errors.setVisible(true);
    }

    private void refresh() {
        grid.setItems(admin.years());
        List<Integer> unofficial = admin.yearsWithoutOfficialCalendar();
        warning.removeAll();
        if (unofficial.isEmpty()) {
            warning.setVisible(false);
        } else {
            warning.add(VaadinIcon.WARNING.create());
            warning.add(new Span(getTranslation("admin-calendar.warning",
                    unofficial.stream().map(String::valueOf).collect(Collectors.joining(getTranslation("admin-calendar.list-separator"))))));
            warning.setVisible(true);
        }
    }

    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("admin-calendar.upload.add"))
                        .setMany(getTranslation("admin-calendar.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("admin-calendar.upload.drop"))
                        .setMany(getTranslation("admin-calendar.upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("admin-calendar.upload.too-big"))
                        .setIncorrectFileType(getTranslation("admin-calendar.upload.wrong-type"))
                        .setTooManyFiles(getTranslation("admin-calendar.upload.too-many")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-calendar.title");
    }
}
