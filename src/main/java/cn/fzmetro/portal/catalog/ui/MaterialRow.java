package cn.fzmetro.portal.catalog.ui;

import java.util.List;

import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemVocabulary;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A material with every attribute, the situation answer that makes it needed, and its intake
 * standards and review points as editable lists. Keyed by the code it was loaded or created with:
 * ids like {@code material-M01-intake-0}.
 */
class MaterialRow extends EditorRow<ItemDocument.Material> {

    private final String rowKey;
    private final ItemDocument.Material original;
    private final Details details;
    private final TextField code;
    private final TextField name;
    private final TextArea basis;
    private final Select<String> form;
    private final IntegerField copies;
    private final Select<String> medium;
    private final Select<String> requirement;
    private final TextField whenSituation;
    private final TextField whenOption;
    private final Select<String> source;
    private final TextField template;
    private final StringListEditor intake;
    private final StringListEditor review;

    MaterialRow(ItemDocument.Material m, String rowKey, boolean opened) {
        this.rowKey = rowKey;
        this.original = m;
        code = text("admin-editor.f.material-code", m == null ? rowKey : m.code());
        name = text("admin-editor.f.material-name", m == null ? "" : m.name());
        name.setWidth("28em");
        basis = area("admin-editor.f.material-basis", m == null ? "" : m.basis());
        form = choice("admin-editor.f.form", ItemVocabulary.FORMS, "catalog.form.", m == null ? "ORIGINAL" : m.form());
        copies = number("admin-editor.f.copies", m == null ? 1 : m.copies());
        medium = choice("admin-editor.f.medium", ItemVocabulary.MEDIA, "catalog.medium.",
                m == null ? "PAPER_OR_ELECTRONIC" : m.medium());
        requirement = choice("admin-editor.f.requirement", ItemVocabulary.REQUIREMENTS, "catalog.requirement.",
                m == null ? "REQUIRED" : m.requirement());
        whenSituation = text("admin-editor.f.when-situation", m == null || m.when() == null ? "" : m.when().situation());
        whenOption = text("admin-editor.f.when-option", m == null || m.when() == null ? "" : m.when().option());
        source = choice("admin-editor.f.source", ItemVocabulary.SOURCES, "catalog.source.",
                m == null ? "APPLICANT" : m.source());
        template = text("admin-editor.f.template", m == null ? null : m.template());
        template.setWidthFull();
        intake = new StringListEditor("material-" + rowKey + "-intake", "admin-editor.f.intake",
                m == null ? List.of("") : m.intakeStandards());
        review = new StringListEditor("material-" + rowKey + "-review", "admin-editor.f.review",
                m == null ? List.of("") : m.reviewPoints());
        requirement.addValueChangeListener(e -> showWhen());
        showWhen();

        Div content = new Div(line(code, name, form, copies, medium), basis,
                line(requirement, whenSituation, whenOption, source), template, intake, review);
        details = new Details(summary(), content);
        details.setOpened(opened);
        details.setWidthFull();
        name.addValueChangeListener(e -> details.setSummaryText(summary()));
        code.addValueChangeListener(e -> details.setSummaryText(summary()));
        add(details);
    }

    void setOpened(boolean opened) {
        details.setOpened(opened);
    }

    private String summary() {
        return code.getValue() + " " + name.getValue();
    }

    private void showWhen() {
        boolean conditional = "CONDITIONAL".equals(requirement.getValue());
        whenSituation.setEnabled(conditional);
        whenOption.setEnabled(conditional);
    }

    @Override
    String key() {
        return rowKey;
    }

    @Override
    ItemDocument.Material value() {
        ItemDocument.When when = "CONDITIONAL".equals(requirement.getValue())
                ? new ItemDocument.When(whenSituation.getValue(), whenOption.getValue()) : null;
        return new ItemDocument.Material(code.getValue(), name.getValue(), basis.getValue(), form.getValue(),
                whole(copies), medium.getValue(), requirement.getValue(), when, source.getValue(),
                optional(template.getValue(), original == null ? null : original.template()), intake.value(),
                review.value());
    }

    @Override
    void identify(String prefix) {
        details.setId(prefix);
        code.setId(prefix + "-code");
        name.setId(prefix + "-name");
        basis.setId(prefix + "-basis");
        form.setId(prefix + "-form");
        copies.setId(prefix + "-copies");
        medium.setId(prefix + "-medium");
        requirement.setId(prefix + "-requirement");
        whenSituation.setId(prefix + "-when-situation");
        whenOption.setId(prefix + "-when-option");
        source.setId(prefix + "-source");
        template.setId(prefix + "-template");
    }
}
