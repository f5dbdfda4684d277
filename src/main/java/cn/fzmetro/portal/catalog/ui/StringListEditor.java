package cn.fzmetro.portal.catalog.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * An editable list of texts (acceptance conditions, intake standards, review points…) with add
 * and remove; entry {@code i} has the id {@code <prefix>-<i>}.
 */
class StringListEditor extends Div {

    private final String labelKey;
    private final List<TextArea> fields = new ArrayList<>();
    private final List<Button> removeButtons = new ArrayList<>();
    private final Div box = new Div();
    private final Button add;
    private String idPrefix;

    StringListEditor(String idPrefix, String labelKey, List<String> values) {
        this.idPrefix = idPrefix;
        this.labelKey = labelKey;
        add(new H5(getTranslation(labelKey)), box);
        add = new Button(getTranslation("admin-editor.add", getTranslation(labelKey)), VaadinIcon.PLUS.create(),
                e -> addEntry(""));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(add);
        (values == null ? List.<String>of() : values).forEach(this::addEntry);
        renumber();
    }

    private void addEntry(String text) {
        TextArea field = new TextArea();
        field.setValue(text == null ? "" : text);
        field.setWidthFull();
        field.setMinRows(1);
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("admin-editor.remove"));
        remove.setTooltipText(getTranslation("admin-editor.remove"));
        Div row = new Div(field, remove);
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        remove.addClickListener(e -> {
            int index = fields.indexOf(field);
            fields.remove(index);
            removeButtons.remove(index);
            box.remove(row);
            renumber();
        });
        fields.add(field);
        removeButtons.add(remove);
        box.add(row);
        renumber();
    }

    /** Moves the list under another id prefix (the row it belongs to was renumbered). */
    void identify(String prefix) {
        this.idPrefix = prefix;
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).setId(idPrefix + "-" + i);
            fields.get(i).setAriaLabel(getTranslation("admin-editor.row", getTranslation(labelKey), i + 1));
            removeButtons.get(i).setId(idPrefix + "-" + i + "-remove");
        }
        if (add != null) {
            add.setId(idPrefix + "-add");
        }
    }

    List<String> value() {
        return fields.stream().map(TextArea::getValue).toList();
    }
}
