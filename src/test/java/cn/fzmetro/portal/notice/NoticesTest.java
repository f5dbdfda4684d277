package cn.fzmetro.portal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.fzmetro.portal.document.GeneratedFiles;
import cn.fzmetro.portal.notice.FingerprintCheck.Authenticity;
import cn.fzmetro.portal.testsupport.PortalSpringTest;

/** Issuing through the service, on the real database: the registry, the fingerprint and the checks. */
@PortalSpringTest
@RecordApplicationEvents
class NoticesTest {

    @Autowired
    Notices notices;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${portal.data-dir}")
    Path dataDir;

    @Test
    void anIssuedNoticeIsStoredByteForByteUnderItsFingerprintAndAnnounced() {
        IssuedNotice issued = notices.issue(content(NoticeKind.ACCEPTANCE, "350104-20261101-000301"));

        byte[] pdf = notices.pdf(issued.id());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(issued.sha256()).hasSize(64).isEqualTo(GeneratedFiles.sha256(pdf));
        assertThat(issued.kind()).isEqualTo(NoticeKind.ACCEPTANCE);
        assertThat(issued.caseNumber()).isEqualTo("350104-20261101-000301");
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(events.stream(NoticeIssued.class))
                .anySatisfy(e -> assertThat(e.noticeId()).isEqualTo(issued.id()));
    }

