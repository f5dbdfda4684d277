package cn.fzmetro.portal.catalog.ui;

import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemVocabulary;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/** A special procedure not counted in the time limit. */
class SpecialStepRow extends EditorRow<ItemDocument.SpecialStep> {

    private final Select<String> kind;
    private final TextArea description;
    private final IntegerField maxDays;

    SpecialStepRow(ItemDocument.SpecialStep step) {
        kind = choice("admin-editor.f.step-kind", ItemVocabulary.SPECIAL_STEPS, "catalog.special-step.",
                step == null ? ItemVocabulary.SPECIAL_STEPS.get(0) : step.kind());
        maxDays = number("admin-editor.f.step-max-days", step == null ? null : step.maxDays());
        description = area("admin-editor.f.step-description", step == null ? "" : step.description());
        add(line(kind, maxDays), description);
    }

    @Override
    ItemDocument.SpecialStep value() {
        return new ItemDocument.SpecialStep(kind.getValue(), description.getValue(), maxDays.getValue());
    }

    @Override
    void identify(String prefix) {
        kind.setId(prefix + "-kind");
        description.setId(prefix + "-description");
        maxDays.setId(prefix + "-maxDays");
    }
}
