package cn.fzmetro.portal.intake.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.base.InvalidInputException.Problem;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.base.i18n.PortalI18NProvider;
import cn.fzmetro.portal.casefile.CaseDetails;
import cn.fzmetro.portal.casefile.CaseIntake;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.MaterialFile;
import cn.fzmetro.portal.casefile.ui.CaseMessage;
import cn.fzmetro.portal.casefile.ui.CaseNoticeList;
import cn.fzmetro.portal.casefile.ui.Pickers;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDocument.FormField;
import cn.fzmetro.portal.catalog.ItemDocument.Material;
import cn.fzmetro.portal.catalog.ItemDocument.Situation;
import cn.fzmetro.portal.catalog.ItemSummary;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * 窗口收件 for a walk-in applicant: the clerk checks the person's identity, starts the case, takes
 * down answers and form, scans each material in, and receives the case once the applicant signed
 * the declaration. Only the case id is held; scans go straight from the upload to the service.
 */
@Route("window/counter")
@Menu(order = 21, title = "nav.window-counter", icon = "vaadin:user-card")
@RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
class CounterView extends VerticalLayout implements HasDynamicTitle {

    private final transient Cases cases;
    private final transient CaseIntake intake;
    private final transient CatalogQuery catalog;
    private final transient AreaQuery area;
    private final CaseMessage message = new CaseMessage();
    private final VerticalLayout content = new VerticalLayout();
    /** Chosen once per screen, so a double click or a retry receives the case only once. */
    private final String submissionKey = UUID.randomUUID().toString();
    private Long caseId;

    CounterView(Cases cases, CaseIntake intake, CatalogQuery catalog, AreaQuery area) {
        this.cases = cases;
        this.intake = intake;
        this.catalog = catalog;
        this.area = area;
        H2 title = new H2(getTranslation("counter.title"));
        title.setId("counter-title");
        content.setPadding(false);
        add(title, message, content);
        showStart();
    }

