package cn.fzmetro.portal.review.ui;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseDetails;
import cn.fzmetro.portal.casefile.CasePage;
import cn.fzmetro.portal.casefile.CaseReview;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.ChecklistStage;
import cn.fzmetro.portal.casefile.DeliveryMethod;
import cn.fzmetro.portal.casefile.SpecialStepKind;
import cn.fzmetro.portal.casefile.Verdict;
import cn.fzmetro.portal.casefile.ui.CaseFactsPanel;
import cn.fzmetro.portal.casefile.ui.CaseHistoryGrid;
import cn.fzmetro.portal.casefile.ui.CaseMaterialsPanel;
import cn.fzmetro.portal.casefile.ui.CaseNoticeList;
import cn.fzmetro.portal.casefile.ui.CaseWorkScreen;
import cn.fzmetro.portal.casefile.ui.ChecklistPanel;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.clock.Deadlines;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The officer's review screen: the transferred case with its materials and transfer slip; sign
 * for it or return it as not competent; the review points; special steps that stop the clock;
 * the decision with reasons; delivery and 办结. The steps offered follow the case's status.
 */
@Route("authority/cases/:id")
@RolesAllowed(Role.OFFICER_NAME)
class ReviewView extends CaseWorkScreen {

    private final transient Cases cases;
    private final transient CaseReview review;
    private final transient CatalogQuery catalog;
    private final transient AreaQuery area;
    private final transient Deadlines deadlines;

    ReviewView(Cases cases, CaseReview review, CatalogQuery catalog, AreaQuery area, Deadlines deadlines) {
        super("authority/queue");
        this.cases = cases;
        this.review = review;
        this.catalog = catalog;
        this.area = area;
        this.deadlines = deadlines;
    }

    @Override
    protected String show() {
        CasePage page = cases.page(caseId);
        CaseDetails d = page.details();
        ItemDocument guide = catalog.guide(d.itemVersionId()).orElseThrow();
        CaseSummary c = d.summary();

        VerticalLayout left = new VerticalLayout(new CaseFactsPanel(d, guide, area, deadlines),
                new H3(getTranslation("staff.notices")), new CaseNoticeList(caseId, d.notices()),
                new CaseMaterialsPanel(d, guide));
        VerticalLayout right = new VerticalLayout();
        switch (c.status()) {
            case TRANSFERRED -> right.add(signFor(c));
            case UNDER_REVIEW -> right.add(checklist(d, false), specialStep(c), decision(c));
            case SUSPENDED -> right.add(checklist(d, true), button("review-resume", "review.resume",
                    () -> review.resume(caseId, c.version()), s -> getTranslation("review.resumed")));
            case APPROVED, DENIED -> right.add(checklist(d, true), delivery(c));
            default -> right.add(checklist(d, true));
        }
        SplitLayout split = new SplitLayout(left, right);
        split.setWidthFull();
        split.setSplitterPosition(50);
        content.add(split, new H3(getTranslation("staff.history")), new CaseHistoryGrid(page.history()));
        return titleOf(c);
    }

    private Component checklist(CaseDetails d, boolean readOnly) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("review.checklist")),
                new ChecklistPanel(d.reviewChecklist(), Verdict.allowedAt(ChecklistStage.REVIEW), readOnly,
                        // an officer's verdict changes only its line, never the case
                        (line, version, verdict, reason) -> review.recordVerdict(caseId, line, version, verdict,
                                reason),
                        this::refused));
        box.setPadding(false);
        return box;
    }

    private Component signFor(CaseSummary c) {
        Button signFor = button("review-sign-for", "review.sign-for", () -> review.signFor(caseId, c.version()),
                s -> getTranslation("review.signed-for"));
        signFor.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField reason = new TextField(getTranslation("case.return-reason"));
        reason.setId("review-return-reason");
        reason.setWidth("24em");
        Button giveBack = button("review-return", "review.return",
                () -> review.returnNotCompetent(caseId, c.version(), reason.getValue()),
                s -> getTranslation("review.returned"));
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return row(signFor, reason, giveBack);
    }

    private Component specialStep(CaseSummary c) {
        Select<SpecialStepKind> kind = new Select<>();
        kind.setId("review-special-kind");
        kind.setLabel(getTranslation("case.special-step"));
        kind.setItems(SpecialStepKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("review.special." + k.name()));
        TextField reason = new TextField(getTranslation("case.suspend-reason"));
        reason.setId("review-special-reason");
        Button suspend = button("review-suspend", "review.suspend",
                () -> review.suspend(caseId, c.version(), kind.getValue(), reason.getValue()),
                s -> getTranslation("review.suspended"));
        return row(kind, reason, suspend);
    }

    private Component decision(CaseSummary c) {
        TextArea reasons = new TextArea(getTranslation("case.decision-reasons"));
        reasons.setId("review-decision-reasons");
        reasons.setWidthFull();
        Button approve = button("review-approve", "review.approve",
                () -> review.decide(caseId, c.version(), true, reasons.getValue()),
                s -> getTranslation("review.decided"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button deny = button("review-deny", "review.deny",
                () -> review.decide(caseId, c.version(), false, reasons.getValue()),
                s -> getTranslation("review.decided"));
        deny.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("review.decision")), reasons,
                row(approve, deny));
        box.setPadding(false);
        return box;
    }

    private Component delivery(CaseSummary c) {
        Select<DeliveryMethod> method = new Select<>();
        method.setId("review-delivery");
        method.setLabel(getTranslation("case.delivery"));
        method.setItems(DeliveryMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("review.delivery." + m.name()));
        TextField tracking = new TextField(getTranslation("case.tracking-number"));
        tracking.setId("review-tracking");
        Button close = button("review-close", "review.close",
                () -> review.close(caseId, c.version(), method.getValue(), tracking.getValue()),
                s -> getTranslation("review.closed"));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("review.delivery")),
                row(method, tracking, close));
        box.setPadding(false);
        return box;
    }

    private static HorizontalLayout row(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
