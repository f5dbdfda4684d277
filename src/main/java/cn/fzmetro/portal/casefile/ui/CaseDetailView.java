package cn.fzmetro.portal.casefile.ui;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseAction;
import cn.fzmetro.portal.casefile.CaseConflictException;
import cn.fzmetro.portal.casefile.CaseDetails;
import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseHistoryLine;
import cn.fzmetro.portal.casefile.CaseLifecycle;
import cn.fzmetro.portal.casefile.CaseNotFoundException;
import cn.fzmetro.portal.casefile.CasePage;
import cn.fzmetro.portal.casefile.CaseStatus;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.FlaggedMaterial;
import cn.fzmetro.portal.casefile.MaterialFile;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.document.Documents;
import cn.fzmetro.portal.notice.IssuedNotice;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * One case and its timeline across districts, in plain words: received at window X, accepted,
 * transferred to authority Y, signed for, decided; its materials with every file (replaced ones
 * too) and its notices. Whoever may see the case sees this page (the service decides). The
 * applicant withdraws here until a clerk accepts, answers a correction notice by replacing the
 * flagged materials and resubmitting, and rates the case once it is closed. An applicant's draft
 * opens in the application wizard.
 */
@Route("cases/:id")
@PermitAll
class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Deadlines.ZONE);

    private final transient Cases cases;
    private final transient CaseFiling filing;
    private final transient CurrentUser currentUser;
    private final transient CatalogQuery catalog;
    private final transient Documents documents;
    private long caseId;
    private String title = "";

    CaseDetailView(Cases cases, CaseFiling filing, CurrentUser currentUser, CatalogQuery catalog,
            Documents documents) {
        this.cases = cases;
        this.filing = filing;
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.documents = documents;
        addClassName("portal-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            caseId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            CasePage page = cases.page(caseId);
            if (page.details().summary().status() == CaseStatus.DRAFT && isApplicant()) {
                event.forwardTo("apply/" + caseId);
                return;
            }
            show(page);
        } catch (NumberFormatException | CaseNotFoundException e) {
            throw new NotFoundException();
        }
    }

    private void show(CasePage page) {
        CaseDetails details = page.details();
        CaseSummary c = details.summary();
        removeAll();
        title = c.caseNumber() == null ? c.itemName() : c.caseNumber();
        H2 heading = new H2(c.itemName());
        heading.setId("case-title");
        Span number = new Span(getTranslation("case.detail.number", c.caseNumber() == null
                ? getTranslation("case.number.none") : c.caseNumber()));
        number.setId("case-number");
        Span status = new Span(getTranslation("case.status." + c.status().name()));
        status.setId("case-status");
        status.getElement().getThemeList().add("badge");
        add(heading, new Div(number), new Div(status));
        if (c.dueDate() != null) {
            add(new Paragraph(getTranslation("case.detail.due", c.dueDate().toString())));
        }
        if (mayWithdraw(c)) {
            Button withdraw = new Button(getTranslation("case.detail.withdraw"), e -> withdraw(c));
            withdraw.setId("case-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(withdraw);
        }
        if (c.status() == CaseStatus.CLOSED && isApplicant()) {
            Anchor rate = new Anchor("cases/" + c.id() + "/rating", getTranslation("case.detail.rate"));
            rate.setId("case-rate");
            add(new Div(rate));
        }
        ItemDocument guide = catalog.guide(details.itemVersionId()).orElseThrow();
        if (c.status() == CaseStatus.CORRECTION_REQUESTED && isApplicant()) {
            add(correction(c, details));
        }
        add(new H3(getTranslation("case.detail.materials")), materials(guide, details));
        add(new H3(getTranslation("case.detail.notices")), notices(details.notices()));
        add(new H3(getTranslation("case.detail.timeline")));
        OrderedList timeline = new OrderedList();
        timeline.setId("case-timeline");
        for (CaseHistoryLine line : page.history()) {
            timeline.add(new ListItem(step(line)));
        }
        add(timeline);
    }

    /** One step in plain words: when, what, where, who and why. */
    private String step(CaseHistoryLine line) {
        String where = line.place() == null ? "" : getTranslation("case.detail.at", line.place());
        String why = line.detail() == null ? "" : getTranslation("case.detail.note", line.detail());
        return getTranslation("case.detail.step", WHEN.format(line.at()),
                getTranslation("case.action." + line.action().name()), where, line.actorName(), why);
    }

    private boolean isApplicant() {
        return currentUser.find().map(u -> u.hasRole(Role.APPLICANT)).orElse(false);
    }

    private boolean mayWithdraw(CaseSummary c) {
        return isApplicant() && CaseLifecycle.allows(c.status(), CaseAction.WITHDRAWN);
    }

    /** Every material that has files, with all of them: current ones and those a correction replaced. */
    private Div materials(ItemDocument guide, CaseDetails details) {
        Div list = new Div();
        list.setId("case-materials");
        for (ItemDocument.Material m : guide.materials()) {
            List<MaterialFile> files = details.files().stream().filter(f -> f.materialCode().equals(m.code()))
                    .toList();
            if (!files.isEmpty()) {
                list.add(new H4(m.name()), fileList(files));
            }
        }
        if (details.files().isEmpty()) {
            list.add(new Paragraph(getTranslation("case.detail.no-files")));
        }
        return list;
    }

    private UnorderedList fileList(List<MaterialFile> files) {
        UnorderedList list = new UnorderedList();
        for (MaterialFile f : files) {
            ListItem item = new ListItem(CaseLinks.file(f.fileId(), f.originalName(), false));
            item.setId("file-" + f.id());
            if (f.viewableInline()) {
                item.add(new Span(" "), CaseLinks.file(f.fileId(), getTranslation("case.detail.view"), true));
            }
            item.add(new Span(getTranslation(f.current() ? "case.detail.file" : "case.detail.file.replaced",
                    WHEN.format(f.addedAt()), f.replacedAt() == null ? "" : WHEN.format(f.replacedAt()))));
            list.add(item);
        }
        return list;
    }

    private Div notices(List<IssuedNotice> notices) {
        Div list = new Div();
        list.setId("case-notices");
        UnorderedList items = new UnorderedList();
        for (IssuedNotice n : notices) {
            String name = getTranslation("notice.kind." + n.kind().name());
            ListItem item = new ListItem(new Span(getTranslation("case.detail.notice", name, n.issuedOn().toString())),
                    CaseLinks.notice(caseId, n.id(), getTranslation("case.detail.download"), false), new Span(" "),
                    CaseLinks.notice(caseId, n.id(), getTranslation("case.detail.view"), true));
            item.setId("notice-" + n.id());
            items.add(item);
        }
        list.add(notices.isEmpty() ? new Paragraph(getTranslation("case.detail.no-notices")) : items);
        return list;
    }

    /**
     * The one-time correction notice of the latest round (Art. 32): every flagged material with
     * its reason and rule, an upload for each, and resubmission once all are replaced.
     */
    private Div correction(CaseSummary c, CaseDetails details) {
        Div box = new Div();
        box.setId("correction-notice");
        box.addClassName("portal-warning");
        int round = details.corrections().stream().mapToInt(FlaggedMaterial::round).max().orElse(0);
        box.add(new H3(getTranslation("case.detail.correction", round)));
        Div problems = new Div();
        problems.setId("resubmit-problems");
        for (FlaggedMaterial f : details.corrections().stream().filter(x -> x.round() == round)
                .sorted(Comparator.comparing(FlaggedMaterial::materialCode)).toList()) {
            Div flagged = new Div(new H4(f.materialName()),
                    new Paragraph(getTranslation("case.detail.correction.reason", f.reason())));
            flagged.setId("flagged-" + f.materialCode());
            if (f.rule() != null) {
                flagged.add(new Paragraph(getTranslation("case.detail.correction.rule", f.rule())));
            }
            Div files = new Div(fileList(newFiles(details, f.materialCode(), round)));
            Span error = new Span();
            error.setVisible(false);
            flagged.add(new MaterialUpload(filing, caseId, f.materialCode(), documents.limits(), refusal -> {
                error.setText(refusal == null ? "" : refusal);
                error.setVisible(refusal != null);
                files.removeAll();
                files.add(fileList(newFiles(cases.details(caseId), f.materialCode(), round)));
            }), error, files);
            box.add(flagged);
        }
        Button resubmit = new Button(getTranslation("case.detail.resubmit"));
        resubmit.addClickListener(e -> resubmit(c, problems, resubmit));
        resubmit.setId("case-resubmit");
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resubmit.setDisableOnClick(true);
        box.add(problems, resubmit);
        return box;
    }

    private static List<MaterialFile> newFiles(CaseDetails details, String materialCode, int round) {
        return details.files().stream().filter(f -> f.materialCode().equals(materialCode) && f.addedRound() == round)
                .toList();
    }

    private void resubmit(CaseSummary c, Div problems, Button button) {
        try {
            filing.resubmit(c.id(), c.version());
            show(cases.page(caseId));
            Notification.show(getTranslation("case.detail.resubmitted"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            problems.removeAll();
            e.problems().forEach(p -> problems.add(new Paragraph(getTranslation(p.messageKey(), p.args()))));
            button.setEnabled(true);
        } catch (CaseConflictException e) {
            show(cases.page(caseId));
            Notification.show(getTranslation(e.messageKey(), getTranslation("case.status." + e.currentStatus().name())))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void withdraw(CaseSummary c) {
        try {
            filing.withdraw(c.id(), c.version());
            show(cases.page(caseId));
            Notification.show(getTranslation("case.detail.withdrawn"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CaseConflictException e) {
            show(cases.page(caseId));
            Notification.show(getTranslation(e.messageKey(), getTranslation("case.status." + e.currentStatus().name())))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
