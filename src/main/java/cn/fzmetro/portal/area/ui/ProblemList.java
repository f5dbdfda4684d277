package cn.fzmetro.portal.area.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.fzmetro.portal.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Where the area screens show refused input: each problem on its field, and all of them as
 * "field: rule" lines in one alert region that screen readers announce.
 */
class ProblemList extends Div {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ProblemList(String id) {
        setId(id);
        getElement().setAttribute("role", "alert");
        getStyle().set("color", "var(--lumo-error-text-color)");
    }

    void field(String key, HasValidation field) {
        fields.put(key, field);
    }

    void show(InvalidInputException e) {
        for (InvalidInputException.Problem p : e.problems()) {
            String message = getTranslation(p.messageKey(), p.args());
            HasValidation field = fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            add(new Paragraph(getTranslation("admin.problem", getTranslation(p.field()), message)));
        }
    }

    void say(String text) {
        add(new Paragraph(text));
    }

    void clear() {
        removeAll();
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
