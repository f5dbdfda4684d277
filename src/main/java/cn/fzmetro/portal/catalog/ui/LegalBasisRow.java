package cn.fzmetro.portal.catalog.ui;

import cn.fzmetro.portal.catalog.ItemDocument;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A law, its article and text. */
class LegalBasisRow extends EditorRow<ItemDocument.LegalBasis> {

    private final TextField law;
    private final TextField article;
    private final TextArea text;

    LegalBasisRow(ItemDocument.LegalBasis basis) {
        law = text("admin-editor.f.law", basis == null ? "" : basis.law());
        law.setWidth("28em");
        article = text("admin-editor.f.article", basis == null ? "" : basis.article());
        text = area("admin-editor.f.text", basis == null ? "" : basis.text());
        add(line(law, article), text);
    }

    @Override
    ItemDocument.LegalBasis value() {
        return new ItemDocument.LegalBasis(law.getValue(), article.getValue(), text.getValue());
    }

    @Override
    void identify(String prefix) {
        law.setId(prefix + "-law");
        article.setId(prefix + "-article");
        text.setId(prefix + "-text");
    }
}
