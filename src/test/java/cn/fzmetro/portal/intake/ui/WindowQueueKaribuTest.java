package cn.fzmetro.portal.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.SignIn;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;

/** The window queue shows the window's own cases with the time left on their clock, and only those. */
class WindowQueueKaribuTest extends KaribuViewTest {

    @Autowired
    CaseFiling filing;
    @Autowired
    CatalogQuery catalog;

    @Test
    void aCaseHandedInAtCangshanIsInTheCangshanQueueWithItsClockAndNotInPutians() {
        SignIn.as(users, "zhangwei");
        CaseSummary submitted = new Applications(filing, catalog).submitted("SCJG-001", "W350104", "350102");

        signIn("clerk.cangshan");
        UI.getCurrent().navigate("window/queue");
        Grid<CaseSummary> queue = queue();
        int row = rowOf(queue, submitted.caseNumber());
        assertThat(row).as("the case is in the queue").isGreaterThanOrEqualTo(0);
        @SuppressWarnings("unchecked")
        LitRenderer<CaseSummary> clock = (LitRenderer<CaseSummary>) queue.getColumnByKey("timeLeft").getRenderer();
        CaseSummary shown = GridKt._get(queue, row);
        assertThat((String) clock.getValueProviders().get("clock").apply(shown)).matches("(剩|即将到期：剩) \\d 个工作日");
        assertThat((String) clock.getValueProviders().get("theme").apply(shown)).isIn("success", "warning");

        signIn("clerk.putian");
        UI.getCurrent().navigate("window/queue");
        assertThat(rowOf(queue(), submitted.caseNumber())).as("another window's queue").isNegative();
    }

    @Test
    void followingTheQueueLinkAgainShowsTheQueueAsItIsNow() {
        signIn("clerk.cangshan");
        UI.getCurrent().navigate("window/queue");
        Grid<CaseSummary> queue = queue();
        AtomicInteger refreshes = new AtomicInteger();
        queue.getDataProvider().addDataProviderListener(e -> refreshes.incrementAndGet());

        UI.getCurrent().navigate("window/queue");
        assertThat(queue()).as("the page already shown keeps its view").isSameAs(queue);
        assertThat(refreshes).as("its list is read again").hasValue(1);
    }

    @SuppressWarnings("unchecked")
    private static Grid<CaseSummary> queue() {
        return _get(Grid.class, spec -> spec.withId("window-queue-grid"));
    }

    private static int rowOf(Grid<CaseSummary> grid, String caseNumber) {
        List<CaseSummary> rows = GridKt._fetch(grid, 0, 500);
        for (int i = 0; i < rows.size(); i++) {
            if (caseNumber.equals(rows.get(i).caseNumber())) {
                return i;
            }
        }
        return -1;
    }
}
