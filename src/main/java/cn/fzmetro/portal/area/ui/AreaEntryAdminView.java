package cn.fzmetro.portal.area.ui;

import java.util.Optional;

import cn.fzmetro.portal.area.AreaChangedException;
import cn.fzmetro.portal.area.AreaEntry;
import cn.fzmetro.portal.base.InvalidInputException;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the window and the authority administration screens do alike: save (create or update),
 * close or reopen, delete after confirmation, and after each step refresh the list and show the
 * entry as it now is — or, when another administrator changed it first, reload it and say so.
 * Subclasses build their own list, filters and form; texts and ids start with {@code prefix}.
 *
 * @param <E> the listed entry
 * @param <F> the form the editor fills in
 */
abstract class AreaEntryAdminView<E extends AreaEntry, F> extends VerticalLayout implements HasDynamicTitle {

    private final String prefix;
    protected final Grid<E> grid;
    protected final VerticalLayout editor = new VerticalLayout();
    protected final ProblemList problems;
    /** The entry in the editor; null while a new one is being entered. */
    protected E editing;

    AreaEntryAdminView(String prefix, Class<E> type) {
        this.prefix = prefix;
        this.grid = new Grid<>(type, false);
        this.problems = new ProblemList(prefix + "-errors");
    }

    /** Creates the entry; returns its code. */
    protected abstract String create(F form);

    protected abstract void update(E entry, F form);

    protected abstract void setOpen(E entry, boolean open);

    protected abstract void delete(E entry);

    protected abstract Optional<E> find(String code);

    /** The editor's current values. */
    protected abstract F form();

    /** Shows an entry in the editor. */
    protected abstract void edit(E entry);

    protected final void save() {
        problems.clear();
        try {
            if (editing == null) {
                String created = create(form());
                done(getTranslation("admin-area.created", created), created);
            } else {
                update(editing, form());
                done(getTranslation("admin-area.saved", editing.code()), editing.code());
            }
        } catch (InvalidInputException e) {
            problems.show(e);
        } catch (AreaChangedException e) {
            changedMeanwhile();
        }
    }

    protected final void toggleOpen() {
        problems.clear();
        try {
            setOpen(editing, !editing.openForCases());
            done(getTranslation(editing.openForCases() ? "admin-area.closed" : "admin-area.opened", editing.code()),
                    editing.code());
        } catch (InvalidInputException e) {
            problems.show(e);
        } catch (AreaChangedException e) {
            changedMeanwhile();
        }
    }

    protected final void confirmDelete() {
        problems.clear();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(prefix + "-confirm-delete");
        dialog.setHeader(getTranslation("admin-area.delete.confirm.title"));
        dialog.setText(getTranslation("admin-area.delete.confirm", editing.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmText(getTranslation("admin-area.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> deleteEditing());
        dialog.open();
    }

    private void deleteEditing() {
        try {
            delete(editing);
            Notification.show(getTranslation("admin-area.deleted", editing.code()), 4000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            closeEditor();
            grid.getDataProvider().refreshAll();
        } catch (InvalidInputException e) {
            problems.show(e);
        } catch (AreaChangedException e) {
            changedMeanwhile();
        }
    }

    private void done(String message, String code) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.getDataProvider().refreshAll();
        find(code).ifPresentOrElse(this::edit, this::closeEditor);
    }

    private void changedMeanwhile() {
        grid.getDataProvider().refreshAll();
        if (editing != null) {
            find(editing.code()).ifPresentOrElse(this::edit, this::closeEditor);
        }
        problems.say(getTranslation("admin.error.changed"));
    }

    protected final void closeEditor() {
        editing = null;
        grid.asSingleSelect().clear();
        editor.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title");
    }
}