    @Test
    void theBytesLiveInTheFileStoreUnderTheFingerprintAndAreCheckedAgainstItOnEveryRead() throws Exception {
        IssuedNotice issued = notices.issue(content(NoticeKind.RECEIPT, "350104-20261101-000309"));

        Path file = dataDir.resolve("files").resolve(issued.sha256().substring(0, 2))
                .resolve(issued.sha256().substring(2, 4)).resolve(issued.sha256());
        assertThat(Files.readAllBytes(file)).isEqualTo(notices.pdf(issued.id()));
        assertThat(jdbc.queryForObject("SELECT pdf_size FROM issued_notice WHERE id = ?", Integer.class,
                issued.id())).isEqualTo((int) Files.size(file));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM issued_notice WHERE id = ? AND pdf IS NULL",
                Integer.class, issued.id())).as("no bytes in the database row").isOne();

        byte[] altered = Files.readAllBytes(file);
        altered[altered.length / 2] ^= 1;
        Files.write(file, altered);
        assertThatThrownBy(() -> notices.pdf(issued.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer matches");
        Files.delete(file);
        assertThatThrownBy(() -> notices.pdf(issued.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void aNoticeIssuedBeforeTheFileStoreTookNoticesIsStillReadFromItsRow() {
        byte[] pdf = "%PDF-1.7 issued before migration V31".getBytes(StandardCharsets.US_ASCII);
        jdbc.update("INSERT INTO issued_notice (token, kind, case_number, sha256, issued_on, issued_by, created_at,"
                + " pdf_size, pdf) VALUES ('OldNoticeToken0000000001', 'RECEIPT', '350104-20261101-000310', ?, ?,"
                + " '福州市鼓楼区市场监督管理局', ?, ?, ?)", GeneratedFiles.sha256(pdf), LocalDate.now(clock),
                Timestamp.from(clock.instant()), pdf.length, pdf);
        IssuedNotice old = notices.forCase("350104-20261101-000310").getFirst();

        assertThat(notices.pdf(old.id())).isEqualTo(pdf);
        assertThat(notices.checkFingerprint(old.token(), pdf).result()).isEqualTo(Authenticity.GENUINE);
    }

    @Test
    void tokensAreRandomUrlSafeAndLongEnoughNotToBeGuessed() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            tokens.add(notices.issue(content(NoticeKind.RECEIPT, "350104-20261101-000302")).token());
        }
        assertThat(tokens).hasSize(3).allSatisfy(t -> assertThat(t).matches("[A-Za-z0-9_-]{22,}"));
        assertThat(notices.verificationUrl("abc")).isEqualTo("http://localhost:8080/verify/abc");
    }

    @Test
    void theNoticesOfACaseAreListedOldestFirst() {
        IssuedNotice receipt = notices.issue(content(NoticeKind.RECEIPT, "350104-20261101-000303"));
        IssuedNotice correction = notices.issue(content(NoticeKind.CORRECTION, "350104-20261101-000303"));
        notices.issue(content(NoticeKind.RECEIPT, "350104-20261101-000304"));

        assertThat(notices.forCase("350104-20261101-000303")).containsExactly(receipt, correction);
        assertThat(notices.forCase("350104-20261101-999999")).isEmpty();
    }

    @Test
    void verificationShowsTheIssuerButNoPersonalDataAndComparesFingerprints() {
        IssuedNotice issued = notices.issue(content(NoticeKind.DENIAL, "350104-20261101-000305"));

        VerifiableNotice shown = notices.findByToken(issued.token()).orElseThrow();
        assertThat(shown.kind()).isEqualTo(NoticeKind.DENIAL);
        assertThat(shown.issuedBy()).isEqualTo("福州市鼓楼区市场监督管理局");
        assertThat(shown.sha256()).isEqualTo(issued.sha256());
        assertThat(shown.toString()).doesNotContain("林堃喆");

        byte[] pdf = notices.pdf(issued.id());
        assertThat(notices.checkFingerprint(issued.token(), pdf).result()).isEqualTo(Authenticity.GENUINE);
        byte[] altered = Arrays.copyOf(pdf, pdf.length);
        altered[altered.length / 2] ^= 1;
        FingerprintCheck check = notices.checkFingerprint(issued.token(), altered);
        assertThat(check.result()).isEqualTo(Authenticity.NOT_GENUINE);
        assertThat(check.uploadedSha256()).isEqualTo(GeneratedFiles.sha256(altered)).isNotEqualTo(issued.sha256());
        assertThat(notices.checkFingerprint("NoSuchTokenNoSuchToken00", pdf).result())
                .isEqualTo(Authenticity.UNKNOWN_NOTICE);
        assertThat(notices.findByToken("../../etc/passwd")).isEmpty();
        assertThat(notices.findByToken(swapCase(issued.token()))).as("tokens are case-sensitive on every database")
                .isEmpty();
    }

    @Test
    void aNoticeDatedInTheFutureIsRefusedAndNothingIsStored() {
        NoticeContent tomorrow = NoticeSamples.builder(NoticeKind.ACCEPTANCE, "350104-20261101-000306", 0)
                .issuedOn(LocalDate.now(clock).plusDays(1)).build();
        assertThatThrownBy(() -> notices.issue(tomorrow)).isInstanceOf(InvalidNoticeException.class)
                .hasMessageContaining("出具日期不得晚于今天");
        NoticeContent unprintable = NoticeSamples.builder(NoticeKind.ACCEPTANCE, "350104-20261101-000306", 0)
                .issuedOn(LocalDate.now(clock)).applicant("王😀").build();
        assertThatThrownBy(() -> notices.issue(unprintable)).hasMessageContaining("😀");
        assertThat(notices.forCase("350104-20261101-000306")).isEmpty();
    }

    @Test
    void anUnknownNoticeHasNoPdf() {
        assertThatThrownBy(() -> notices.pdf(-1)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void issuingAsynchronouslyRendersOffTheCallersThread() throws Exception {
        IssuedNotice issued = notices.issueAsync(content(NoticeKind.APPROVAL, "350104-20261101-000307"))
                .get(60, TimeUnit.SECONDS);
        assertThat(notices.forCase("350104-20261101-000307")).containsExactly(issued);
        assertThat(notices.issueAsync(NoticeSamples.builder(NoticeKind.APPROVAL, "350104-20261101-000308", 0)
                .issuedOn(LocalDate.now(clock).plusDays(3)).build()))
                .failsWithin(60, TimeUnit.SECONDS).withThrowableThat().havingCause()
                .isInstanceOf(InvalidNoticeException.class);
    }

    private static String swapCase(String token) {
        StringBuilder swapped = new StringBuilder();
        token.chars().forEach(c -> swapped.append((char) (Character.isUpperCase(c) ? Character.toLowerCase(c)
                : Character.toUpperCase(c))));
        return swapped.toString();
    }

    private NoticeContent content(NoticeKind kind, String caseNumber) {
        return NoticeSamples.builder(kind, caseNumber, 3).issuedOn(LocalDate.now(clock)).build();
    }
}
