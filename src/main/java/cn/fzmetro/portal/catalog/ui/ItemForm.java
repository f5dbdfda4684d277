package cn.fzmetro.portal.catalog.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.fzmetro.portal.area.DepartmentInfo;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemVocabulary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Every element of an item's guide as editable fields, in collapsible sections. {@link #value()}
 * gives the document as entered; the service checks it against the schema and the item rules.
 */
class ItemForm extends EditorPart {

    private final ItemDocument original;
    private final List<Details> sections = new ArrayList<>();
    private final List<MaterialRow> materialRows = new ArrayList<>();

    private final TextField code;
    private final TextField basicCode;
    private final TextField name;
    private final Select<String> type;
    private final Select<String> department;
    private final TextField category;
    private final CheckboxGroup<String> applicantTypes;
    private final Select<String> handling;
    private final Select<String> decisionLevel;
    private final CheckboxGroup<String> crossRegionModes;
    private final Checkbox online;
    private final IntegerField visits;

    private final RowsEditor<ItemDocument.LegalBasis> legalBasis;
    private final StringListEditor conditions;
    private final StringListEditor prohibitions;
    private final Checkbox commitmentAllowed;
    private final TextArea commitmentText;

    private final IntegerField statutory;
    private final IntegerField promised;
    private final RowsEditor<ItemDocument.SpecialStep> specialSteps;
    private final Checkbox feeCharged;
    private final TextArea feeDescription;

    private final RowsEditor<ItemDocument.Situation> situations;
    private final RowsEditor<ItemDocument.FormField> formFields;
    private final RowsEditor<ItemDocument.Material> materials;

    private final TextField resultName;
    private final Select<String> resultType;
    private final TextField resultValidity;
    private final CheckboxGroup<String> delivery;

    private final TextField consultationPhone;
    private final TextField complaintPhone;
    private final TextArea appeal;
    private final RowsEditor<ItemDocument.Faq> faq;

    ItemForm(ItemDocument d, List<DepartmentInfo> departments) {
        this.original = d;
        setWidthFull();

        code = text("admin-editor.f.code", d.code());
        code.setReadOnly(true);
        basicCode = text("admin-editor.f.basic-code", d.basicCode());
        name = text("admin-editor.f.name", d.name());
        name.setWidth("28em");
        type = choice("admin-editor.f.type", ItemVocabulary.TYPES, "catalog.type.", d.type());
        department = choice("admin-editor.f.department", departments.stream().map(DepartmentInfo::code).toList(),
                null, d.department());
        department.setItemLabelGenerator(c -> departments.stream().filter(x -> x.code().equals(c)).findFirst()
                .map(x -> x.code() + " " + x.name()).orElse(c));
        category = text("admin-editor.f.category", d.category());
        applicantTypes = several("admin-editor.f.applicant-types", ItemVocabulary.APPLICANT_TYPES,
                "catalog.applicant-type.", d.applicantTypes());
        handling = choice("admin-editor.f.handling", ItemVocabulary.HANDLING, "catalog.handling.", d.handling());
        decisionLevel = choice("admin-editor.f.decision-level", ItemVocabulary.DECISION_LEVELS,
                "catalog.decision-level.", d.decisionLevel());
        crossRegionModes = several("admin-editor.f.cross-region", ItemVocabulary.CROSS_REGION_MODES,
                "catalog.cross-region.", d.crossRegionModes());
        online = check("admin-editor.f.online", d.online());
        visits = number("admin-editor.f.visits", d.visits());
        identify(code, "field-code");
        identify(basicCode, "field-basicCode");
        identify(name, "field-name");
        identify(type, "field-type");
        identify(department, "field-department");
        identify(category, "field-category");
        identify(applicantTypes, "field-applicantTypes");
        identify(handling, "field-handling");
        identify(decisionLevel, "field-decisionLevel");
        identify(crossRegionModes, "field-crossRegionModes");
        identify(online, "field-online");
        identify(visits, "field-visits");
        section("basic", "admin-editor.section.basic", true, line(code, basicCode, name), line(type, department,
                category), line(handling, decisionLevel, visits, online), applicantTypes, crossRegionModes);

        legalBasis = new RowsEditor<>("legal", "admin-editor.f.legal-basis",
                d.legalBasis().stream().map(LegalBasisRow::new).toList(), () -> new LegalBasisRow(null));
        conditions = new StringListEditor("condition", "admin-editor.f.conditions", d.acceptanceConditions());
        prohibitions = new StringListEditor("prohibition", "admin-editor.f.prohibitions", d.prohibitions());
        commitmentAllowed = check("admin-editor.f.commitment", d.commitment() != null);
        commitmentText = area("admin-editor.f.commitment-text", d.commitment() == null ? "" : d.commitment().text());
        commitmentText.setEnabled(d.commitment() != null);
        commitmentAllowed.addValueChangeListener(e -> commitmentText.setEnabled(e.getValue()));
        identify(commitmentAllowed, "commitment-enabled");
        identify(commitmentText, "commitment-text");
        section("legal", "admin-editor.section.legal", false, legalBasis, conditions, prohibitions, commitmentAllowed,
                commitmentText);

        statutory = number("admin-editor.f.statutory", d.timeLimits().statutory());
        promised = number("admin-editor.f.promised", d.timeLimits().promised());
        specialSteps = new RowsEditor<>("step", "admin-editor.f.special-steps",
                d.specialSteps().stream().map(SpecialStepRow::new).toList(), () -> new SpecialStepRow(null));
        feeCharged = check("admin-editor.f.fee-charged", d.fee().charged());
        feeDescription = area("admin-editor.f.fee-description", d.fee().description());
        identify(statutory, "limit-statutory");
        identify(promised, "limit-promised");
        identify(feeCharged, "fee-charged");
        identify(feeDescription, "fee-description");
        section("limits", "admin-editor.section.limits", false, line(statutory, promised), specialSteps, feeCharged,
                feeDescription);

        situations = new RowsEditor<>("situation", "admin-editor.f.situation",
                d.situations().stream().map(s -> new SituationRow(s, s.code())).toList(),
                ItemForm.<ItemDocument.Situation>next(d.situations().stream().map(ItemDocument.Situation::code).toList(), "Q", "%d",
                        key -> new SituationRow(null, key)));
        section("situations", "admin-editor.section.situations", false, situations);

        formFields = new RowsEditor<>("form-field", "admin-editor.f.form-field",
                d.formFields().stream().map(f -> new FormFieldRow(f, f.key())).toList(),
                ItemForm.<ItemDocument.FormField>next(d.formFields().stream().map(ItemDocument.FormField::key).toList(), "field", "%d",
                        key -> new FormFieldRow(null, key)));
        section("form", "admin-editor.section.form", false, formFields);

        List<MaterialRow> loaded = d.materials().stream().map(m -> new MaterialRow(m, m.code(), false)).toList();
        materialRows.addAll(loaded);
        materials = new RowsEditor<>("material", "admin-editor.f.material", loaded,
                ItemForm.<ItemDocument.Material>next(d.materials().stream().map(ItemDocument.Material::code).toList(), "M", "%02d", key -> {
                    MaterialRow row = new MaterialRow(null, key, true);
                    materialRows.add(row);
                    return row;
                }));
        section("materials", "admin-editor.section.materials", false, materials);

        resultName = text("admin-editor.f.result-name", d.result().name());
        resultType = choice("admin-editor.f.result-type", ItemVocabulary.RESULT_TYPES, "catalog.result-type.",
                d.result().type());
        resultValidity = text("admin-editor.f.validity", d.result().validity());
        delivery = several("admin-editor.f.delivery", ItemVocabulary.DELIVERY, "catalog.delivery.",
                d.result().delivery());
        identify(resultName, "result-name");
        identify(resultType, "result-type");
        identify(resultValidity, "result-validity");
        identify(delivery, "result-delivery");
        section("result", "admin-editor.section.result", false, line(resultName, resultType, resultValidity),
                delivery);

        consultationPhone = text("admin-editor.f.consultation-phone", d.support().consultationPhone());
        complaintPhone = text("admin-editor.f.complaint-phone", d.support().complaintPhone());
        appeal = area("admin-editor.f.appeal", d.support().appeal());
        faq = new RowsEditor<>("faq", "admin-editor.f.faq", d.support().faq().stream().map(FaqRow::new).toList(),
                () -> new FaqRow(null));
        identify(consultationPhone, "support-consultation");
        identify(complaintPhone, "support-complaint");
        identify(appeal, "support-appeal");
        section("support", "admin-editor.section.support", false, line(consultationPhone, complaintPhone), appeal,
                faq);
    }

