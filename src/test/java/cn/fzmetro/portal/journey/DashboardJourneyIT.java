package cn.fzmetro.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.BrowserJourney;
import cn.fzmetro.portal.testsupport.SignIn;

/** An administrator opens the dashboard: ECharts draws every chart and each table beside it is filled. */
class DashboardJourneyIT extends BrowserJourney {

    @Autowired
    CaseFiling filing;
    @Autowired
    CatalogQuery catalog;
    @Autowired
    UserDetailsService users;

    @Test
    void theChartsAreDrawnAndTheTablesHoldTheNumbers() {
        SignIn.as(users, "zhangwei");
        new Applications(filing, catalog).submitted("SCJG-001", "W350104", "350102");
        SignIn.out();

        signIn("admin", "Demo2026!");
        open("insight/dashboard");
        visible("dashboard-title");
        for (String figure : List.of("figure-items", "figure-windows", "figure-districts", "figure-flow",
                "figure-on-time", "figure-corrections", "figure-ratings")) {
            wait.until(d -> !d.findElements(By.cssSelector("#" + figure + "-chart canvas")).isEmpty());
        }
        WebElement items = visible("figure-items-table");
        wait.until(d -> textOf(items).contains("SCJG-001"));
        WebElement flow = visible("figure-flow-table");
        wait.until(d -> textOf(flow).contains("仓山区") && textOf(flow).contains("鼓楼区"));
        assertThat(textOf(visible("dashboard-received"))).matches("期间收件：\\d+ 件");
    }
}
