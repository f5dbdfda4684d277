package cn.fzmetro.portal.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.fzmetro.portal.base.InvalidInputException.Problem;
import cn.fzmetro.portal.base.data.DataFiles;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDocument.FormField;
import cn.fzmetro.portal.catalog.ItemDocument.Material;
import cn.fzmetro.portal.catalog.ItemDocument.Situation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an application says besides its files, read against the guide the case pinned: the
 * situation answers decide which materials are asked for; the form fields are the item's own
 * (catalog-defined, not coded per item) and are checked by their type, length and options.
 */
@Component
class ApplicationContent {

    static final String FORM_FIELD = "case.form-field";
    static final String SITUATION_FIELD = "case.situation";
    static final String MATERIALS_FIELD = "case.materials";
    private static final int MAX_VALUE = 4000;

    private final JsonMapper json;

    ApplicationContent(DataFiles dataFiles) {
        this.json = dataFiles.json();
    }

    Map<String, String> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return new LinkedHashMap<>();
        }
        return json.readValue(stored, new TypeReference<LinkedHashMap<String, String>>() {
        });
    }

    String write(Map<String, String> values) {
        return json.writeValueAsString(values);
    }

    /** Every situation question answered with one of its options. */
    List<Problem> checkAnswers(ItemDocument guide, Map<String, String> answers, boolean complete) {
        List<Problem> problems = new ArrayList<>();
        for (String code : answers.keySet()) {
            if (guide.situations().stream().noneMatch(s -> s.code().equals(code))) {
                problems.add(new Problem(SITUATION_FIELD, "case.error.situation-unknown", code));
            }
        }
        for (Situation s : guide.situations()) {
            String answer = answers.get(s.code());
            if (answer == null) {
                if (complete) {
                    problems.add(new Problem(SITUATION_FIELD, "case.error.situation-unanswered", s.question()));
                }
            } else if (s.options().stream().noneMatch(o -> o.code().equals(answer))) {
                problems.add(new Problem(SITUATION_FIELD, "case.error.situation-option", s.question()));
            }
        }
        return problems;
    }

    /**
     * The form values against the item's field definitions. A draft may leave required fields
     * empty ({@code complete = false}); what is filled in must still be valid.
     */
    List<Problem> checkForm(ItemDocument guide, Map<String, String> values, boolean complete) {
        List<Problem> problems = new ArrayList<>();
        for (String key : values.keySet()) {
            if (guide.formFields().stream().noneMatch(f -> f.key().equals(key))) {
                problems.add(new Problem(FORM_FIELD, "case.error.field-unknown", key));
            }
        }
        for (FormField f : guide.formFields()) {
            String value = values.get(f.key());
            if (value == null || value.isBlank()) {
                if (complete && f.required()) {
                    problems.add(new Problem(FORM_FIELD, "case.error.field-required", f.label()));
                }
                continue;
            }
            int max = f.maxLength() == null ? MAX_VALUE : Math.min(f.maxLength(), MAX_VALUE);
            if (value.length() > max) {
                problems.add(new Problem(FORM_FIELD, "case.error.field-length", f.label(), max));
            }
            switch (f.type()) {
                case "NUMBER" -> {
                    try {
                        if (new BigDecimal(value.trim()).signum() < 0) {
                            problems.add(new Problem(FORM_FIELD, "case.error.field-number", f.label()));
                        }
                    } catch (NumberFormatException e) {
                        problems.add(new Problem(FORM_FIELD, "case.error.field-number", f.label()));
                    }
                }
                case "DATE" -> {
                    try {
                        LocalDate.parse(value.trim());
                    } catch (DateTimeParseException e) {
                        problems.add(new Problem(FORM_FIELD, "case.error.field-date", f.label()));
                    }
                }
                case "SELECT" -> {
                    if (f.options() == null || !f.options().contains(value)) {
                        problems.add(new Problem(FORM_FIELD, "case.error.field-option", f.label()));
                    }
                }
                default -> {
                }
            }
        }
        return problems;
    }

    /** The materials asked for, given the answers (conditional ones only when their answer was given). */
    static List<Material> applicable(ItemDocument guide, Map<String, String> answers) {
        return guide.materials().stream().filter(m -> m.appliesTo(answers)).toList();
    }

    /** Materials that must have a file before submission; 容缺 (deferrable) materials may follow. */
    static boolean requiredAtSubmission(Material m) {
        return !"DEFERRABLE".equals(m.requirement()) && !"DATA_SHARING".equals(m.source());
    }

    static boolean deferrable(Material m) {
        return "DEFERRABLE".equals(m.requirement());
    }
}
