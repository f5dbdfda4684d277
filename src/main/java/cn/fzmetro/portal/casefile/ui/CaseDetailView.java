package cn.fzmetro.portal.casefile.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseAction;
import cn.fzmetro.portal.casefile.CaseConflictException;
import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseHistoryLine;
import cn.fzmetro.portal.casefile.CaseLifecycle;
import cn.fzmetro.portal.casefile.CaseNotFoundException;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
 * transferred to authority Y, signed for, decided. Whoever may see the case sees this page
 * (the service decides); an applicant may withdraw here until a clerk accepts.
 */
@Route("cases/:id")
@PermitAll
class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final transient Cases cases;
    private final transient CaseFiling filing;
    private final transient CurrentUser currentUser;
    private long caseId;
    private String title = "";

    CaseDetailView(Cases cases, CaseFiling filing, CurrentUser currentUser) {
        this.cases = cases;
        this.filing = filing;
        this.currentUser = currentUser;
        addClassName("portal-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            caseId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(cases.get(caseId));
        } catch (NumberFormatException | CaseNotFoundException e) {
            throw new NotFoundException();
        }
    }

    private void show(CaseSummary c) {
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
        add(new H3(getTranslation("case.detail.timeline")));
        OrderedList timeline = new OrderedList();
        timeline.setId("case-timeline");
        for (CaseHistoryLine line : cases.history(caseId)) {
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

    private boolean mayWithdraw(CaseSummary c) {
        return currentUser.find().map(u -> u.hasRole(Role.APPLICANT)).orElse(false)
                && CaseLifecycle.allows(c.status(), CaseAction.WITHDRAWN);
    }

    private void withdraw(CaseSummary c) {
        try {
            show(filing.withdraw(c.id(), c.version()));
            Notification.show(getTranslation("case.detail.withdrawn"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CaseConflictException e) {
            show(cases.get(caseId));
            Notification.show(getTranslation(e.messageKey(), getTranslation("case.status." + e.currentStatus().name())))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
