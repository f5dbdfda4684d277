package cn.fzmetro.portal.filing.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.InvalidInputException.Problem;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseDetails;
import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseNotFoundException;
import cn.fzmetro.portal.casefile.CaseStatus;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.MaterialFile;
import cn.fzmetro.portal.casefile.ui.CaseLinks;
import cn.fzmetro.portal.casefile.ui.MaterialUpload;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.FieldChange;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDocument.FormField;
import cn.fzmetro.portal.catalog.ItemDocument.Material;
import cn.fzmetro.portal.catalog.ItemDocument.Option;
import cn.fzmetro.portal.catalog.ItemDocument.Situation;
import cn.fzmetro.portal.document.Documents;
import cn.fzmetro.portal.document.UploadLimits;
import cn.fzmetro.portal.notice.NoticeKind;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The application wizard for one draft: situation questions with the exact materials they call
 * for, competent district and where to hand in, the item's own form, uploads per material, then
 * check answers, declare and submit. Every step is saved on the server as it is left, so the
 * draft resumes from any browser; the view keeps only the case id and the step.
 */
@Route("apply/:caseId")
@RolesAllowed(Role.APPLICANT_NAME)
class ApplicationWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private enum Step { SITUATIONS, ROUTING, FORM, MATERIALS, CHECK }

    private static final String ONLINE = "ONLINE";
    private static final String AT_WINDOW = "WINDOW";
    private static final String DATA_SHARING = "DATA_SHARING";

    private final transient CaseFiling filing;
    private final transient Cases cases;
    private final transient CatalogQuery catalog;
    private final transient AreaQuery area;
    private final transient Documents documents;

    // one key per wizard instance: a double click or a retry submits the same case once
    private final String submissionKey = UUID.randomUUID().toString();
    private long caseId;
    private Step step = Step.SITUATIONS;
    private String title = "";

    private final H2 heading = new H2();
    private final HorizontalLayout indicator = new HorizontalLayout();
    private final Div problems = new Div();
    private final Div body = new Div();
    private final Button back = new Button();
    private final Button next = new Button();

    /** The inputs of the step on screen, read when it is left. */
    private final Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();

    ApplicationWizardView(CaseFiling filing, Cases cases, CatalogQuery catalog, AreaQuery area,
            Documents documents) {
        this.filing = filing;
        this.cases = cases;
        this.catalog = catalog;
        this.area = area;
        this.documents = documents;
        addClassName("portal-narrow");
        heading.setId("wizard-title");
        indicator.setId("wizard-steps");
        indicator.setWrap(true);
        problems.setId("wizard-problems");
        problems.addClassName("portal-warning");
        body.setWidthFull();
        back.setText(getTranslation("filing.back"));
        back.setId("wizard-back");
        back.addClickListener(e -> leave(-1));
        next.setText(getTranslation("filing.next"));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> leave(1));
        add(heading, indicator, problems, body, new HorizontalLayout(back, next));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            caseId = Long.parseLong(event.getRouteParameters().get("caseId").orElse(""));
            CaseSummary c = cases.get(caseId);
            if (c.status() != CaseStatus.DRAFT) {
                event.forwardTo("cases/" + caseId);
                return;
            }
            title = c.itemName();
        } catch (NumberFormatException | CaseNotFoundException e) {
            throw new NotFoundException();
        }
        show(Step.SITUATIONS);
    }

    private void show(Step target) {
        step = target;
        inputs.clear();
        problems.removeAll();
        problems.setVisible(false);
        body.removeAll();
        CaseDetails d = cases.details(caseId);
        ItemDocument guide = guide(d);
        heading.setText(guide.name());
        indicator.removeAll();
        indicator.getElement().setAttribute("data-step", step.name());
        for (Step s : Step.values()) {
            Span label = new Span(getTranslation("filing.step." + s.name()));
            label.getElement().getThemeList().add(s == step ? "badge primary" : s.ordinal() < step.ordinal()
                    ? "badge success" : "badge contrast");
            indicator.add(label);
        }
        back.setVisible(step != Step.SITUATIONS);
        next.setVisible(step != Step.CHECK);
        switch (step) {
            case SITUATIONS -> situations(guide, d);
            case ROUTING -> routing(guide, d);
            case FORM -> form(guide, d);
            case MATERIALS -> materials(guide, d);
            case CHECK -> check(guide, d);
        }
    }

    private ItemDocument guide(CaseDetails d) {
        return catalog.guide(d.itemVersionId()).orElseThrow();
    }

    /** Saves the step on screen; moves on only if the service took it. */
    private void leave(int direction) {
        try {
            save();
            show(Step.values()[step.ordinal() + direction]);
        } catch (InvalidInputException e) {
            showProblems(problems, e.problems());
        }
    }

    private void save() {
        CaseDetails d = cases.details(caseId);
        switch (step) {
            case SITUATIONS -> filing.saveDraft(caseId, values(), d.formValues());
            case FORM -> filing.saveDraft(caseId, d.answers(), values());
            case ROUTING -> {
                boolean online = ONLINE.equals(inputs.get("handin").getValue());
                // blanks rather than nulls: the service names what is missing
                String window = online ? null : Optional.ofNullable((WindowInfo) inputs.get("window").getValue())
                        .map(WindowInfo::code).orElse("");
                String region = Optional.ofNullable((RegionInfo) inputs.get("region").getValue())
                        .map(RegionInfo::code).orElse("");
                filing.route(caseId, window, region);
            }
            default -> {
                // uploads are saved as they arrive; the check page saves nothing
            }
        }
    }

    /** The values of the step's inputs as the service takes them: text, plain numbers, ISO dates. */
    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach((key, field) -> {
            Object v = field.getValue();
            if (v instanceof BigDecimal n) {
                values.put(key, n.toPlainString());
            } else if (v != null) {
                values.put(key, v.toString());
            }
        });
        return values;
    }

    // ---- (a) situations and the materials they call for

    private void situations(ItemDocument guide, CaseDetails d) {
        Div list = new Div();
        list.setId("material-list");
        for (Situation s : guide.situations()) {
            RadioButtonGroup<String> group = new RadioButtonGroup<>(s.question());
            group.setId("situation-" + s.code());
            group.setItems(s.options().stream().map(Option::code).toList());
            group.setItemLabelGenerator(code -> s.options().stream().filter(o -> o.code().equals(code))
                    .map(Option::label).findFirst().orElse(code));
            group.setValue(d.answers().get(s.code()));
            group.addValueChangeListener(e -> showMaterials(list, guide, values()));
            inputs.put(s.code(), group);
            body.add(group);
        }
        body.add(new H3(getTranslation("filing.materials.needed")), list);
        showMaterials(list, guide, d.answers());
    }

    private void showMaterials(Div list, ItemDocument guide, Map<String, String> answers) {
        list.removeAll();
        UnorderedList items = new UnorderedList();
        for (Material m : guide.materials()) {
            if (m.appliesTo(answers)) {
                ListItem item = new ListItem(new Span(m.name()), new Span(materialFacts(m)));
                item.setId("needed-" + m.code());
                items.add(item);
            }
        }
        list.add(items);
    }

    /** Form, copies, medium and requirement; shared data is named as such, never asked for. */
    private String materialFacts(Material m) {
        if (DATA_SHARING.equals(m.source())) {
            return getTranslation("filing.material.shared");
        }
        String facts = getTranslation("filing.material.facts", getTranslation("catalog.form." + m.form()),
                m.copies(), getTranslation("catalog.medium." + m.medium()),
                getTranslation("catalog.requirement." + m.requirement()));
        return m.template() == null ? facts : facts + getTranslation("filing.material.template", m.template());
    }

    // ---- (b) competent district and where to hand in

    private void routing(ItemDocument guide, CaseDetails d) {
        Map<String, RegionInfo> regions = new LinkedHashMap<>();
        area.regions().forEach(r -> regions.put(r.code(), r));
        ComboBox<RegionInfo> region = new ComboBox<>(getTranslation("filing.routing.region"));
        region.setId("competent-region");
        region.setWidthFull();
        region.setHelperText(getTranslation("filing.routing.region.help"));
        region.setItems(regions.values().stream().filter(r -> r.level() == RegionInfo.Level.DISTRICT)
                .sorted(Comparator.comparing(RegionInfo::code)).toList());
        region.setItemLabelGenerator(r -> regionLabel(regions, r.code()));
        region.setValue(regions.get(d.summary().competentRegionCode()));
        inputs.put("region", region);

        RadioButtonGroup<String> handIn = new RadioButtonGroup<>(getTranslation("filing.routing.handin"));
        handIn.setId("handin");
        handIn.setItems(guide.online() ? List.of(AT_WINDOW, ONLINE) : List.of(AT_WINDOW));
        handIn.setItemLabelGenerator(mode -> getTranslation("filing.routing." + mode));
        boolean wasOnline = d.particulars().handedInOnline() && guide.online();
        handIn.setValue(wasOnline ? ONLINE : AT_WINDOW);
        inputs.put("handin", handIn);

        ComboBox<WindowInfo> window = new ComboBox<>(getTranslation("filing.routing.window"));
        window.setId("window");
        window.setWidthFull();
        window.setItems(area.windows().stream().filter(WindowInfo::openForCases).toList());
        window.setItemLabelGenerator(w -> getTranslation("filing.routing.window.label",
                regionLabel(regions, w.regionCode()), w.name()));
        Paragraph windowDetails = new Paragraph();
        windowDetails.setId("window-details");
        window.addValueChangeListener(e -> windowDetails.setText(e.getValue() == null ? ""
                : getTranslation("filing.routing.window.details", e.getValue().address(), e.getValue().hours())));
        if (!wasOnline && d.summary().receivingWindowCode() != null) {
            area.window(d.summary().receivingWindowCode()).ifPresent(window::setValue);
        }
        window.setVisible(!wasOnline);
        windowDetails.setVisible(!wasOnline);
        handIn.addValueChangeListener(e -> {
            window.setVisible(AT_WINDOW.equals(e.getValue()));
            windowDetails.setVisible(AT_WINDOW.equals(e.getValue()));
        });
        inputs.put("window", window);
        body.add(region, handIn, window, windowDetails);
    }

    /** A district with its city, e.g. 福州市 鼓楼区, so same-named districts stay apart. */
    private String regionLabel(Map<String, RegionInfo> regions, String code) {
        RegionInfo r = regions.get(code);
        if (r == null) {
            return code;
        }
        RegionInfo city = r.parentCode() == null ? null : regions.get(r.parentCode());
        return city == null ? r.name() : getTranslation("filing.routing.region.label", city.name(), r.name());
    }

    // ---- (c) the item's form

    private void form(ItemDocument guide, CaseDetails d) {
        for (FormField f : guide.formFields()) {
            AbstractField<?, ?> field = field(f, d.formValues().get(f.key()));
            field.setId("field-" + f.key());
            field.setRequiredIndicatorVisible(f.required());
            if (field instanceof com.vaadin.flow.component.HasHelper h && f.hint() != null) {
                h.setHelperText(f.hint());
            }
            inputs.put(f.key(), field);
            body.add((Component) field);
        }
    }

    private static AbstractField<?, ?> field(FormField f, String value) {
        return switch (f.type()) {
            case "TEXTAREA" -> {
                TextArea a = new TextArea(f.label());
                a.setWidthFull();
                if (f.maxLength() != null) {
                    a.setMaxLength(f.maxLength());
                }
                a.setValue(value == null ? "" : value);
                yield a;
            }
            case "NUMBER" -> {
                BigDecimalField n = new BigDecimalField(f.label());
                n.setValue(number(value));
                yield n;
            }
            case "DATE" -> {
                DatePicker p = new DatePicker(f.label());
                p.setValue(date(value));
                yield p;
            }
            case "SELECT" -> {
                Select<String> s = new Select<>();
                s.setLabel(f.label());
                s.setItems(f.options());
                s.setValue(value);
                yield s;
            }
            default -> {
                TextField t = new TextField(f.label());
                t.setWidthFull();
                if (f.maxLength() != null) {
                    t.setMaxLength(f.maxLength());
                }
                t.setValue(value == null ? "" : value);
                yield t;
            }
        };
    }

    private static BigDecimal number(String value) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- (d) uploads per material

    private void materials(ItemDocument guide, CaseDetails d) {
        UploadLimits limits = documents.limits();
        body.add(new Paragraph(getTranslation("filing.upload.limits", limits.maxFileBytes() / (1024 * 1024),
                limits.maxCaseBytes() / (1024 * 1024))));
        for (Material m : guide.materials()) {
            if (!m.appliesTo(d.answers())) {
                continue;
            }
            Div section = new Div();
            section.setId("material-" + m.code());
            section.add(new H4(m.name()), new Paragraph(materialFacts(m)));
            if (!DATA_SHARING.equals(m.source())) {
                Div files = new Div();
                files.setId("files-" + m.code());
                Span error = new Span();
                error.setId("upload-error-" + m.code());
                error.addClassName("portal-warning");
                error.setVisible(false);
                section.add(new MaterialUpload(filing, caseId, m.code(), limits, refusal -> {
                    error.setText(refusal == null ? "" : refusal);
                    error.setVisible(refusal != null);
                    showFiles(files, m.code(), cases.details(caseId).files());
                }), error, files);
                showFiles(files, m.code(), d.files());
            }
            body.add(section);
        }
    }

    private void showFiles(Div files, String materialCode, List<MaterialFile> all) {
        files.removeAll();
        for (MaterialFile f : all) {
            if (!f.materialCode().equals(materialCode) || !f.current()) {
                continue;
            }
            Button remove = new Button(getTranslation("filing.upload.remove"), e -> {
                try {
                    filing.removeFile(caseId, f.id());
                } catch (InvalidInputException ex) {
                    showProblems(problems, ex.problems());
                }
                showFiles(files, materialCode, cases.details(caseId).files());
            });
            remove.setId("remove-" + f.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div row = new Div(CaseLinks.file(f.fileId(), f.originalName(), f.viewableInline()),
                    new Span(getTranslation("filing.upload.size", f.sizeBytes() / 1024 + 1, f.pageCount())), remove);
            row.addClassName("filing-file");
            files.add(row);
        }
    }

    // ---- (e) check answers, declare, submit

    private void check(ItemDocument guide, CaseDetails d) {
        List<FieldChange> changes = filing.catalogChanges(caseId);
        if (!changes.isEmpty()) {
            body.add(catalogChanges(changes));
        }
        Map<String, RegionInfo> regions = new LinkedHashMap<>();
        area.regions().forEach(r -> regions.put(r.code(), r));
        List<NativeTableRow> rows = new ArrayList<>();
        for (Situation s : guide.situations()) {
            String answer = d.answers().get(s.code());
            rows.add(fact(s.question(), s.options().stream().filter(o -> o.code().equals(answer)).map(Option::label)
                    .findFirst().orElse(getTranslation("filing.check.unanswered"))));
        }
        CaseSummary c = d.summary();
        rows.add(fact(getTranslation("filing.routing.region"), c.competentRegionCode() == null
                ? getTranslation("filing.check.unanswered") : regionLabel(regions, c.competentRegionCode())));
        rows.add(fact(getTranslation("filing.routing.handin"), c.receivingWindowCode() == null
                ? getTranslation("filing.check.unanswered")
                : d.particulars().handedInOnline() ? getTranslation("filing.routing." + ONLINE)
                        : area.window(c.receivingWindowCode()).map(w -> getTranslation("filing.routing.window.label",
                                regionLabel(regions, w.regionCode()), w.name())).orElse(c.receivingWindowCode())));
        for (FormField f : guide.formFields()) {
            rows.add(fact(f.label(), d.formValues().getOrDefault(f.key(), "")));
        }
        for (Material m : guide.materials()) {
            if (m.appliesTo(d.answers())) {
                List<String> names = d.files().stream().filter(f -> f.current() && f.materialCode().equals(m.code()))
                        .map(MaterialFile::originalName).toList();
                rows.add(fact(m.name(), DATA_SHARING.equals(m.source()) ? getTranslation("filing.material.shared")
                        : names.isEmpty() ? getTranslation("filing.check.no-file") : String.join(getTranslation("filing.list-separator"), names)));
            }
        }
        NativeTable summary = new NativeTable(new NativeTableBody(rows.toArray(NativeTableRow[]::new)));
        summary.setId("check-summary");
        summary.addClassName("portal-facts");
        body.add(new H3(getTranslation("filing.check.title")), summary);

        List<Problem> missing = filing.missing(caseId);
        if (!missing.isEmpty()) {
            Div list = new Div(new Paragraph(getTranslation("filing.check.missing")));
            list.setId("missing-list");
            list.addClassName("portal-warning");
            showProblems(list, missing);
            body.add(list);
        }
        Checkbox declaration = new Checkbox(getTranslation("filing.declaration"));
        declaration.setId("declaration");
        body.add(declaration);
        Checkbox commitment = new Checkbox();
        if (guide.commitment() != null) {
            commitment.setLabel(getTranslation("filing.commitment", guide.commitment().text()));
            commitment.setId("commitment");
            body.add(commitment);
        }
        Div submitProblems = new Div();
        submitProblems.setId("submit-problems");
        submitProblems.addClassName("portal-warning");
        submitProblems.setVisible(false);
        Button submit = new Button(getTranslation("filing.submit"));
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                submitted(filing.submit(caseId, submissionKey, declaration.getValue(), commitment.getValue()));
            } catch (InvalidInputException ex) {
                showProblems(submitProblems, ex.problems());
                submit.setEnabled(true);
            }
        });
        body.add(submitProblems, submit);
    }

    private Component catalogChanges(List<FieldChange> changes) {
        Div box = new Div(new Paragraph(getTranslation("filing.changes.title")));
        box.setId("catalog-changes");
        box.addClassName("portal-warning");
        UnorderedList list = new UnorderedList();
        changes.forEach(ch -> list.add(new ListItem(getTranslation("filing.changes.line", ch.path(),
                ch.before() == null ? "" : ch.before(), ch.after() == null ? "" : ch.after()))));
        Button adopt = new Button(getTranslation("filing.changes.adopt"), e -> {
            filing.adoptCurrentVersion(caseId);
            show(Step.CHECK);
        });
        adopt.setId("adopt-version");
        box.add(list, adopt);
        return box;
    }

    private static NativeTableRow fact(String label, String value) {
        return new NativeTableRow(new NativeTableHeaderCell(label), new NativeTableCell(value));
    }

    // ---- (f) submitted

    private void submitted(CaseSummary c) {
        problems.removeAll();
        body.removeAll();
        indicator.removeAll();
        back.setVisible(false);
        next.setVisible(false);
        Span number = new Span(c.caseNumber());
        number.setId("submitted-case-number");
        body.add(new H3(getTranslation("filing.done.title")),
                new Paragraph(new Span(getTranslation("filing.done.number")), number),
                new Paragraph(getTranslation("filing.done.next")));
        Anchor casePage = new Anchor("cases/" + c.id(), getTranslation("filing.done.case-page"));
        casePage.setId("case-link");
        body.add(new Div(casePage));
        cases.details(c.id()).notices().stream().filter(n -> n.kind() == NoticeKind.RECEIPT).findFirst()
                .ifPresent(n -> {
                    Anchor receipt = CaseLinks.notice(c.id(), n.id(), getTranslation("filing.done.receipt"), false);
                    receipt.setId("receipt-download");
                    body.add(new Div(receipt));
                });
    }

    private void showProblems(Div target, List<Problem> list) {
        target.getChildren().filter(ch -> ch instanceof UnorderedList).toList().forEach(target::remove);
        UnorderedList items = new UnorderedList();
        list.forEach(p -> items.add(new ListItem(problemText(p))));
        target.add(items);
        target.setVisible(true);
    }

    private String problemText(Problem p) {
        return getTranslation("filing.problem", getTranslation(p.field()), getTranslation(p.messageKey(), p.args()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("filing.title.item", title);
    }
}
