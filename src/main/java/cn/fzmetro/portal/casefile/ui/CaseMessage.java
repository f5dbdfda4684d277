package cn.fzmetro.portal.casefile.ui;

import java.util.stream.Collectors;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.casefile.CaseConflictException;
import cn.fzmetro.portal.casefile.CaseStateException;
import com.vaadin.flow.component.html.Div;

/**
 * The line above a staff work screen that says why a step was refused or that it succeeded, in
 * the services' own words, so every screen explains refusals the same way.
 */
public class CaseMessage extends Div {

    public CaseMessage() {
        setId("case-message");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /**
     * Shows why the service refused a step.
     *
     * @return true when the case changed meanwhile (someone else acted first): the screen must show
     *         the case as it now stands
     * @throws RuntimeException any other exception, unchanged
     */
    public boolean showRefusal(RuntimeException e) {
        boolean stale = false;
        String text;
        if (e instanceof InvalidInputException invalid) {
            text = invalid.problems().stream()
                    .map(p -> getTranslation(p.field()) + "：" + getTranslation(p.messageKey(), p.args()))
                    .collect(Collectors.joining("\n"));
        } else if (e instanceof CaseConflictException conflict) {
            text = getTranslation(conflict.messageKey(),
                    getTranslation("case.status." + conflict.currentStatus().name()));
            stale = true;
        } else if (e instanceof CaseStateException state) {
            text = getTranslation(state.messageKey(), getTranslation("case.status." + state.status().name()));
            stale = true;
        } else {
            throw e;
        }
        show(text, "error");
        return stale;
    }

    public void showSuccess(String text) {
        show(text, "success");
    }

    public void clear() {
        setVisible(false);
        setText("");
    }

    private void show(String text, String theme) {
        setText(text);
        getElement().getThemeList().clear();
        getElement().getThemeList().add("badge " + theme);
        getStyle().set("white-space", "pre-line");
        setVisible(true);
    }
}
