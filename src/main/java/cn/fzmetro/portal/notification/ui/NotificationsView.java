package cn.fzmetro.portal.notification.ui;

import java.time.format.DateTimeFormatter;

import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.notification.NotificationItem;
import cn.fzmetro.portal.notification.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

/**
 * My notifications, newest first, one page per database query: an applicant's about their cases,
 * staff's about deadlines and overdue follow-ups. Clicking a row marks it read; its link opens the
 * case (for staff, their screen of it).
 */
@Route("notifications")
@Menu(order = 15, title = "nav.notifications", icon = "vaadin:bell")
@RolesAllowed({ Role.APPLICANT_NAME, Role.CLERK_NAME, Role.SUPERVISOR_NAME, Role.OFFICER_NAME })
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Deadlines.ZONE);

    private final transient Notifications notifications;
    private final Grid<NotificationItem> grid = new Grid<>(NotificationItem.class, false);
    private final Span unread = new Span();

    NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        setSizeFull();
        H2 title = new H2(getTranslation("notifications.title"));
        title.setId("notifications-title");

        unread.setId("notifications-unread");
        unread.getElement().getThemeList().add("badge");
        Button markAllRead = new Button(getTranslation("notifications.mark-all-read"), e -> markAllRead());
        markAllRead.setId("notifications-mark-all-read");
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(unread, markAllRead);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(n -> TIME.format(n.createdAt())).setHeader(getTranslation("notifications.time"))
                .setKey("time").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(getTranslation("notifications.state")).setKey("state")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> getTranslation(n.messageKey(), n.messageArgs().toArray()))
                .setHeader(getTranslation("notifications.message")).setKey("message").setFlexGrow(1);
        grid.addComponentColumn(n -> new Anchor(n.link(), n.caseNumber()))
                .setHeader(getTranslation("notifications.open-case")).setKey("case").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.addItemClickListener(e -> markRead(e.getItem()));
        grid.setItems(query -> notifications.mine(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        add(title, bar, grid);
        setFlexGrow(1, grid);
        showUnreadCount();
    }

    private Component state(NotificationItem n) {
        Span state = new Span(getTranslation(n.unread() ? "notifications.state.unread" : "notifications.state.read"));
        state.getElement().getThemeList().add(n.unread() ? "badge primary" : "badge contrast");
        return state;
    }

    private void markRead(NotificationItem n) {
        if (n.unread()) {
            notifications.markRead(n.id());
            refresh();
        }
    }

    private void markAllRead() {
        int marked = notifications.markAllRead();
        refresh();
        Notification.show(getTranslation("notifications.marked", marked), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showUnreadCount();
    }

    private void showUnreadCount() {
        unread.setText(getTranslation("notifications.unread", notifications.unreadCount()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
