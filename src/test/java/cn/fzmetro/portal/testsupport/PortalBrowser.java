package cn.fzmetro.portal.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium on one portal, with the moves the journeys make (sign in, fill the
 * application wizard, click as a user would). Waits for conditions, never for time. Closing it
 * ends the browser.
 */
public final class PortalBrowser implements AutoCloseable {

    private final String base;
    private final Duration timeout;
    public final WebDriver driver;
    public final WebDriverWait wait;

    PortalBrowser(WebDriver driver, String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, timeout);
    }

    /** A new Chromium on the portal at this local port. */
    public static PortalBrowser start(int port, Duration timeout) throws IOException {
        return new PortalBrowser(BrowserJourney.startChromium(), "http://localhost:" + port + "/", timeout);
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void signIn(String username, String password) {
        open("login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.sendKeys(password);
        pass.submit();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    public WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public String textOf(WebElement element) {
        return (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].textContent;", element);
    }

    /** Waits until the element's text satisfies the test; the screen may be rebuilt meanwhile. */
    public void textShows(String id, Predicate<String> test) {
        new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .until(d -> test.test(textOf(d.findElement(By.id(id)))));
    }

    /** Clicks as a user would: scrolled to the middle of the window, again if the page was still moving. */
    public void press(By target) {
        new WebDriverWait(driver, timeout)
                .ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(target).apply(d);
                    if (element == null) {
                        return false;
                    }
                    scrolledTo(element).click();
                    return true;
                });
    }

    public void press(String id) {
        press(By.id(id));
    }

    /** No request of the page is in flight (Flow's own client state). */
    public void settled() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.Vaadin && window.Vaadin.Flow) && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive());")));
    }

    public WebElement scrolledTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    public void type(String id, String input, String text) {
        By by = By.cssSelector("#" + id + " " + input);
        scrolledTo(wait.until(ExpectedConditions.presenceOfElementLocated(by)));
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(by));
        field.clear();
        field.sendKeys(text, Keys.TAB);
    }

    /** Types a filter into a combo box, waits for the matching items and takes the first. */
    public void choose(String id, String filter) {
        WebElement box = visible(id);
        WebElement input = scrolledTo(box.findElement(By.cssSelector("input")));
        input.click();
        input.sendKeys(filter);
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const c = arguments[0]; return c.opened && !c.loading && c.filteredItems"
                        + " && c.filteredItems.length > 0 && c.filteredItems[0] && !c.filteredItems[0].__placeholder;",
                box));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> input.getDomProperty("value").contains(filter));
        input.sendKeys(Keys.TAB);
    }

    /** Next step of the application wizard; waits until the server took this one. */
    public void next() {
        String before = wizardStep();
        press("wizard-next");
        wait.until(d -> !before.equals(wizardStep()));
    }

    public String wizardStep() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wizard-steps"))).getDomAttribute("data-step");
    }

    /**
     * Fills a fresh 有限责任公司设立登记 (SCJG-001) application up to the check step: 否 to every
     * question (one director and supervisor, a leased address), 鼓楼区 decides, the 仓山 window
     * receives, the form with this company name, the PDF for every material.
     */
    public void fillInLimitedCompanyApplication(Path pdf, String companyName) {
        open("catalog/SCJG-001");
        press("guide-apply");
        wait.until(ExpectedConditions.urlMatches("/apply/\\d+$"));
        for (String situation : List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7")) {
            WebElement second = visible("situation-" + situation).findElements(By.cssSelector("vaadin-radio-button"))
                    .get(1);
            scrolledTo(second.findElement(By.cssSelector("input"))).click();
        }
        wait.until(d -> textOf(d.findElement(By.id("material-list"))).contains("租赁"));
        next();
        choose("competent-region", "鼓楼区");
        choose("window", "仓山区行政服务中心");
        wait.until(d -> textOf(d.findElement(By.id("window-details"))).contains("浦上大道"));
        next();
        type("field-companyName", "input", companyName);
        type("field-registeredCapital", "input", "100");
        type("field-shareholderCount", "input", "2");
        type("field-legalRepresentative", "input", "林一");
        type("field-address", "input", "福州市鼓楼区五四路1号101室");
        type("field-businessScope", "textarea", "一般项目：软件开发");
        next();
        List<WebElement> uploads = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("vaadin-upload"));
            return found.isEmpty() ? null : found;
        });
        for (WebElement upload : uploads) {
            String material = upload.getDomAttribute("id").substring("upload-".length());
            fileInput(upload).sendKeys(pdf.toAbsolutePath().toString());
            wait.until(d -> textOf(d.findElement(By.id("files-" + material))).contains(pdf.getFileName().toString()));
        }
        next();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check-summary")));
    }

    /** On the check step: ticks the declaration and the commitment. */
    public void declare() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check-summary")));
        press("declaration");
        press("commitment");
        settled();
    }

    /** The file input of a vaadin-upload: in its light DOM or its shadow root, depending on the version. */
    private static WebElement fileInput(WebElement upload) {
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.getFirst();
        }
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