    private void showStart() {
        ComboBox<ItemSummary> item = Pickers.item(catalog, getTranslation("case.item"));
        item.setId("counter-item");
        TextField name = new TextField(getTranslation("case.applicant-name"));
        name.setId("counter-applicant-name");
        TextField idNumber = new TextField(getTranslation("case.applicant-id"));
        idNumber.setId("counter-applicant-id");
        Select<String> method = new Select<>();
        method.setId("counter-identity-method");
        method.setLabel(getTranslation("case.identity-method"));
        method.setItems(IntakeView.IDENTITY_METHODS);
        method.setItemLabelGenerator(key -> getTranslation(key));
        ComboBox<RegionInfo> district = Pickers.district(area, getTranslation("case.competent-region"));
        district.setId("counter-region");
        Button start = new Button(getTranslation("counter.start"), e -> {
            message.clear();
            try {
                caseId = intake.startCounterCase(item.getValue() == null ? null : item.getValue().code(),
                        name.getValue(), idNumber.getValue(),
                        method.getValue() == null ? null : getTranslation(PortalI18NProvider.CHINESE, method.getValue()),
                        district.getValue() == null ? null : district.getValue().code());
                showApplication();
            } catch (RuntimeException ex) {
                message.showRefusal(ex);
            }
        });
        start.setId("counter-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.removeAll();
        content.add(new FormLayout(item, name, idNumber, method, district), start);
    }

    /** Answers, form and scans of the started case; every save shows the materials the answers call for. */
    private void showApplication() {
        CaseDetails d = cases.details(caseId);
        ItemDocument guide = catalog.guide(d.itemVersionId()).orElseThrow();
        content.removeAll();
        Span number = new Span(d.summary().itemName() + " " + d.summary().applicantName());
        number.setId("counter-case");
        content.add(number);

        Map<String, HasValue<?, String>> answers = new LinkedHashMap<>();
        FormLayout situationForm = new FormLayout();
        for (Situation s : guide.situations()) {
            Select<String> answer = new Select<>();
            answer.setLabel(s.question());
            answer.setItems(s.options().stream().map(ItemDocument.Option::code).toList());
            answer.setItemLabelGenerator(code -> s.options().stream().filter(o -> o.code().equals(code))
                    .findFirst().map(ItemDocument.Option::label).orElse(code));
            answer.setValue(d.answers().get(s.code()));
            answer.setId("counter-situation-" + s.code());
            answers.put(s.code(), answer);
            situationForm.add(answer);
        }
        Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
        FormLayout form = new FormLayout();
        for (FormField f : guide.formFields()) {
            AbstractField<?, String> field = field(f, d.formValues().get(f.key()));
            fields.put(f.key(), field);
            form.add((Component) field);
        }
        Button save = new Button(getTranslation("counter.save"), e -> {
            message.clear();
            try {
                intake.saveCounterDraft(caseId, values(answers), values(fields));
                showApplication();
            } catch (RuntimeException ex) {
                message.showRefusal(ex);
            }
        });
        save.setId("counter-save");
        content.add(new H3(getTranslation("case.situation")), situationForm, new H3(getTranslation("case.form-field")),
                form, save, new H3(getTranslation("case.materials")));
        for (Material m : guide.materials()) {
            if (m.appliesTo(d.answers()) && !"DATA_SHARING".equals(m.source())) {
                content.add(material(m, d.files()));
            }
        }
        content.add(receive(guide));
    }

    private AbstractField<?, String> field(FormField f, String value) {
        AbstractField<?, String> field;
        if ("SELECT".equals(f.type()) && f.options() != null) {
            Select<String> select = new Select<>();
            select.setLabel(f.label());
            select.setItems(f.options());
            field = select;
        } else {
            TextField text = new TextField(f.label());
            text.setRequired(f.required());
            if (f.maxLength() != null) {
                text.setMaxLength(f.maxLength());
            }
            text.setHelperText(f.hint());
            field = text;
        }
        field.setId("counter-field-" + f.key());
        if (value != null) {
            field.setValue(value);
        }
        return field;
    }

    private static Map<String, String> values(Map<String, HasValue<?, String>> fields) {
        Map<String, String> values = new HashMap<>();
        fields.forEach((key, field) -> {
            if (field.getValue() != null && !field.getValue().isBlank()) {
                values.put(key, field.getValue());
            }
        });
        return values;
    }

    private Div material(Material m, List<MaterialFile> files) {
        Div box = new Div(new Span(m.code() + " " + m.name()));
        box.setId("counter-material-" + m.code());
        for (MaterialFile f : files) {
            if (f.materialCode().equals(m.code()) && f.current()) {
                Anchor link = new Anchor("/files/" + f.fileId(), f.originalName());
                Button remove = new Button(getTranslation("counter.remove-file"), e -> {
                    intake.removeCounterFile(caseId, f.id());
                    showApplication();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                box.add(new Div(link, remove));
            }
        }
        Upload upload = new Upload(event -> {
            UI ui = event.getUI();
            try {
                // streamed to the document store; nothing of the file stays in the session
                intake.addCounterFile(caseId, m.code(), event.getFileName(), event.getInputStream(),
                        event.getFileSize());
                ui.access(this::showApplication);
            } catch (RuntimeException e) {
                ui.access(() -> message.showRefusal(e));
            }
        });
        upload.setId("counter-upload-" + m.code());
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".ofd");
        upload.setUploadButton(new Button(getTranslation("counter.scan")));
        box.add(upload);
        return box;
    }

    private VerticalLayout receive(ItemDocument guide) {
        UnorderedList missing = new UnorderedList();
        missing.setId("counter-missing");
        for (Problem p : intake.counterMissing(caseId)) {
            missing.add(new ListItem(getTranslation(p.messageKey(), p.args())));
        }
        Checkbox declaration = new Checkbox(getTranslation("counter.declaration"));
        declaration.setId("counter-declaration");
        Checkbox commitment = new Checkbox(getTranslation("counter.commitment"));
        commitment.setId("counter-commitment");
        commitment.setVisible(guide.commitment() != null);
        Button receive = new Button(getTranslation("counter.receive"), e -> {
            message.clear();
            try {
                showReceived(intake.receiveAtCounter(caseId, submissionKey, declaration.getValue(),
                        commitment.getValue()));
            } catch (RuntimeException ex) {
                message.showRefusal(ex);
            }
        });
        receive.setId("counter-receive");
        receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("counter.receive-title")), missing,
                declaration, commitment, receive);
        box.setPadding(false);
        return box;
    }

    private void showReceived(CaseSummary c) {
        content.removeAll();
        Span number = new Span(c.caseNumber());
        number.setId("counter-case-number");
        content.add(new Div(new Span(getTranslation("counter.received")), number),
                new CaseNoticeList(c.id(), cases.details(c.id()).notices()),
                new Anchor("window/cases/" + c.id(), getTranslation("counter.open-intake")));
        Button next = new Button(getTranslation("counter.next"),
                e -> UI.getCurrent().getPage().reload());
        next.setId("counter-next");
        content.add(next);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counter.title");
    }
}
