package cn.fzmetro.portal.intake.ui;

import java.util.List;

import cn.fzmetro.portal.account.AccountDirectory.StaffMember;
import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.AuthorityInfo;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.base.i18n.PortalI18NProvider;
import cn.fzmetro.portal.casefile.CaseAction;
import cn.fzmetro.portal.casefile.CaseDetails;
import cn.fzmetro.portal.casefile.CasePage;
import cn.fzmetro.portal.casefile.CaseHistoryLine;
import cn.fzmetro.portal.casefile.CaseIntake;
import cn.fzmetro.portal.casefile.CaseLifecycle;
import cn.fzmetro.portal.casefile.CaseStatus;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.ChecklistStage;
import cn.fzmetro.portal.casefile.Verdict;
import cn.fzmetro.portal.casefile.ui.CaseFactsPanel;
import cn.fzmetro.portal.casefile.ui.CaseHistoryGrid;
import cn.fzmetro.portal.casefile.ui.CaseMaterialsPanel;
import cn.fzmetro.portal.casefile.ui.CaseNoticeList;
import cn.fzmetro.portal.casefile.ui.CaseWorkScreen;
import cn.fzmetro.portal.casefile.ui.ChecklistPanel;
import cn.fzmetro.portal.casefile.ui.Pickers;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.clock.Deadlines;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
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
 * The clerk's intake screen: the case and its materials beside the intake checklist, then one of
 * the decisions (accept, 容缺受理, one correction notice, refusal). Only the case id is kept; every
 * step reloads the case, so the screen always shows what the service holds.
 */
@Route("window/cases/:id")
@RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
class IntakeView extends CaseWorkScreen {

    /** The identity checks a window can perform; the Chinese wording goes into the case's record. */
    static final List<String> IDENTITY_METHODS = List.of("intake.identity.card-reader", "intake.identity.face",
            "intake.identity.manual");

    private final transient Cases cases;
    private final transient CaseIntake intake;
    private final transient CatalogQuery catalog;
    private final transient AreaQuery area;
    private final transient Deadlines deadlines;

    IntakeView(Cases cases, CaseIntake intake, CatalogQuery catalog, AreaQuery area, Deadlines deadlines) {
        super("window/queue");
        this.cases = cases;
        this.intake = intake;
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

        VerticalLayout left = new VerticalLayout(new CaseFactsPanel(d, guide, area, deadlines));
        boolean inIntake = c.status() == CaseStatus.RECEIVED || c.status() == CaseStatus.CORRECTION_REQUESTED;
        if (inIntake) {
            left.add(assignment(d));
        }
        if (d.particulars().identityVerifiedAt() == null && inIntake) {
            left.add(identityCheck(c));
        }
        left.add(new CaseMaterialsPanel(d, guide));

        VerticalLayout right = new VerticalLayout(new H3(getTranslation("case.checklist")));
        right.add(new ChecklistPanel(d.intakeChecklist(), Verdict.allowedAt(ChecklistStage.INTAKE),
                c.status() != CaseStatus.RECEIVED,
                (line, version, verdict, reason) -> verdictSaved(
                        intake.recordVerdict(caseId, line, version, verdict, reason),
                        d.particulars().assignedClerkId() == null),
                this::refused));
        if (c.status() == CaseStatus.RECEIVED) {
            right.add(decisions(c));
        }
        List<CaseHistoryLine> history = page.history();
        if (c.status() == CaseStatus.RECEIVED && history.stream().anyMatch(l -> l.action() == CaseAction.RETURNED)) {
            right.add(reroute(c));
        }
        right.add(new H3(getTranslation("staff.notices")), new CaseNoticeList(caseId, d.notices()));

        SplitLayout split = new SplitLayout(left, right);
        split.setWidthFull();
        split.setSplitterPosition(50);
        content.add(split, new H3(getTranslation("staff.history")), new CaseHistoryGrid(history));
        return titleOf(c);
    }

