package cn.fzmetro.portal.casefile.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import cn.fzmetro.portal.casefile.CheckItem;
import cn.fzmetro.portal.casefile.Verdict;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A checklist (intake standards or review points) grouped by material: per line the standard, a
 * verdict and a reason. Each verdict is saved as soon as it is complete (a verdict that needs a
 * reason waits for it); lines frozen in an earlier round are read-only.
 */
public class ChecklistPanel extends VerticalLayout {

    /** Saves one verdict through the service; returns the line as it now stands. */
    @FunctionalInterface
    public interface VerdictRecorder {
        CheckItem record(long lineId, int lineVersion, Verdict verdict, String reason);
    }

    private final transient VerdictRecorder recorder;
    private final transient Consumer<RuntimeException> onRefusal;

    /**
     * @param readOnly  the case is past the stage where verdicts are given: the checklist is shown only
     * @param onRefusal told when the service refuses a verdict (the screen explains and, on a
     *                  conflict, reloads)
     */
    public ChecklistPanel(List<CheckItem> lines, Set<Verdict> verdicts, boolean readOnly, VerdictRecorder recorder,
            Consumer<RuntimeException> onRefusal) {
        this.recorder = recorder;
        this.onRefusal = onRefusal;
        setPadding(false);
        setId("checklist");
        Map<String, List<CheckItem>> byMaterial = lines.stream().collect(
                Collectors.groupingBy(CheckItem::materialCode, LinkedHashMap::new, Collectors.toList()));
        byMaterial.forEach((code, group) -> {
            add(new H4(code + " " + group.get(0).materialName()));
            group.forEach(line -> add(new Line(line, verdicts, readOnly)));
        });
    }

    private final class Line extends Div {

        private CheckItem item;
        private final RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>();
        private final TextField reason = new TextField();

        Line(CheckItem item, Set<Verdict> verdicts, boolean readOnly) {
            this.item = item;
            setId("line-" + item.id());
            addClassName("checklist-line");
            add(new Div(new Span(item.pointNo() + ". " + item.pointText())));
            verdict.setId("line-" + item.id() + "-verdict");
            // the label generator before the items: each of the two (re)builds the radio buttons
            verdict.setItemLabelGenerator(v -> getTranslation("staff.verdict." + v.name()));
            verdict.setItems(verdicts);
            reason.setId("line-" + item.id() + "-reason");
            reason.setPlaceholder(getTranslation("case.verdict-reason"));
            reason.setWidthFull();
            show(item);
            verdict.setReadOnly(readOnly || !item.editable());
            reason.setReadOnly(readOnly || !item.editable());
            if (!item.editable()) {
                add(new Span(getTranslation("staff.checklist.frozen")));
            }
            verdict.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save();
                }
            });
            reason.addValueChangeListener(e -> {
                if (e.isFromClient() && verdict.getValue() != null) {
                    save();
                }
            });
            add(verdict, reason);
        }

        private void show(CheckItem line) {
            verdict.setValue(line.verdict() == Verdict.OPEN ? null : line.verdict());
            reason.setValue(line.reason() == null ? "" : line.reason());
            reason.setInvalid(false);
        }

        private void save() {
            Verdict v = verdict.getValue();
            if (v.needsReason() && reason.getValue().isBlank()) {
                // the verdict is kept on screen until the reason it needs is written
                reason.setErrorMessage(getTranslation("staff.checklist.reason-required"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            try {
                item = recorder.record(item.id(), item.version(), v, reason.getValue());
                show(item);
            } catch (RuntimeException e) {
                onRefusal.accept(e);
            }
        }
    }
}
