package cn.fzmetro.portal.notice;

import java.time.LocalDate;

/**
 * What anyone holding the QR code may learn about a notice: no applicant name, no identity
 * numbers, nothing of the notice's content beyond its kind, case number, issuer and date.
 */
public record VerifiableNotice(String token, NoticeKind kind, String caseNumber, String issuedBy,
        LocalDate issuedOn, String sha256) {
}
