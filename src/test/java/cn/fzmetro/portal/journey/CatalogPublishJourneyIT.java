package cn.fzmetro.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import cn.fzmetro.portal.testsupport.BrowserJourney;

/**
 * The one standard is data: an administrator changes a material's intake standard, publishes,
 * and the public guide shows the new text to everyone.
 */
class CatalogPublishJourneyIT extends BrowserJourney {

    @Test
    void anAdministratorChangesAnIntakeStandardPublishesAndThePublicGuideShowsIt() {
        String newStandard = "申请书须由全体股东签字确认（" + UUID.randomUUID().toString().substring(0, 8) + "）";

        signIn("admin", "Demo2026!");
        visible("admin-catalog-title");
        // from the list: the edit link is drawn in the browser (a renderer, not a component)
        visible("admin-catalog-search").findElement(By.tagName("input")).sendKeys("SCJG-020");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("edit-SCJG-020"))).click();
        wait.until(ExpectedConditions.urlContains("admin/catalog/SCJG-020"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("expand-all"))).click();
        WebElement standard = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#material-M01-intake-0 textarea")));
        standard.clear();
        standard.sendKeys(newStandard, Keys.TAB);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("publish"))).click();
        wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                .anyMatch(card -> textOf(card).contains("已发布")));
        signOut();

        open("catalog/SCJG-020");
        WebElement materials = visible("guide-materials");
        assertThat(textOf(materials)).contains(newStandard);
    }
}
