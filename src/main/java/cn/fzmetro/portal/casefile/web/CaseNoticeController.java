package cn.fzmetro.portal.casefile.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fzmetro.portal.casefile.CaseNotFoundException;
import cn.fzmetro.portal.casefile.Cases;

/**
 * A case's notices as PDF, exactly as issued: for the applicant to download and staff to print.
 * Whoever may not see the case (or, for applicants, the internal transfer slip) gets 404 as if it
 * did not exist; {@code ?inline=true} shows it in the browser's viewer.
 */
@RestController
class CaseNoticeController {

    static final String PATHS = "/case-notices/**";

    private final Cases cases;

    CaseNoticeController(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/case-notices/{caseId}/{noticeId}")
    ResponseEntity<byte[]> download(@PathVariable("caseId") long caseId, @PathVariable("noticeId") long noticeId,
            @RequestParam(name = "inline", defaultValue = "false") boolean inline) {
        byte[] pdf;
        try {
            pdf = cases.noticePdf(caseId, noticeId);
        } catch (CaseNotFoundException e) {
            return ResponseEntity.notFound().build();
        }
        String name = "notice-" + caseId + "-" + noticeId + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(pdf.length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        (inline ? ContentDisposition.inline() : ContentDisposition.attachment()).filename(name).build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(pdf);
    }
}
