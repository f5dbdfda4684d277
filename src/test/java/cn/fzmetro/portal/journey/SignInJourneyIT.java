package cn.fzmetro.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import cn.fzmetro.portal.testsupport.BrowserJourney;

/** Every demo account signs in through the real login form and lands on its role's home. */
class SignInJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "Demo2026!";

    @Test
    void theFrontDoorIsChinese() {
        open("");
        assertThat(textOf(visible("home-title"))).isEqualTo("福州都市圈通办");
        assertThat(driver.getTitle()).contains("福州都市圈通办");
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "zhangwei,       my-cases,        my-cases-title,        张伟",
            "minjiang,       my-cases,        my-cases-title,        福州闽江数码科技有限公司",
            "clerk.cangshan, window/queue,    window-queue-title,    陈静",
            "clerk.putian,   window/queue,    window-queue-title,    黄丽",
            "supervisor.cangshan, window/queue, window-queue-title,  刘洋",
            "officer.gulou,  authority/queue, authority-queue-title, 王强",
            "admin,          admin/catalog,   admin-catalog-title,   系统管理员"})
    void eachRoleLandsOnItsHome(String username, String home, String titleId, String displayName) {
        signIn(username, PASSWORD);
        visible(titleId);
        assertThat(driver.getCurrentUrl()).endsWith("/" + home);
        assertThat(textOf(visible("current-user-name"))).isEqualTo(displayName);
        signOut();
    }

    @Test
    void anApplicantCannotOpenTheClerksQueueByUrl() {
        signIn("zhangwei", PASSWORD);
        visible("my-cases-title");
        open("window/queue");
        visible("error-title");
        assertThat(driver.findElements(By.id("window-queue-title"))).isEmpty();
        open("admin/catalog");
        visible("error-title");
        assertThat(driver.findElements(By.id("admin-catalog-title"))).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        open("login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                .sendKeys("zhangwei");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("wrong-password");
        driver.findElement(By.cssSelector("input[name='password']")).submit();
        wait.until(ExpectedConditions.urlContains("login?error"));
        var form = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        wait.until(d -> "true".equals(form.getDomProperty("error")));
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].i18n.errorMessage.title;", form)).isEqualTo("用户名或密码不正确");
    }
}
