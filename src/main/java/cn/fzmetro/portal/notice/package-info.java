/**
 * Written notices (文书): printable Chinese PDFs, their registry and their public verification.
 * <p>
 * Case modules only <em>describe</em> a notice as a {@link cn.fzmetro.portal.notice.NoticeContent};
 * {@link cn.fzmetro.portal.notice.Notices} renders it with the embedded WenQuanYi Micro Hei font,
 * stores the exact bytes with their SHA-256 fingerprint under a random token, and the public page
 * {@code /verify/{token}} (linked from the QR code printed on every notice) shows what was issued
 * and checks an uploaded file against the fingerprint.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices")
package cn.fzmetro.portal.notice;
