package cn.fzmetro.portal.catalog.ui;

import java.util.List;

import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemVocabulary;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** A field of the application form; keyed by the key it was loaded or created with. */
class FormFieldRow extends EditorRow<ItemDocument.FormField> {

    private final String rowKey;
    private final ItemDocument.FormField original;
    private final TextField key;
    private final TextField label;
    private final Select<String> type;
    private final Checkbox required;
    private final IntegerField maxLength;
    private final StringListEditor options;
    private final TextField hint;

    FormFieldRow(ItemDocument.FormField field, String rowKey) {
        this.rowKey = rowKey;
        this.original = field;
        key = text("admin-editor.f.field-key", field == null ? rowKey : field.key());
        label = text("admin-editor.f.field-label", field == null ? "" : field.label());
        label.setWidth("20em");
        type = choice("admin-editor.f.field-type", ItemVocabulary.FIELD_TYPES, "catalog.field-type.",
                field == null ? ItemVocabulary.FIELD_TYPES.get(0) : field.type());
        required = check("admin-editor.f.field-required", field != null && field.required());
        maxLength = number("admin-editor.f.field-max-length", field == null ? null : field.maxLength());
        hint = text("admin-editor.f.field-hint", field == null ? null : field.hint());
        hint.setWidthFull();
        options = new StringListEditor("form-field-" + rowKey + "-option", "admin-editor.f.field-options",
                field == null ? List.of() : field.options());
        add(line(key, label, type, maxLength, required), hint, options);
    }

    @Override
    String key() {
        return rowKey;
    }

    @Override
    ItemDocument.FormField value() {
        List<String> optionValues = options.value();
        List<String> originalOptions = original == null ? null : original.options();
        return new ItemDocument.FormField(key.getValue(), label.getValue(), type.getValue(), required.getValue(),
                maxLength.getValue(), optionValues.isEmpty() && originalOptions == null ? null : optionValues,
                optional(hint.getValue(), original == null ? null : original.hint()));
    }

    @Override
    void identify(String prefix) {
        key.setId(prefix + "-key");
        label.setId(prefix + "-label");
        type.setId(prefix + "-type");
        required.setId(prefix + "-required");
        maxLength.setId(prefix + "-maxLength");
        hint.setId(prefix + "-hint");
    }
}
