package cn.fzmetro.portal.catalog.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Field makers shared by the item editor's parts. Values are taken as entered: a document saved
 * without edits is identical to the one loaded, so the diff of such a save is empty.
 */
abstract class EditorPart extends Div {

    TextField text(String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        return field;
    }

    TextArea area(String labelKey, String value) {
        TextArea field = new TextArea(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setWidthFull();
        field.setMinRows(1);
        return field;
    }

    /** A choice among codes, each shown as {@code getTranslation(prefix + code)}. */
    Select<String> choice(String labelKey, List<String> codes, String prefix, String value) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        List<String> items = new ArrayList<>(codes);
        if (value != null && !items.contains(value)) {
            items.add(value);
        }
        select.setItems(items);
        select.setItemLabelGenerator(code -> prefix == null ? code : getTranslation(prefix + code));
        select.setValue(value);
        return select;
    }

    IntegerField number(String labelKey, Integer value) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setValue(value);
        field.setStepButtonsVisible(true);
        return field;
    }

    Checkbox check(String labelKey, boolean value) {
        Checkbox box = new Checkbox(getTranslation(labelKey));
        box.setValue(value);
        return box;
    }

    CheckboxGroup<String> several(String labelKey, List<String> codes, String prefix, List<String> value) {
        CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation(labelKey));
        group.setItems(codes);
        group.setItemLabelGenerator(code -> getTranslation(prefix + code));
        group.setValue(new LinkedHashSet<>(value == null ? List.of() : value));
        return group;
    }

    /** The checked codes: those already listed keep their order, new ones follow in the format's order. */
    static List<String> ordered(CheckboxGroup<String> group, List<String> original, List<String> all) {
        Set<String> checked = group.getValue();
        List<String> result = new ArrayList<>();
        for (String code : original == null ? List.<String>of() : original) {
            if (checked.contains(code) && !result.contains(code)) {
                result.add(code);
            }
        }
        for (String code : all) {
            if (checked.contains(code) && !result.contains(code)) {
                result.add(code);
            }
        }
        return result;
    }

    /** An optional text: empty means absent, unless it was present and empty before. */
    static String optional(String value, String original) {
        if (value == null || value.isEmpty()) {
            return original != null && original.isEmpty() ? "" : null;
        }
        return value;
    }

    /** A required whole number; an empty field becomes -1, which the schema refuses with its rule. */
    static int whole(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    static Div line(com.vaadin.flow.component.Component... components) {
        Div line = new Div(components);
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");
        return line;
    }
}
