package cn.fzmetro.portal.catalog.ui;

import java.util.List;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.DepartmentInfo;
import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemStatus;
import cn.fzmetro.portal.catalog.PublishedItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The guide (办事指南) of one item, as published: every element and the materials table with
 * which situation needs which material. Printable on one click. {@code catalog/<code>} shows the
 * version in force; {@code catalog/<code>/<versionId>} a published version by id, e.g. the one a
 * case was filed under.
 */
@Route("catalog/:code/:versionId?")
@AnonymousAllowed
class ItemGuideView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CatalogQuery catalog;
    private final transient AreaQuery area;
    private final transient CurrentUser currentUser;
    private String title = "";

    ItemGuideView(CatalogQuery catalog, AreaQuery area, CurrentUser currentUser) {
        this.catalog = catalog;
        this.area = area;
        this.currentUser = currentUser;
        addClassName("portal-guide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        var versionId = event.getRouteParameters().get("versionId");
        PublishedItem item;
        if (versionId.isPresent()) {
            item = parseId(versionId.get()).flatMap(catalog::version).filter(p -> p.item().code().equals(code))
                    .orElseThrow(NotFoundException::new);
        } else {
            item = catalog.current(code).orElseThrow(NotFoundException::new);
        }
        removeAll();
        show(item, versionId.isPresent());
    }

    /** Applicants apply; visitors may sign in to; staff never file applications. */
    private boolean mayApply() {
        return currentUser.find().map(u -> u.hasRole(Role.APPLICANT)).orElse(true);
    }

    private static java.util.Optional<Long> parseId(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private void show(PublishedItem published, boolean pinned) {
        ItemDocument d = published.document();
        title = d.name();
        H1 name = new H1(d.name());
        name.setId("guide-title");
        Button print = new Button(getTranslation("action.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(print, new Anchor("catalog", getTranslation("guide.back")));
        actions.addClassName("no-print");
        if (!pinned && published.item().status() == ItemStatus.ACTIVE && mayApply()) {
            // the filing module starts the draft; a visitor is sent to sign in first and comes back here
            Button apply = new Button(getTranslation("guide.apply"), VaadinIcon.EDIT.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("apply/new/" + d.code())));
            apply.setId("guide-apply");
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.addComponentAsFirst(apply);
        }
        add(name, actions);
        if (pinned) {
            Paragraph note = new Paragraph(getTranslation("guide.pinned", published.version().versionNo(),
                    String.valueOf(published.version().effectiveFrom())));
            note.setId("guide-pinned");
            add(note);
        }
        if (published.item().status() != ItemStatus.ACTIVE) {
            Paragraph suspended = new Paragraph(getTranslation("guide.not-accepting",
                    getTranslation("catalog.status." + published.item().status().name()),
                    published.item().statusReason() == null ? "" : published.item().statusReason()));
            suspended.addClassName("portal-warning");
            suspended.setId("guide-status");
            add(suspended);
        }

        String department = area.department(d.department()).map(DepartmentInfo::name).orElse(d.department());
        add(section("guide.basic"), facts(
                fact("guide.code", d.code() + " / " + d.basicCode()),
                fact("guide.version", getTranslation("guide.version.value", published.version().versionNo(),
                        String.valueOf(published.version().effectiveFrom()))),
                fact("catalog.item.type", getTranslation("catalog.type." + d.type())),
                fact("catalog.department", department),
                fact("catalog.item.category", d.category()),
                fact("guide.applicant-types", joined(d.applicantTypes(), "catalog.applicant-type.")),
                fact("guide.handling", getTranslation("catalog.handling." + d.handling())),
                fact("guide.decision-level", getTranslation("catalog.decision-level." + d.decisionLevel())),
                fact("guide.cross-region", joined(d.crossRegionModes(), "catalog.cross-region.")),
                fact("guide.online", getTranslation(d.online() ? "guide.yes" : "guide.no")),
                fact("guide.visits", String.valueOf(d.visits())),
                fact("guide.time-limits", getTranslation("guide.time-limits.value", d.timeLimits().statutory(),
                        d.timeLimits().promised())),
                fact("guide.fee", d.fee().description())));

        add(section("guide.legal-basis"));
        OrderedList basis = new OrderedList();
        d.legalBasis().forEach(b -> basis.add(new ListItem(getTranslation("guide.legal-basis.line", b.law(), b.article(), b.text()))));
        add(basis);
        add(section("guide.conditions"), bullets(d.acceptanceConditions()));
        if (!d.prohibitions().isEmpty()) {
            add(section("guide.prohibitions"), bullets(d.prohibitions()));
        }
        if (d.commitment() != null) {
            add(section("guide.commitment"), new Paragraph(d.commitment().text()));
        }
        if (!d.situations().isEmpty()) {
            add(section("guide.situations"));
            UnorderedList situations = new UnorderedList();
            d.situations().forEach(s -> situations.add(new ListItem(getTranslation("guide.situation.line", s.question(),
                    String.join(" / ", s.options().stream().map(ItemDocument.Option::label).toList())))));
            add(situations);
        }
        add(section("guide.materials"), materials(d));
        if (!d.specialSteps().isEmpty()) {
            add(section("guide.special-steps"));
            UnorderedList steps = new UnorderedList();
            d.specialSteps().forEach(s -> steps.add(new ListItem(getTranslation("guide.special-step.line",
                    getTranslation("catalog.special-step." + s.kind()), s.description(),
                    s.maxDays() == null ? "-" : s.maxDays()))));
            add(steps);
        }
        add(section("guide.result"), facts(
                fact("guide.result.name", d.result().name()),
                fact("guide.result.type", getTranslation("catalog.result-type." + d.result().type())),
                fact("guide.result.validity", d.result().validity()),
                fact("guide.result.delivery", joined(d.result().delivery(), "catalog.delivery."))));
        add(section("guide.support"), facts(
                fact("guide.consultation-phone", d.support().consultationPhone()),
                fact("guide.complaint-phone", d.support().complaintPhone()),
                fact("guide.appeal", d.support().appeal())));
        if (!d.support().faq().isEmpty()) {
            add(section("guide.faq"));
            d.support().faq().forEach(f -> add(new Paragraph(new Span(getTranslation("guide.faq.q", f.q())),
                    new Html("<br>"), new Span(getTranslation("guide.faq.a", f.a())))));
        }
    }

    private Component materials(ItemDocument d) {
        NativeTable table = new NativeTable();
        table.setId("guide-materials");
        table.addClassName("portal-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String key : List.of("guide.m.name", "guide.m.form", "guide.m.requirement", "guide.m.source",
                "guide.m.intake", "guide.m.review")) {
            headRow.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (ItemDocument.Material m : d.materials()) {
            NativeTableRow row = new NativeTableRow();
            row.addClassName("guide-material");
            Div name = new Div(new Span(m.code() + " " + m.name()));
            if (m.template() != null) {
                name.add(new Div(new Span(getTranslation("guide.m.template", m.template()))));
            }
            name.add(new Div(new Span(getTranslation("guide.m.basis", m.basis()))));
            row.add(new NativeTableCell(name));
            row.add(new NativeTableCell(getTranslation("guide.m.form.value", getTranslation("catalog.form." + m.form()),
                    m.copies(), getTranslation("catalog.medium." + m.medium()))));
            row.add(new NativeTableCell(requirement(d, m)));
            row.add(new NativeTableCell(getTranslation("catalog.source." + m.source())));
            row.add(new NativeTableCell(bullets(m.intakeStandards())));
            row.add(new NativeTableCell(bullets(m.reviewPoints())));
            body.add(row);
        }
        table.add(head, body);
        return table;
    }

    private String requirement(ItemDocument d, ItemDocument.Material m) {
        String text = getTranslation("catalog.requirement." + m.requirement());
        if (m.when() == null) {
            return text;
        }
        return d.situations().stream().filter(s -> s.code().equals(m.when().situation())).findFirst()
                .map(s -> text + getTranslation("guide.m.when", s.question(), s.options().stream()
                        .filter(o -> o.code().equals(m.when().option())).map(ItemDocument.Option::label)
                        .findFirst().orElse(m.when().option())))
                .orElse(text);
    }

    private Component section(String key) {
        return new H3(getTranslation(key));
    }

    private String joined(List<String> codes, String prefix) {
        return String.join(getTranslation("guide.list-separator"), codes.stream().map(c -> getTranslation(prefix + c)).toList());
    }

    private static Component bullets(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(l -> list.add(new ListItem(l)));
        return list;
    }

    private NativeTableRow fact(String key, String value) {
        return new NativeTableRow(new NativeTableHeaderCell(getTranslation(key)), new NativeTableCell(value));
    }

    private static Component facts(NativeTableRow... rows) {
        NativeTable table = new NativeTable(new NativeTableBody(rows));
        table.addClassName("portal-facts");
        return table;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
