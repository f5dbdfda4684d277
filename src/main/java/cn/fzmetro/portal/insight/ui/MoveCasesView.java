package cn.fzmetro.portal.insight.ui;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.AuthorityInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.casefile.CaseTransfers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A window or authority closed to new cases keeps the cases it had; here an administrator
 * moves them on to one that is open, so nothing waits at a closed desk.
 */
@Route("admin/move-cases")
@RolesAllowed("ADMIN")
@Menu(order = 58, title = "nav.move-cases", icon = "vaadin:exchange")
class MoveCasesView extends VerticalLayout implements HasDynamicTitle {

    private final transient CaseTransfers transfers;
    private final Paragraph result = new Paragraph();

    MoveCasesView(CaseTransfers transfers, AreaQuery area) {
        this.transfers = transfers;
        addClassName("portal-narrow");
        ComboBox<WindowInfo> fromWindow = picker("move-from-window", "case.move.from");
        fromWindow.setItems(area.windows());
        fromWindow.setItemLabelGenerator(WindowInfo::name);
        ComboBox<WindowInfo> toWindow = picker("move-to-window", "case.move.to");
        toWindow.setItems(area.windows().stream().filter(WindowInfo::openForCases).toList());
        toWindow.setItemLabelGenerator(WindowInfo::name);
        Button moveWindow = new Button(getTranslation("move.button"), e -> run(() -> transfers.moveWindowCases(
                fromWindow.getValue() == null ? null : fromWindow.getValue().code(),
                toWindow.getValue() == null ? null : toWindow.getValue().code())));
        moveWindow.setId("move-window-cases");
        moveWindow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        ComboBox<AuthorityInfo> fromAuthority = picker("move-from-authority", "case.move.from");
        fromAuthority.setItems(area.authorities());
        fromAuthority.setItemLabelGenerator(AuthorityInfo::name);
        ComboBox<AuthorityInfo> toAuthority = picker("move-to-authority", "case.move.to");
        toAuthority.setItems(area.authorities().stream().filter(AuthorityInfo::openForCases).toList());
        toAuthority.setItemLabelGenerator(AuthorityInfo::name);
        Button moveAuthority = new Button(getTranslation("move.button"), e -> run(() -> transfers.moveAuthorityCases(
                fromAuthority.getValue() == null ? null : fromAuthority.getValue().code(),
                toAuthority.getValue() == null ? null : toAuthority.getValue().code())));
        moveAuthority.setId("move-authority-cases");
        moveAuthority.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        result.setId("move-result");
        add(new H2(getTranslation("move.title")), new Paragraph(getTranslation("move.intro")),
                new H3(getTranslation("move.windows")), row(fromWindow, toWindow, moveWindow),
                new H3(getTranslation("move.authorities")), row(fromAuthority, toAuthority, moveAuthority), result);
    }

    private <T> ComboBox<T> picker(String id, String labelKey) {
        ComboBox<T> box = new ComboBox<>(getTranslation(labelKey));
        box.setId(id);
        box.setWidth("22em");
        return box;
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void run(java.util.function.IntSupplier move) {
        try {
            result.setText(getTranslation("move.done", move.getAsInt()));
            result.getStyle().set("color", "var(--lumo-success-text-color)");
        } catch (InvalidInputException e) {
            var p = e.problems().get(0);
            result.setText(getTranslation(p.field()) + "：" + getTranslation(p.messageKey(), p.args()));
            result.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("move.title");
    }
}
