package cn.fzmetro.portal.notice;

import java.time.LocalDate;

/**
 * Published when a notice has been rendered and registered (in the registering transaction), so
 * that e.g. notifications can tell the applicant that a notice is ready to download.
 */
public record NoticeIssued(long noticeId, String token, NoticeKind kind, String caseNumber, LocalDate issuedOn) {
}
