package cn.fzmetro.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.BrowserJourney;
import cn.fzmetro.portal.testsupport.TestIdentities;

/**
 * Issue 4's journey: a new applicant registers, applies for 有限责任公司设立登记 at the 仓山 window
 * for 鼓楼区, uploads a real PDF per material, submits, sees the case number and downloads the
 * receipt, whose text names the case.
 */
class ApplyJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "Apply2026x";

    @Test
    void aNewApplicantAppliesUploadsSubmitsAndDownloadsTheReceipt() throws Exception {
        String username = TestIdentities.username("apply");
        register(username);
        signIn(username, PASSWORD);

        open("catalog/SCJG-001");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("guide-apply"))).click();
        wait.until(ExpectedConditions.urlMatches("/apply/\\d+$"));

        // 否 to every yes/no question, one director and supervisor, a leased address
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

        type("field-companyName", "input", "福州旅途测试有限公司");
        type("field-registeredCapital", "input", "100");
        type("field-shareholderCount", "input", "2");
        type("field-legalRepresentative", "input", "林一");
        type("field-address", "input", "福州市鼓楼区五四路1号101室");
        type("field-businessScope", "textarea", "一般项目：软件开发");
        next();

        Path pdf = Files.createTempFile("material", ".pdf");
        Files.write(pdf, Applications.pdf());
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
        assertThat(driver.findElements(By.id("missing-list"))).isEmpty();
        click(By.id("declaration"));
        click(By.id("commitment"));
        click(By.id("submit-application"));

        String caseNumber = visible("submitted-case-number").getText();
        assertThat(caseNumber).matches("350104-\\d{8}-\\d{6}");

        String receipt = receiptText(visible("receipt-download").getDomProperty("href"));
        assertThat(receipt).contains("收件凭证").contains(caseNumber).contains("有限责任公司设立登记");
    }

    private void register(String username) {
        open("register");
        type("register-username", "input", username);
        type("register-password", "input", PASSWORD);
        type("register-password-again", "input", PASSWORD);
        type("register-name", "input", "林旅途");
        type("register-id-number", "input", TestIdentities.residentId());
        type("register-mobile", "input", "13800138000");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("register-submit"))).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private void next() {
        String before = steps().getDomAttribute("data-step");
        click(By.id("wizard-next"));
        // the indicator names the next step once the server took this one
        wait.until(d -> !before.equals(steps().getDomAttribute("data-step")));
    }

    private WebElement steps() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wizard-steps")));
    }

    /** The wizard's pages are longer than the window: scroll an element into view before clicking it. */
    private WebElement scrolledTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    private void click(By by) {
        scrolledTo(wait.until(ExpectedConditions.presenceOfElementLocated(by)));
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void type(String id, String input, String text) {
        By by = By.cssSelector("#" + id + " " + input);
        scrolledTo(wait.until(ExpectedConditions.presenceOfElementLocated(by)));
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(by));
        field.clear();
        field.sendKeys(text, Keys.TAB);
    }

    /** Types a filter into a combo box, waits for the matching items and takes the first. */
    private void choose(String id, String filter) {
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

    /** The file input of a vaadin-upload: in its light DOM or its shadow root, depending on the version. */
    private WebElement fileInput(WebElement upload) {
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.getFirst();
        }
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }

    /** Downloads the receipt with the browser's session and returns its text. */
    private String receiptText(String href) throws IOException, InterruptedException {
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument doc = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
