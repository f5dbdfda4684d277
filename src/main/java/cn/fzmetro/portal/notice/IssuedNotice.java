package cn.fzmetro.portal.notice;

import java.time.LocalDate;

/**
 * A notice as registered: {@code token} is the random, URL-safe key printed in its QR code
 * ({@code /verify/{token}}), {@code sha256} the hex fingerprint of the exact PDF bytes issued.
 */
public record IssuedNotice(long id, String token, NoticeKind kind, String caseNumber, String sha256,
        LocalDate issuedOn) {
}