    /** The document as entered. */
    ItemDocument value() {
        ItemDocument d = original;
        return new ItemDocument(code.getValue(), basicCode.getValue(), name.getValue(), type.getValue(),
                department.getValue(), category.getValue(),
                ordered(applicantTypes, d.applicantTypes(), ItemVocabulary.APPLICANT_TYPES), handling.getValue(),
                decisionLevel.getValue(),
                ordered(crossRegionModes, d.crossRegionModes(), ItemVocabulary.CROSS_REGION_MODES),
                online.getValue(), whole(visits), legalBasis.value(), conditions.value(), prohibitions.value(),
                commitmentAllowed.getValue() ? new ItemDocument.Commitment(commitmentText.getValue()) : null,
                new ItemDocument.TimeLimits(whole(statutory), whole(promised)), specialSteps.value(),
                new ItemDocument.Fee(feeCharged.getValue(), feeDescription.getValue()), situations.value(),
                formFields.value(), materials.value(),
                new ItemDocument.Result(resultName.getValue(), resultType.getValue(), resultValidity.getValue(),
                        ordered(delivery, d.result().delivery(), ItemVocabulary.DELIVERY)),
                new ItemDocument.Support(consultationPhone.getValue(), complaintPhone.getValue(), appeal.getValue(),
                        faq.value()));
    }

    /** Opens or closes every section and material. */
    void expandAll(boolean opened) {
        sections.forEach(s -> s.setOpened(opened));
        materialRows.forEach(m -> m.setOpened(opened));
    }

    private void section(String id, String titleKey, boolean opened, Component... content) {
        Details details = new Details(getTranslation(titleKey));
        details.add(content);
        details.setId("section-" + id);
        details.setOpened(opened);
        details.setWidthFull();
        sections.add(details);
        add(details);
    }

    private static void identify(Component component, String id) {
        component.setId(id);
    }

    /** New rows get the next free key: Q4, field3, M07… */
    private static <T> Supplier<EditorRow<T>> next(List<String> existing, String prefix, String format,
            Function<String, EditorRow<T>> make) {
        Set<String> used = new HashSet<>(existing);
        int[] n = {0};
        return () -> {
            String key;
            do {
                n[0]++;
                key = prefix + String.format(format, n[0]);
            } while (used.contains(key));
            used.add(key);
            return make.apply(key);
        };
    }
}
