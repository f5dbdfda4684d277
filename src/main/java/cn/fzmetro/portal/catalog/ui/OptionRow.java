package cn.fzmetro.portal.catalog.ui;

import cn.fzmetro.portal.catalog.ItemDocument;
import com.vaadin.flow.component.textfield.TextField;

/** An answer option of a situation question. */
class OptionRow extends EditorRow<ItemDocument.Option> {

    private final TextField code;
    private final TextField label;

    OptionRow(ItemDocument.Option option) {
        code = text("admin-editor.f.option-code", option == null ? "" : option.code());
        label = text("admin-editor.f.option-label", option == null ? "" : option.label());
        label.setWidth("28em");
        add(line(code, label));
    }

    @Override
    ItemDocument.Option value() {
        return new ItemDocument.Option(code.getValue(), label.getValue());
    }

    @Override
    void identify(String prefix) {
        code.setId(prefix + "-code");
        label.setId(prefix + "-label");
    }
}
