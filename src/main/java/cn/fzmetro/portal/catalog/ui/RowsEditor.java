package cn.fzmetro.portal.catalog.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A list of editor rows with add and remove. Rows without a key are numbered
 * ({@code legal-0-law}); keyed rows keep the id of their key ({@code material-M01-name}).
 */
class RowsEditor<T> extends Div {

    private final String idPrefix;
    private final Supplier<EditorRow<T>> newRow;
    private final List<EditorRow<T>> rows = new ArrayList<>();
    private final List<Button> removeButtons = new ArrayList<>();
    private final Div box = new Div();

    RowsEditor(String idPrefix, String labelKey, List<? extends EditorRow<T>> initial, Supplier<EditorRow<T>> newRow) {
        this.idPrefix = idPrefix;
        this.newRow = newRow;
        addClassName("catalog-editor-rows");
        add(new H4(getTranslation(labelKey)), box);
        initial.forEach(this::addRow);
        Button add = new Button(getTranslation("admin-editor.add", getTranslation(labelKey)), VaadinIcon.PLUS.create(),
                e -> addRow(this.newRow.get()));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setId(idPrefix + "-add");
        add(add);
        renumber();
    }

    private void addRow(EditorRow<T> row) {
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("admin-editor.remove"));
        remove.setTooltipText(getTranslation("admin-editor.remove"));
        Div wrapper = new Div(row, remove);
        wrapper.addClassName("catalog-editor-row");
        wrapper.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "flex-start")
                .set("border-left", "3px solid var(--lumo-contrast-10pct)").set("padding-left", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-s)");
        row.getStyle().set("flex-grow", "1");
        remove.addClickListener(e -> {
            int index = rows.indexOf(row);
            rows.remove(index);
            removeButtons.remove(index);
            box.remove(wrapper);
            renumber();
        });
        rows.add(row);
        removeButtons.add(remove);
        box.add(wrapper);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            EditorRow<T> row = rows.get(i);
            String prefix = idPrefix + "-" + (row.key() == null ? String.valueOf(i) : row.key());
            row.identify(prefix);
            removeButtons.get(i).setId(prefix + "-remove");
        }
    }

    List<T> value() {
        return rows.stream().map(EditorRow::value).toList();
    }

    List<EditorRow<T>> rows() {
        return List.copyOf(rows);
    }
}
