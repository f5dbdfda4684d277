package cn.fzmetro.portal.casefile.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.AuthorityInfo;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.casefile.CaseDetails;
import cn.fzmetro.portal.casefile.CaseParticulars;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDocument.FormField;
import cn.fzmetro.portal.catalog.ItemDocument.Situation;
import cn.fzmetro.portal.clock.ClockStatus;
import cn.fzmetro.portal.clock.Deadlines;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The facts staff work from: number, item, applicant with ID number, where the case was handed in
 * and who decides it, both due dates with the time left, the identity check, the answers and form
 * values labelled from the guide the case pinned.
 */
public class CaseFactsPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Deadlines.ZONE);

    public CaseFactsPanel(CaseDetails details, ItemDocument guide, AreaQuery area, Deadlines deadlines) {
        setPadding(false);
        setSpacing(false);
        CaseSummary c = details.summary();
        CaseParticulars p = details.particulars();
        H2 heading = new H2(c.itemName());
        heading.setId("case-title");
        add(heading);
        row("case-number", "case.number",
                c.caseNumber() == null ? getTranslation("case.number.none") : c.caseNumber());
        Span status = new Span(getTranslation("case.status." + c.status().name()));
        status.setId("case-status");
        status.getElement().getThemeList().add("badge");
        add(new Div(new Span(getTranslation("case.status") + "："), status));
        row("case-applicant", "case.applicant", c.applicantName());
        row("case-applicant-id", "case.applicant-id", p.applicantIdNumber());
        row("case-window", "case.window", area.window(c.receivingWindowCode()).map(WindowInfo::name)
                .orElse(c.receivingWindowCode()));
        row("case-competent-region", "case.competent-region", area.region(c.competentRegionCode())
                .map(RegionInfo::name).orElse(c.competentRegionCode()));
        if (c.competentAuthorityCode() != null) {
            row("case-authority", "staff.case.authority", area.authority(c.competentAuthorityCode())
                    .map(AuthorityInfo::name).orElse(c.competentAuthorityCode()));
        }
        if (c.receivedAt() != null) {
            row("case-received-at", "case.received-at", WHEN.format(c.receivedAt()));
        }
        due(deadlines, "case-due", "staff.case.due-promised", c.dueDate());
        due(deadlines, "case-statutory-due", "staff.case.due-statutory", p.statutoryDue());
        row("case-identity", "staff.case.identity", p.identityVerifiedAt() == null
                ? getTranslation("staff.case.identity.none")
                : getTranslation("staff.case.identity.done", p.identityMethod(), p.identityVerifiedBy(),
                        WHEN.format(p.identityVerifiedAt())));
        row("case-assignee", "case.assignee", p.assignedClerkName() == null
                ? getTranslation("staff.case.unassigned") : p.assignedClerkName());
        if (p.deferredMaterials() != null) {
            row("case-deferred", "staff.case.deferred", getTranslation("staff.case.deferred.text",
                    p.deferredMaterials(), String.valueOf(p.deferredDue())));
        }
        if (p.outcomeReason() != null) {
            row("case-outcome", "staff.case.outcome", p.outcomeReason());
        }
        answers(details.answers(), guide);
        formValues(details.formValues(), guide);
    }

    private void answers(Map<String, String> answers, ItemDocument guide) {
        if (answers.isEmpty()) {
            return;
        }
        add(new H4(getTranslation("case.situation")));
        for (Situation s : guide.situations()) {
            String code = answers.get(s.code());
            if (code != null) {
                String label = s.options().stream().filter(o -> o.code().equals(code)).findFirst()
                        .map(ItemDocument.Option::label).orElse(code);
                add(new Div(new Span(s.question() + "："), new Span(label)));
            }
        }
    }

    private void formValues(Map<String, String> values, ItemDocument guide) {
        if (values.isEmpty()) {
            return;
        }
        add(new H4(getTranslation("case.form-field")));
        for (FormField f : guide.formFields()) {
            String value = values.get(f.key());
            if (value != null && !value.isBlank()) {
                add(new Div(new Span(f.label() + "："), new Span(value)));
            }
        }
    }

    private void due(Deadlines deadlines, String id, String labelKey, LocalDate due) {
        if (due == null) {
            return;
        }
        ClockStatus status = deadlines.status(due);
        Span state = new Span(switch (status.state()) {
            case RUNNING -> getTranslation("case.time-left.running", status.workingDaysLeft());
            case WARNING -> getTranslation("case.time-left.warning", status.workingDaysLeft());
            case OVERDUE -> getTranslation("case.time-left.overdue", -status.workingDaysLeft());
        });
        state.setId(id + "-state");
        state.getElement().getThemeList().add("badge " + switch (status.state()) {
            case RUNNING -> "success";
            case WARNING -> "warning";
            case OVERDUE -> "error";
        });
        Span value = new Span(due.toString());
        value.setId(id);
        add(new Div(new Span(getTranslation(labelKey) + "："), value, new Span(" "), state));
    }

    private void row(String id, String labelKey, String text) {
        Span value = new Span(text == null ? "" : text);
        value.setId(id);
        add(new Div(new Span(getTranslation(labelKey) + "："), value));
    }
}
