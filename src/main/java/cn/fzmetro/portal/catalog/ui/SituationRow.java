package cn.fzmetro.portal.catalog.ui;

import java.util.List;

import cn.fzmetro.portal.catalog.ItemDocument;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A situation question with its options; keyed by the code it was loaded or created with. */
class SituationRow extends EditorRow<ItemDocument.Situation> {

    private final String key;
    private final TextField code;
    private final TextArea question;
    private final RowsEditor<ItemDocument.Option> options;

    SituationRow(ItemDocument.Situation situation, String key) {
        this.key = key;
        code = text("admin-editor.f.situation-code", situation == null ? key : situation.code());
        question = area("admin-editor.f.question", situation == null ? "" : situation.question());
        List<ItemDocument.Option> loaded = situation == null ? List.of() : situation.options();
        options = new RowsEditor<>("situation-" + key + "-option", "admin-editor.f.options",
                loaded.stream().map(OptionRow::new).toList(), () -> new OptionRow(null));
        add(code, question, options);
    }

    @Override
    String key() {
        return key;
    }

    @Override
    ItemDocument.Situation value() {
        return new ItemDocument.Situation(code.getValue(), question.getValue(), options.value());
    }

    @Override
    void identify(String prefix) {
        code.setId(prefix + "-code");
        question.setId(prefix + "-question");
    }
}
