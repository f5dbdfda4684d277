package cn.fzmetro.portal.casefile.ui;

import java.util.function.Function;
import java.util.function.Supplier;

import cn.fzmetro.portal.casefile.CaseNotFoundException;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.CheckItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;

/**
 * A staff screen working on one case ({@code …/cases/:id}): only the id is kept, and after every
 * step the case is read again, so the screen shows what the service holds. A case the user may
 * not see is "not found", exactly like one that does not exist.
 */
public abstract class CaseWorkScreen extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final CaseMessage message = new CaseMessage();
    protected final VerticalLayout content = new VerticalLayout();
    protected long caseId;
    private String title = "";

    protected CaseWorkScreen(String queueRoute) {
        // the page grows with the case and scrolls: checklist, notices and history are read in order
        setWidthFull();
        content.setPadding(false);
        content.setWidthFull();
        Anchor back = new Anchor(queueRoute, getTranslation("staff.back-to-queue"));
        back.setId("back-to-queue");
        add(back, message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            caseId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            message.clear();
            reload();
        } catch (NumberFormatException | CaseNotFoundException e) {
            throw new NotFoundException();
        }
    }

    /** Rebuilds {@link #content} from the case as it now stands; returns the page title. */
    protected abstract String show();

    protected final void reload() {
        content.removeAll();
        title = show();
    }

    /**
     * After a checklist verdict. A verdict on a case nobody has claimed yet also claims it, which
     * changes its version: then the screen shows the case as it now stands, so that later steps
     * quote the new version. Other verdicts change only their line, which shows it already.
     */
    protected CheckItem verdictSaved(CheckItem line, boolean claimedTheCase) {
        if (claimedTheCase) {
            reload();
        }
        return line;
    }

    /** A button running one step; {@code success} words the outcome (null: the reloaded screen says it). */
    protected Button button(String id, String key, Supplier<CaseSummary> step, Function<CaseSummary, String> success) {
        Button button = new Button(getTranslation(key), e -> run(step, success));
        button.setId(id);
        return button;
    }

    /** Runs one step, says how it went and shows the case as it now stands. */
    protected void run(Supplier<CaseSummary> step, Function<CaseSummary, String> success) {
        message.clear();
        try {
            CaseSummary after = step.get();
            if (success != null) {
                message.showSuccess(success.apply(after));
            }
            reload();
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    /** The service refused: say why in its words; if someone else acted first, show their result. */
    protected void refused(RuntimeException e) {
        if (message.showRefusal(e)) {
            reload();
        }
    }

    protected static String titleOf(CaseSummary c) {
        return c.caseNumber() == null ? c.itemName() : c.caseNumber();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
