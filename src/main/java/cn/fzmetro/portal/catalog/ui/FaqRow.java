package cn.fzmetro.portal.catalog.ui;

import cn.fzmetro.portal.catalog.ItemDocument;
import com.vaadin.flow.component.textfield.TextArea;

/** A frequent question and its answer. */
class FaqRow extends EditorRow<ItemDocument.Faq> {

    private final TextArea q;
    private final TextArea a;

    FaqRow(ItemDocument.Faq faq) {
        q = area("admin-editor.f.faq-q", faq == null ? "" : faq.q());
        a = area("admin-editor.f.faq-a", faq == null ? "" : faq.a());
        add(q, a);
    }

    @Override
    ItemDocument.Faq value() {
        return new ItemDocument.Faq(q.getValue(), a.getValue());
    }

    @Override
    void identify(String prefix) {
        q.setId(prefix + "-q");
        a.setId(prefix + "-a");
    }
}
