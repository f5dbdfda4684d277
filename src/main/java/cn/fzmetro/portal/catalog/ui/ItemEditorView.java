package cn.fzmetro.portal.catalog.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.base.data.DataFileException;
import cn.fzmetro.portal.catalog.CatalogAdmin;
import cn.fzmetro.portal.catalog.DraftConflictException;
import cn.fzmetro.portal.catalog.FieldChange;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDraft;
import cn.fzmetro.portal.catalog.ItemStatus;
import cn.fzmetro.portal.catalog.ItemSummary;
import cn.fzmetro.portal.catalog.PublishedItem;
import cn.fzmetro.portal.catalog.VersionInfo;
import cn.fzmetro.portal.catalog.VersionState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * The administrator's editor of one item: every element of the guide, saved as a draft and
 * published from an effective date; suspend, retire and reactivate with a reason; the version
 * history with a field-by-field diff of any two versions; export of the item file. Only the
 * item's code, the draft's lock version and one document are kept in the session.
 */
@Route("admin/catalog/:code")
@RolesAllowed(Role.ADMIN_NAME)
class ItemEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient CatalogAdmin admin;
    private final transient AreaQuery area;
    private final transient Clock clock;

    private String code;
    /** Lock version of the draft being edited; null while no draft exists. */
    private Integer lockVersion;
    /** The document the form shows as saved (draft or version in force): the base of "unsaved changes". */
    private ItemDocument loaded;
    private String title = "";

    private ItemForm form;
    private final Div problems = new Div();
    private final Span status = new Span();
    private final Span state = new Span();
    // built anew by every load(), so no listener is ever added twice
    private Button discard;
    private Button suspend;
    private Button retire;
    private Button reactivate;
    private Grid<VersionInfo> history;
    private Select<VersionInfo> diffFrom;
    private Select<VersionInfo> diffTo;
    private Grid<FieldChange> diff;
    private Integer currentVersionNo;

    ItemEditorView(CatalogAdmin admin, AreaQuery area, Clock clock) {
        this.admin = admin;
        this.area = area;
        this.clock = clock;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        if (admin.item(code).isEmpty()) {
            throw new NotFoundException();
        }
        load();
    }

    /** Builds the editor from the database: the waiting draft, or else the version in force. */
    private void load() {
        removeAll();
        ItemSummary item = admin.item(code).orElseThrow(NotFoundException::new);
        Optional<ItemDraft> draft = admin.draft(code);
        Optional<PublishedItem> base = admin.inForce(code);
        loaded = draft.map(ItemDraft::document).orElseGet(() -> base.orElseThrow(NotFoundException::new).document());
        lockVersion = draft.map(ItemDraft::lockVersion).orElse(null);
        title = getTranslation("admin-editor.page-title", item.name());

        H2 heading = new H2(getTranslation("admin-editor.title", item.name(), item.code()));
        heading.setId("editor-title");
        status.setId("editor-status");
        state.setId("editor-state");
        Anchor back = new Anchor("admin/catalog", getTranslation("admin-editor.back"));
        back.setId("editor-back");
        Anchor guide = new Anchor("catalog/" + code, getTranslation("admin-editor.view-guide"));
        guide.setId("editor-guide");
        guide.setTarget("_blank");
        HorizontalLayout links = new HorizontalLayout(back, guide);

        problems.setId("editor-problems");
        problems.setVisible(false);
        problems.getStyle().set("border", "1px solid var(--lumo-error-color)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("color", "var(--lumo-error-text-color)");

        form = new ItemForm(loaded, area.departments());
        add(heading, links, new Div(status), new Div(state), toolbar(), problems, form, historySection());
        refreshMeta();
    }

    private HorizontalLayout toolbar() {
        Button save = new Button(getTranslation("admin-editor.save-draft"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("save-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        DatePicker effectiveFrom = new DatePicker(getTranslation("admin-editor.effective-from"));
        effectiveFrom.setId("publish-date");
        LocalDate today = LocalDate.now(clock);
        effectiveFrom.setValue(today);
        effectiveFrom.setMin(today);
        Button publish = new Button(getTranslation("admin-editor.publish"), VaadinIcon.UPLOAD_ALT.create(),
                e -> publish(effectiveFrom.getValue()));
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);

        discard = new Button(getTranslation("admin-editor.discard"));
        discard.setId("discard-draft");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        discard.addClickListener(e -> confirmDiscard());

        suspend = new Button(getTranslation("admin-editor.suspend"));
        suspend.setId("suspend");
        suspend.addClickListener(e -> askReason(ItemStatus.SUSPENDED));
        retire = new Button(getTranslation("admin-editor.retire"));
        retire.setId("retire");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.addClickListener(e -> askReason(ItemStatus.RETIRED));
        reactivate = new Button(getTranslation("admin-editor.reactivate"));
        reactivate.setId("reactivate");
        reactivate.addClickListener(e -> reactivate());

        String itemCode = code;
        CatalogAdmin service = admin;
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = service.export(itemCode).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), itemCode + ".yaml", "application/yaml",
                    bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("admin-editor.export-item"));
        export.setId("export-item");

        Button expand = new Button(getTranslation("admin-editor.expand-all"), VaadinIcon.EXPAND_SQUARE.create());
        expand.setId("expand-all");
        expand.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        boolean[] opened = {false};
        expand.addClickListener(e -> {
            opened[0] = !opened[0];
            form.expandAll(opened[0]);
            expand.setText(getTranslation(opened[0] ? "admin-editor.collapse-all" : "admin-editor.expand-all"));
        });

        HorizontalLayout bar = new HorizontalLayout(save, effectiveFrom, publish, discard, suspend, retire, reactivate,
                export, expand);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.setId("editor-toolbar");
        // stays in view while the long form scrolls, so saving and publishing are always at hand
        bar.getStyle().set("position", "sticky").set("top", "var(--vaadin-app-layout-navbar-offset-top, 0)")
                .set("z-index", "2").set("background", "var(--lumo-base-color)")
                .set("padding", "var(--lumo-space-xs) 0").set("box-shadow", "0 1px 0 var(--lumo-contrast-10pct)");
        return bar;
    }

    /** Status, draft state, buttons and history after a change that leaves the form as it is. */
    private void refreshMeta() {
        ItemSummary item = admin.item(code).orElseThrow(NotFoundException::new);
        currentVersionNo = item.currentVersion();
        String statusText = getTranslation("admin-editor.status.value", getTranslation("catalog.status." + item.status().name()));
        if (item.statusReason() != null) {
            statusText += getTranslation("admin-editor.status.reason", item.statusReason());
        }
        status.setText(statusText);
        List<VersionInfo> versions = admin.history(code);
        Optional<VersionInfo> draft = versions.stream().filter(v -> v.state() == VersionState.DRAFT).findFirst();
        state.setText(draft.map(v -> getTranslation("admin-editor.state.draft", v.versionNo()))
                .orElseGet(() -> getTranslation("admin-editor.state.no-draft",
                        currentVersionNo == null ? "-" : currentVersionNo)));
        discard.setEnabled(draft.isPresent());
        suspend.setVisible(item.status() == ItemStatus.ACTIVE);
        retire.setVisible(item.status() != ItemStatus.RETIRED);
        reactivate.setVisible(item.status() != ItemStatus.ACTIVE);

        history.setItems(versions);
        VersionInfo to = versions.isEmpty() ? null : versions.get(0);
        VersionInfo from = versions.size() > 1 ? versions.get(1) : to;
        diffFrom.setItems(versions);
        diffTo.setItems(versions);
        diffFrom.setValue(from);
        diffTo.setValue(to);
        showDiff();
    }

    private Details historySection() {
        history = new Grid<>(VersionInfo.class, false);
        diffFrom = new Select<>();
        diffTo = new Select<>();
        diff = new Grid<>(FieldChange.class, false);
        history.setId("history-grid");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        history.addColumn(v -> "v" + v.versionNo()).setHeader(getTranslation("admin-editor.history.version"))
                .setAutoWidth(true).setKey("version");
        history.addColumn(this::phase).setHeader(getTranslation("admin-editor.history.phase")).setAutoWidth(true)
                .setKey("phase");
        history.addColumn(v -> v.effectiveFrom() == null ? "" : v.effectiveFrom().toString())
                .setHeader(getTranslation("admin-editor.history.effective-from")).setKey("effectiveFrom");
        history.addColumn(v -> byAt(v.createdBy(), v.createdAt()))
                .setHeader(getTranslation("admin-editor.history.created")).setKey("created");
        history.addColumn(v -> v.publishedBy() == null ? "" : byAt(v.publishedBy(), v.publishedAt()))
                .setHeader(getTranslation("admin-editor.history.published")).setKey("published");

        diffFrom.setId("diff-from");
        diffFrom.setLabel(getTranslation("admin-editor.diff.from"));
        diffTo.setId("diff-to");
        diffTo.setLabel(getTranslation("admin-editor.diff.to"));
        diffFrom.setItemLabelGenerator(this::versionLabel);
        diffTo.setItemLabelGenerator(this::versionLabel);
        diffFrom.addValueChangeListener(e -> showDiff());
        diffTo.addValueChangeListener(e -> showDiff());
        diff.setId("diff-grid");
        diff.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        diff.setAllRowsVisible(true);
        diff.addColumn(FieldChange::path).setHeader(getTranslation("admin-editor.diff.path")).setAutoWidth(true)
                .setKey("path");
        diff.addColumn(c -> absent(c.before())).setHeader(getTranslation("admin-editor.diff.before")).setFlexGrow(2)
                .setKey("before");
        diff.addColumn(c -> absent(c.after())).setHeader(getTranslation("admin-editor.diff.after")).setFlexGrow(2)
                .setKey("after");
        diff.setEmptyStateText(getTranslation("admin-editor.diff.none"));
        HorizontalLayout selects = new HorizontalLayout(diffFrom, diffTo);
        Details section = new Details(getTranslation("admin-editor.section.history"),
                history, new H4(getTranslation("admin-editor.diff")), selects, diff);
        section.setId("section-history");
        section.setWidthFull();
        return section;
    }

    /** Shows the changes from the first selected version to the second. */
    private void showDiff() {
        if (diffFrom.getValue() == null || diffTo.getValue() == null) {
            diff.setItems(List.of());
            return;
        }
        diff.setItems(admin.diff(diffFrom.getValue().id(), diffTo.getValue().id()));
    }

    private boolean save() {
        ItemDocument document = form.value();
        clearProblems();
        try {
            if (lockVersion == null) {
                ItemDraft started = admin.startDraft(code);
                if (started.lockVersion() != 0 || !started.document().equals(loaded)) {
                    showConflict();
                    return false;
                }
                lockVersion = started.lockVersion();
            }
            ItemDraft saved = admin.saveDraft(code, document, lockVersion);
            lockVersion = saved.lockVersion();
            loaded = saved.document();
            notify(getTranslation("admin-editor.saved", saved.version().versionNo()), NotificationVariant.LUMO_SUCCESS);
            refreshMeta();
            return true;
        } catch (DataFileException e) {
            showProblems(e.problems());
        } catch (DraftConflictException e) {
            showConflict();
        } catch (InvalidInputException e) {
            showInvalid(e);
        }
        return false;
    }

    private void publish(LocalDate effectiveFrom) {
        if (!form.value().equals(loaded) && !save()) {
            return;
        }
        try {
            VersionInfo published = admin.publish(code, effectiveFrom);
            load();
            notify(getTranslation("admin-editor.published", published.versionNo(), String.valueOf(published.effectiveFrom())),
                    NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            showInvalid(e);
        } catch (DataFileException e) {
            showProblems(e.problems());
        }
    }

    private void confirmDiscard() {
        Dialog dialog = new Dialog(getTranslation("admin-editor.discard"));
        dialog.setId("discard-dialog");
        dialog.add(new Paragraph(getTranslation("admin-editor.discard.confirm")));
        Button yes = new Button(getTranslation("admin-editor.discard"), e -> {
            dialog.close();
            try {
                admin.discardDraft(code);
                load();
                notify(getTranslation("admin-editor.discarded"), NotificationVariant.LUMO_CONTRAST);
            } catch (InvalidInputException ex) {
                showInvalid(ex);
            }
        });
        yes.setId("discard-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("action.cancel"), e -> dialog.close());
        no.setId("discard-cancel");
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void askReason(ItemStatus target) {
        String name = loaded.name();
        Dialog dialog = new Dialog(getTranslation(target == ItemStatus.SUSPENDED ? "admin-editor.suspend.title"
                : "admin-editor.retire.title", name));
        dialog.setId("status-dialog");
        TextArea reason = new TextArea(getTranslation("admin-editor.reason"));
        reason.setId("status-reason");
        reason.setWidth("32em");
        reason.setHelperText(getTranslation("admin-editor.status.help"));
        reason.setMaxLength(500);
        dialog.add(reason);
        Button confirm = new Button(getTranslation(target == ItemStatus.SUSPENDED ? "admin-editor.suspend"
                : "admin-editor.retire"), e -> {
                    try {
                        if (target == ItemStatus.SUSPENDED) {
                            admin.suspend(code, reason.getValue());
                        } else {
                            admin.retire(code, reason.getValue());
                        }
                        dialog.close();
                        refreshMeta();
                        notify(getTranslation("admin-editor.status-changed",
                                getTranslation("catalog.status." + target.name())), NotificationVariant.LUMO_SUCCESS);
                    } catch (InvalidInputException ex) {
                        InvalidInputException.Problem p = ex.problems().get(0);
                        reason.setErrorMessage(getTranslation(p.messageKey(), p.args()));
                        reason.setInvalid(true);
                    }
                });
        confirm.setId("status-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("status-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void reactivate() {
        try {
            admin.reactivate(code);
            refreshMeta();
            notify(getTranslation("admin-editor.status-changed", getTranslation("catalog.status.ACTIVE")),
                    NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            showInvalid(e);
        }
    }

    private void clearProblems() {
        problems.removeAll();
        problems.setVisible(false);
    }

    private void showProblems(List<String> messages) {
        problems.removeAll();
        H4 head = new H4(getTranslation("admin-editor.problems"));
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < messages.size(); i++) {
            ListItem item = new ListItem(messages.get(i));
            item.setId("editor-problem-" + i);
            list.add(item);
        }
        problems.add(head, list);
        problems.setVisible(true);
    }

    private void showInvalid(InvalidInputException e) {
        showProblems(e.problems().stream().map(p -> getTranslation("admin-editor.problem-line",
                getTranslation(p.field()), getTranslation(p.messageKey(), p.args()))).toList());
    }

    private void showConflict() {
        showProblems(List.of(getTranslation("admin-editor.conflict")));
        Button reload = new Button(getTranslation("admin-editor.reload"), VaadinIcon.REFRESH.create(), e -> load());
        reload.setId("editor-reload");
        problems.add(reload);
    }

    private String phase(VersionInfo v) {
        if (v.state() == VersionState.DRAFT) {
            return getTranslation("admin-editor.phase.DRAFT");
        }
        if (currentVersionNo != null && v.versionNo() == currentVersionNo) {
            return getTranslation("admin-editor.phase.CURRENT");
        }
        if (currentVersionNo == null || v.versionNo() > currentVersionNo) {
            return getTranslation("admin-editor.phase.SCHEDULED");
        }
        return getTranslation("admin-editor.phase.SUPERSEDED");
    }

    private String versionLabel(VersionInfo v) {
        return getTranslation("admin-editor.diff.version", v.versionNo(), phase(v));
    }

    private String byAt(String by, Instant at) {
        return getTranslation("admin-editor.history.by-at", by, at == null ? "" : TIME.format(at.atZone(clock.getZone())));
    }

    private String absent(String value) {
        return value == null ? getTranslation("admin-editor.diff.absent") : value;
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
