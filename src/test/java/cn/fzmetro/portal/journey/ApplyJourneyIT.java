package cn.fzmetro.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

        Path pdf = Files.createTempFile("material", ".pdf");
        Files.write(pdf, Applications.pdf());
        browser.fillInLimitedCompanyApplication(pdf, "福州旅途测试有限公司");

        assertThat(driver.findElements(By.id("missing-list"))).isEmpty();
        browser.press("declaration");
        browser.press("commitment");
        browser.press("submit-application");

        String caseNumber = visible("submitted-case-number").getText();
        assertThat(caseNumber).matches("350104-\\d{8}-\\d{6}");

        String receipt = receiptText(visible("receipt-download").getDomProperty("href"));
        assertThat(receipt).contains("收件凭证").contains(caseNumber).contains("有限责任公司设立登记");
    }

    private void register(String username) {
        open("register");
        browser.type("register-username", "input", username);
        browser.type("register-password", "input", PASSWORD);
        browser.type("register-password-again", "input", PASSWORD);
        browser.type("register-name", "input", "林旅途");
        browser.type("register-id-number", "input", TestIdentities.residentId());
        browser.type("register-mobile", "input", "13800138000");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("register-submit"))).click();
        wait.until(ExpectedConditions.urlContains("/login"));
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
