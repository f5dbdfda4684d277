package cn.fzmetro.portal.rating.ui;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseNotFoundException;
import cn.fzmetro.portal.casefile.CaseStatus;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.rating.RatingInfo;
import cn.fzmetro.portal.rating.Ratings;
import cn.fzmetro.portal.rating.SatisfactionLevel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The applicant rates a closed case (好差评) once: five levels and an optional comment. Once rated,
 * the page shows the rating given; before the case is closed it says when rating opens.
 */
@Route("cases/:id/rating")
@RolesAllowed(Role.APPLICANT_NAME)
class RateCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Deadlines.ZONE);

    private final transient Cases cases;
    private final transient Ratings ratings;
    private long caseId;

    RateCaseView(Cases cases, Ratings ratings) {
        this.cases = cases;
        this.ratings = ratings;
        addClassName("portal-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            caseId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(cases.get(caseId), ratings.forCase(caseId));
        } catch (NumberFormatException | CaseNotFoundException e) {
            throw new NotFoundException();
        }
    }

    private void show(CaseSummary c, Optional<RatingInfo> rating) {
        removeAll();
        H2 title = new H2(getTranslation("rating.title"));
        title.setId("rating-title");
        Span number = new Span(getTranslation("rating.case-number", c.caseNumber()));
        number.setId("rating-case-number");
        Span item = new Span(getTranslation("rating.item", c.itemName()));
        item.setId("rating-case-item");
        add(title, new Div(number), new Div(item));
        if (rating.isPresent()) {
            showGiven(rating.get());
        } else if (c.status() == CaseStatus.CLOSED) {
            showForm();
        } else {
            Paragraph notYet = new Paragraph(getTranslation("rating.not-closed"));
            notYet.setId("rating-not-closed");
            add(notYet);
        }
        add(new Anchor("cases/" + c.id(), getTranslation("rating.back-to-case")));
    }

    private void showGiven(RatingInfo rating) {
        Span level = new Span(getTranslation("rating.given", getTranslation("rating.level." + rating.level().name())));
        level.setId("rating-given-level");
        add(new Div(level));
        if (rating.comment() != null) {
            Paragraph comment = new Paragraph(getTranslation("rating.given-comment", rating.comment()));
            comment.setId("rating-given-comment");
            add(comment);
        }
        add(new Paragraph(getTranslation("rating.given-at", TIME.format(rating.ratedAt()))));
    }

    private void showForm() {
        RadioButtonGroup<SatisfactionLevel> level = new RadioButtonGroup<>(getTranslation("rating.level"));
        level.setId("rating-level");
        level.setItems(SatisfactionLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("rating.level." + l.name()));
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        level.setRequired(true);

        TextArea comment = new TextArea(getTranslation("rating.comment"));
        comment.setId("rating-comment");
        comment.setWidthFull();
        comment.setMaxLength(Ratings.MAX_COMMENT);
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        comment.addValueChangeListener(e -> count(comment));
        count(comment);

        Button submit = new Button(getTranslation("rating.submit"));
        submit.setId("rating-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit(level, comment, submit));
        add(level, comment, submit);
    }

    private void count(TextArea comment) {
        comment.setHelperText(getTranslation("rating.comment.counter", comment.getValue().length(), Ratings.MAX_COMMENT));
    }

    private void submit(RadioButtonGroup<SatisfactionLevel> level, TextArea comment, Button submit) {
        level.setInvalid(false);
        comment.setInvalid(false);
        try {
            RatingInfo given = ratings.rate(caseId, level.getValue(), comment.getValue());
            show(cases.get(caseId), Optional.of(given));
            Notification.show(getTranslation("rating.thanks"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            for (InvalidInputException.Problem p : e.problems()) {
                String message = getTranslation(p.messageKey(), p.args());
                switch (p.field()) {
                    case "rating.level" -> {
                        level.setErrorMessage(message);
                        level.setInvalid(true);
                    }
                    case "rating.comment" -> {
                        comment.setErrorMessage(message);
                        comment.setInvalid(true);
                    }
                    default -> {
                        // about the case, e.g. rated meanwhile in another tab: show it as it is now
                        show(cases.get(caseId), ratings.forCase(caseId));
                        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                }
            }
        } finally {
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rating.title");
    }
}