    private HorizontalLayout assignment(CaseDetails d) {
        CaseSummary c = d.summary();
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (d.particulars().assignedClerkId() == null) {
            bar.add(button("intake-claim", "intake.claim", () -> intake.claim(caseId, c.version()), null));
        } else {
            bar.add(button("intake-release", "intake.release", () -> intake.release(caseId, c.version()), null));
        }
        Select<StaffMember> colleague = new Select<>();
        colleague.setId("intake-colleague");
        colleague.setLabel(getTranslation("intake.reassign-to"));
        colleague.setItems(intake.colleagues());
        colleague.setItemLabelGenerator(StaffMember::displayName);
        Button reassign = new Button(getTranslation("intake.reassign"), e -> {
            if (colleague.getValue() != null) {
                run(() -> intake.reassign(caseId, c.version(), colleague.getValue().id()), null);
            }
        });
        reassign.setId("intake-reassign");
        bar.add(colleague, reassign);
        return bar;
    }

    private HorizontalLayout identityCheck(CaseSummary c) {
        Select<String> method = new Select<>();
        method.setId("intake-identity-method");
        method.setLabel(getTranslation("case.identity-method"));
        method.setItems(IDENTITY_METHODS);
        method.setItemLabelGenerator(key -> getTranslation(key));
        Button record = button("intake-verify-identity", "intake.verify-identity",
                () -> intake.verifyIdentity(caseId, c.version(), recordText(method.getValue())), null);
        HorizontalLayout bar = new HorizontalLayout(method, record);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    /** The case's record is Chinese whatever language the clerk reads. */
    private String recordText(String key) {
        return key == null ? null : getTranslation(PortalI18NProvider.CHINESE, key);
    }

    private VerticalLayout decisions(CaseSummary c) {
        TextArea note = new TextArea(getTranslation("intake.accept-note"));
        note.setId("intake-accept-note");
        note.setWidthFull();
        Button accept = button("intake-accept", "intake.accept",
                () -> intake.accept(caseId, c.version(), note.getValue()), this::transferredTo);
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);

        DatePicker supplyBy = new DatePicker(getTranslation("case.deferral-due"));
        supplyBy.setId("intake-deferral-due");
        Checkbox commitment = new Checkbox(getTranslation("intake.deferral-commitment"));
        commitment.setId("intake-deferral-commitment");
        Button defer = button("intake-accept-deferred", "intake.accept-deferred", () -> intake.acceptWithDeferral(
                caseId, c.version(), note.getValue(), supplyBy.getValue(), commitment.getValue()),
                this::transferredTo);
        HorizontalLayout deferral = new HorizontalLayout(supplyBy, commitment, defer);
        deferral.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Button correction = button("intake-request-correction", "intake.request-correction",
                () -> intake.requestCorrection(caseId, c.version()),
                s -> getTranslation("intake.correction-issued"));
        Button refuse = new Button(getTranslation("intake.refuse"), e -> refuseDialog(c).open());
        refuse.setId("intake-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);

        VerticalLayout box = new VerticalLayout(new H3(getTranslation("intake.decision")), note, accept, deferral,
                new HorizontalLayout(correction, refuse));
        box.setPadding(false);
        return box;
    }

    private Dialog refuseDialog(CaseSummary c) {
        Dialog dialog = new Dialog(getTranslation("intake.refuse"));
        TextArea reason = new TextArea(getTranslation("case.refusal-reason"));
        reason.setId("intake-refusal-reason");
        reason.setWidthFull();
        TextField basis = new TextField(getTranslation("case.refusal-basis"));
        basis.setId("intake-refusal-basis");
        basis.setWidthFull();
        Button confirm = new Button(getTranslation("intake.refuse-confirm"), e -> {
            dialog.close();
            run(() -> intake.refuse(caseId, c.version(), reason.getValue(), basis.getValue()),
                    s -> getTranslation("intake.refused"));
        });
        confirm.setId("intake-refuse-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        VerticalLayout form = new VerticalLayout(reason, basis);
        form.setPadding(false);
        form.setWidth("32em");
        dialog.add(form);
        dialog.getFooter().add(cancel, confirm);
        return dialog;
    }

    private HorizontalLayout reroute(CaseSummary c) {
        ComboBox<RegionInfo> district = Pickers.district(area, getTranslation("case.competent-region"));
        district.setId("intake-reroute-region");
        Button reroute = button("intake-reroute", "intake.reroute",
                () -> intake.reroute(caseId, c.version(), district.getValue() == null ? ""
                        : district.getValue().code()), null);
        HorizontalLayout bar = new HorizontalLayout(district, reroute);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private String transferredTo(CaseSummary after) {
        return getTranslation("intake.transferred", area.authority(after.competentAuthorityCode())
                .map(AuthorityInfo::name).orElse(after.competentAuthorityCode()));
    }

}
