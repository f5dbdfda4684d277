package cn.fzmetro.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.CheckItem;
import cn.fzmetro.portal.casefile.Verdict;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.notice.IssuedNotice;
import cn.fzmetro.portal.notice.NoticeKind;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.BrowserJourney;
import cn.fzmetro.portal.testsupport.SignIn;

/**
 * Issue 5's journey across districts: 张伟 applies for a 鼓楼区 decision at the 仓山区 window; the
 * 仓山 clerk asks for a correction, the applicant corrects, the clerk accepts and the case goes to
 * the 鼓楼 authority, which signs for it and approves; the applicant sees the decision and both
 * notices are real Chinese PDFs. The applicant's own steps go through the services (the
 * application wizard is another screen); the staff work happens in the browser. The test thread
 * signs in only to read what the server holds, which is what the waits below poll.
 */
class CrossDistrictJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "Demo2026!";

    @Autowired
    CaseFiling filing;
    @Autowired
    CatalogQuery catalog;
    @Autowired
    Cases cases;
    @Autowired
    UserDetailsService users;
    private long caseId;

    @AfterEach
    void signOutTestThread() {
        SignIn.out();
    }

    @Test
    void correctedAtCangshanDecidedAtGulouAndTheApplicantGetsTheNotices() throws Exception {
        SignIn.as(users, "zhangwei");
        CaseSummary c = new Applications(filing, catalog).submitted("SCJG-001", "W350104", "350102");
        caseId = c.id();

        // 仓山 clerk: flags one material, passes the rest, one correction notice
        signIn("clerk.cangshan", PASSWORD);
        openFromQueue("window-queue-grid", c);
        SignIn.as(users, "clerk.cangshan");
        List<CheckItem> open = openLines(cases.details(c.id()).intakeChecklist());
        CheckItem flagged = open.get(0);
        WebElement reason = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#line-" + flagged.id() + "-reason input")));
        reason.sendKeys("营业执照复印件模糊，请重新扫描上传", Keys.TAB);
        give(flagged, "需补正", Verdict.NEEDS_CORRECTION, true);
        for (CheckItem line : open.subList(1, open.size())) {
            give(line, "符合", Verdict.CONFORMS, true);
        }
        browser.press("intake-request-correction");
        statusShows("待补正");
        signOut();

        // the applicant hands in a new scan of the flagged material and resubmits
        SignIn.as(users, "zhangwei");
        filing.addFile(c.id(), flagged.materialCode(), "重新扫描.pdf", new ByteArrayInputStream(Applications.pdf()), -1);
        filing.resubmit(c.id(), cases.get(c.id()).version());

        // the clerk checks what changed and accepts: transferred to 鼓楼
        signIn("clerk.cangshan", PASSWORD);
        openFromQueue("window-queue-grid", c);
        statusShows("已收件");
        SignIn.as(users, "clerk.cangshan");
        for (CheckItem line : openLines(cases.details(c.id()).intakeChecklist())) {
            give(line, "符合", Verdict.CONFORMS, true);
        }
        browser.press("intake-accept");
        browser.textShows("case-message", text -> text.contains("福州市鼓楼区市场监督管理局"));
        statusShows("已转办");
        signOut();

        // 鼓楼 officer: signs for, passes the review points, approves
        signIn("officer.gulou", PASSWORD);
        openFromQueue("authority-queue-grid", c);
        browser.press("review-sign-for");
        statusShows("审查中");
        SignIn.as(users, "officer.gulou");
        for (CheckItem line : openLines(cases.details(c.id()).reviewChecklist())) {
            give(line, "符合", Verdict.CONFORMS, false);
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#review-decision-reasons textarea")))
                .sendKeys("申请材料齐全，经审查符合法定条件", Keys.TAB);
        browser.press("review-approve");
        statusShows("准予许可");
        signOut();

        // the applicant sees the decision and downloads the notices
        signIn("zhangwei", PASSWORD);
        open("cases/" + c.id());
        statusShows("准予许可");
        SignIn.as(users, "zhangwei");
        List<IssuedNotice> notices = cases.details(c.id()).notices();
        String decision = pdfText(c.id(), notice(notices, NoticeKind.APPROVAL));
        assertThat(decision).contains(c.caseNumber()).contains("准予");
        String correction = pdfText(c.id(), notice(notices, NoticeKind.CORRECTION));
        assertThat(correction).contains(c.caseNumber()).contains("补正");
    }

    private void openFromQueue(String gridId, CaseSummary c) {
        visible(gridId);
        // the queue holds every case of the window or authority; the clerk looks this one up by number
        visible("filter-case-number").findElement(By.tagName("input")).sendKeys(c.caseNumber());
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + c.caseNumber() + "']"))).click();
        browser.textShows("case-number", c.caseNumber()::equals);
    }

    private static List<CheckItem> openLines(List<CheckItem> lines) {
        return lines.stream().filter(l -> l.verdict() == Verdict.OPEN).toList();
    }

    /**
     * Clicks the verdict's label (the radio input itself is transparent) and waits until the server
     * holds it and the browser has the answer: the first verdict claims the case and rebuilds the
     * screen, and a click on the old screen would be lost.
     */
    private void give(CheckItem line, String label, Verdict verdict, boolean intake) {
        browser.press(By.xpath("//vaadin-radio-group[@id='line-" + line.id() + "-verdict']//vaadin-radio-button[normalize-space(.)='"
                + label + "']/label"));
        wait.until(d -> verdictNow(line, intake) == verdict);
        browser.settled();
    }

    private Verdict verdictNow(CheckItem line, boolean intake) {
        var details = cases.details(caseId);
        return (intake ? details.intakeChecklist() : details.reviewChecklist()).stream()
                .filter(l -> l.id() == line.id()).findFirst().orElseThrow().verdict();
    }

    private void statusShows(String status) {
        browser.textShows("case-status", status::equals);
    }

    private static IssuedNotice notice(List<IssuedNotice> notices, NoticeKind kind) {
        return notices.stream().filter(n -> n.kind() == kind).findFirst().orElseThrow();
    }

    /** Downloads a notice as the signed-in browser would (its session cookie) and extracts the text. */
    private String pdfText(long id, IssuedNotice notice) throws IOException, InterruptedException {
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("case-notices/" + id + "/" + notice.id()))).header("Cookie", "JSESSIONID=" + session)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
