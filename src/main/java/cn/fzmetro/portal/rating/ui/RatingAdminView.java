package cn.fzmetro.portal.rating.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.OptimisticLockingFailureException;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.rating.FollowUpState;
import cn.fzmetro.portal.rating.RatingInfo;
import cn.fzmetro.portal.rating.Ratings;
import cn.fzmetro.portal.rating.SatisfactionLevel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

/**
 * 好差评 for administrators: every rating newest first, filtered by level and follow-up state,
 * one page per query; selecting a poor rating shows its follow-up, whose result is recorded here.
 */
@Route("admin/ratings")
@Menu(order = 50, title = "nav.admin-ratings", icon = "vaadin:star-half-left")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
class RatingAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Deadlines.ZONE);

    private final transient Ratings ratings;
    private final transient AreaQuery area;
    private final transient Clock clock;
    private final Select<SatisfactionLevel> level = new Select<>();
    private final Select<FollowUpState> followUp = new Select<>();
    private final Grid<RatingInfo> grid = new Grid<>(RatingInfo.class, false);
    private final VerticalLayout followUpPanel = new VerticalLayout();

    RatingAdminView(Ratings ratings, AreaQuery area, Clock clock) {
        this.ratings = ratings;
        this.area = area;
        this.clock = clock;
        setSizeFull();
        H2 title = new H2(getTranslation("admin-ratings.title"));
        title.setId("admin-ratings-title");

        level.setId("admin-ratings-level");
        level.setLabel(getTranslation("admin-ratings.filter.level"));
        level.setItems(SatisfactionLevel.values());
        String all = getTranslation("admin-ratings.filter.all");
        // the generator also labels the empty choice (null) once it is selected
        level.setItemLabelGenerator(l -> l == null ? all : levelText(l));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(all);
        level.addValueChangeListener(e -> refresh());
        followUp.setId("admin-ratings-follow-up");
        followUp.setLabel(getTranslation("admin-ratings.filter.follow-up"));
        followUp.setItems(FollowUpState.values());
        followUp.setItemLabelGenerator(s -> s == null ? all
                : getTranslation("admin-ratings.follow-up-state." + s.name()));
        followUp.setEmptySelectionAllowed(true);
        followUp.setEmptySelectionCaption(all);
        followUp.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(level, followUp);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("admin-ratings-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> TIME.format(r.ratedAt())).setHeader(getTranslation("admin-ratings.rated-at"))
                .setKey("ratedAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RatingInfo::caseNumber).setHeader(getTranslation("admin-ratings.case-number"))
                .setKey("caseNumber").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RatingInfo::itemName).setHeader(getTranslation("admin-ratings.item")).setKey("itemName");
        grid.addColumn(RatingInfo::applicantName).setHeader(getTranslation("admin-ratings.applicant"))
                .setKey("applicantName");
        grid.addColumn(r -> levelText(r.level())).setHeader(getTranslation("admin-ratings.level")).setKey("level")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.comment() == null ? "" : r.comment()).setHeader(getTranslation("admin-ratings.comment"))
                .setKey("comment").setFlexGrow(2);
        grid.addColumn(this::followUpText).setHeader(getTranslation("admin-ratings.follow-up")).setKey("followUp")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.assignedWindowCode() == null ? ""
                : area.window(r.assignedWindowCode()).map(WindowInfo::name).orElse(r.assignedWindowCode()))
                .setHeader(getTranslation("admin-ratings.window")).setKey("window");
        grid.setEmptyStateText(getTranslation("admin-ratings.empty"));
        grid.setItems(query -> ratings.list(level.getValue(), followUp.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> showFollowUp(e.getValue()));

        followUpPanel.setId("admin-ratings-follow-up-panel");
        followUpPanel.setPadding(false);
        followUpPanel.setVisible(false);

        add(title, new Paragraph(getTranslation("admin-ratings.intro")), filters, grid, followUpPanel);
        setFlexGrow(1, grid);
    }

    private String levelText(SatisfactionLevel l) {
        return getTranslation("rating.level." + l.name());
    }

    private String followUpText(RatingInfo r) {
        if (r.followUpState() == null) {
            return "";
        }
        if (r.followUpState() == FollowUpState.DONE) {
            return getTranslation("admin-ratings.follow-up-state.DONE");
        }
        // an open follow-up past its due day is flagged
        return r.followUpDue().isBefore(LocalDate.now(clock))
                ? getTranslation("admin-ratings.follow-up.overdue", r.followUpDue().toString())
                : getTranslation("admin-ratings.follow-up.open", r.followUpDue().toString());
    }

    /** The follow-up of the selected rating: its answer if given, else the form to give it. */
    private void showFollowUp(RatingInfo r) {
        followUpPanel.removeAll();
        followUpPanel.setVisible(r != null && r.followUpState() != null);
        if (!followUpPanel.isVisible()) {
            return;
        }
        followUpPanel.add(new H3(getTranslation("admin-ratings.follow-up.title", r.caseNumber())));
        if (r.comment() != null) {
            followUpPanel.add(new Paragraph(getTranslation("admin-ratings.follow-up.comment", r.comment())));
        }
        if (r.followUpState() == FollowUpState.DONE) {
            Paragraph result = new Paragraph(getTranslation("admin-ratings.follow-up.result", r.followUpResult()));
            result.setId("admin-ratings-result-given");
            followUpPanel.add(result, new Paragraph(getTranslation("admin-ratings.follow-up.done-by",
                    r.followedUpBy(), TIME.format(r.followedUpAt()))));
            return;
        }
        followUpPanel.add(new Paragraph(getTranslation("admin-ratings.follow-up.due", r.followUpDue().toString())));
        TextArea result = new TextArea(getTranslation("admin-ratings.follow-up.result-label"));
        result.setId("admin-ratings-result");
        result.setWidthFull();
        result.setMaxLength(Ratings.MAX_FOLLOW_UP_RESULT);
        result.setRequired(true);
        Button complete = new Button(getTranslation("admin-ratings.complete"), e -> complete(r, result));
        complete.setId("admin-ratings-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        followUpPanel.add(result, complete);
    }

    private void complete(RatingInfo r, TextArea result) {
        try {
            RatingInfo done = ratings.completeFollowUp(r.id(), r.version(), result.getValue());
            refresh();
            showFollowUp(done);
            Notification.show(getTranslation("admin-ratings.completed"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            InvalidInputException.Problem p = e.problems().get(0);
            result.setErrorMessage(getTranslation(p.messageKey(), p.args()));
            result.setInvalid(true);
        } catch (OptimisticLockingFailureException e) {
            refresh();
            Notification.show(getTranslation("admin-ratings.conflict"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-ratings.title");
    }
}
