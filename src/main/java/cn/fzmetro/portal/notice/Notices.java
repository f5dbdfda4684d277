package cn.fzmetro.portal.notice;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.InvalidInputException.Problem;
import cn.fzmetro.portal.document.GeneratedFiles;

/**
 * Issues, keeps and verifies notices (文书). Case modules describe a notice as a
 * {@link NoticeContent} and call {@link #issue}; the PDF is rendered with the embedded Chinese
 * font, fingerprinted (SHA-256 of the exact bytes), kept in the file store under that fingerprint
 * and registered, announced as {@link NoticeIssued} and can then be checked by anyone at
 * {@code <portal.public-url>/verify/<token>} through the QR code printed on it.
 * <p>
 * Who may issue or download a notice is decided by the calling case module (it knows the case's
 * scope); this service does not check it. Verification by token is public by design and returns
 * no personal data.
 */
@Service
public class Notices {

    /** Tokens: 18 random bytes, URL-safe Base64 without padding = 24 characters, 144 bits. */
    private static final int TOKEN_BYTES = 18;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,64}");

    private final NoticeRenderer renderer;
    private final NoticeRegistry registry;
    private final NoticeRecordRepository records;
    private final GeneratedFiles files;
    private final Clock clock;
    private final String publicUrl;
    private final Duration timeout;
    private final ThreadPoolExecutor executor;
    private final SecureRandom random = new SecureRandom();

    Notices(NoticeRenderer renderer, NoticeRegistry registry, NoticeRecordRepository records, GeneratedFiles files,
            Clock clock,
            @Value("${portal.public-url:http://localhost:8080}") String publicUrl,
            @Value("${portal.notice.render-timeout:20s}") Duration timeout,
            @Value("${portal.notice.render-threads:2}") int threads,
            @Value("${portal.notice.render-queue:32}") int queue) {
        this.renderer = renderer;
        this.registry = registry;
        this.records = records;
        this.files = files;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "notice-render-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Renders, fingerprints and registers a notice. Runs in the caller's transaction if there is
     * one, so a notice belonging to a case transition is only registered if the transition
     * commits. The PDF goes to the file store first (not through the database: a receipt is about
     * 47 KB, and every submission issues one); a transaction that rolls back leaves it there
     * unregistered, never shown to anyone, like an upload of a refused step.
     *
     * @throws InvalidNoticeException   the notice is dated in the future, a character has no glyph in the font
     *                                  (named in the message), or it would be too long
     * @throws NoticeRenderingException rendering failed or ran out of time
     */
    public IssuedNotice issue(NoticeContent content) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        if (content.issuedOn().isAfter(today)) {
            throw new InvalidNoticeException(List.of(new Problem("notice.field.issued-on",
                    "notice.validation.future-date", NoticeRenderer.date(today))));
        }
        String token = newToken();
        byte[] pdf = renderer.render(content, verificationUrl(token), now);
        return registry.register(token, content, files.keep(pdf), pdf.length, now);
    }

    /**
     * {@link #issue} on the notice renderer's own small thread pool, for views: the UI thread is not
     * blocked, at most {@code portal.notice.render-threads} notices render at once, and the future
     * fails with a {@link TimeoutException} after {@code portal.notice.render-timeout}. When the
     * queue is full, the future fails at once with a {@link NoticeRenderingException}.
     */
    public CompletableFuture<IssuedNotice> issueAsync(NoticeContent content) {
        try {
            return CompletableFuture.supplyAsync(() -> issue(content), executor)
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new NoticeRenderingException(NoticeTexts.zh("notice.error.busy"), e));
        }
    }

    /**
     * The PDF bytes exactly as issued, for download, checked against the fingerprint. The caller
     * decides who may have them.
     *
     * @throws NoSuchElementException no notice with this id
     * @throws IllegalStateException  the file store lost or altered the notice's bytes
     */
    @Transactional(readOnly = true)
    public byte[] pdf(long noticeId) {
        NoticeRecord notice = records.findById(noticeId)
                .orElseThrow(() -> new NoSuchElementException("no notice with id " + noticeId));
        // notices issued before the file store took them (migration V31) keep their bytes in the row
        return notice.pdf() != null ? notice.pdf() : files.read(notice.sha256());
    }

    /** The notices issued for a case, oldest first. */
    @Transactional(readOnly = true)
    public List<IssuedNotice> forCase(String caseNumber) {
        return records.findIssuedByCaseNumber(caseNumber);
    }

    /** Public: what the verification page may show about the notice with this token (no personal data). */
    @Transactional(readOnly = true)
    public Optional<VerifiableNotice> findByToken(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        // MySQL's default collation compares case-insensitively; tokens are case-sensitive
        return records.findVerifiableByToken(token).filter(n -> n.token().equals(token));
    }

    /** Public: whether {@code pdf} is, byte for byte, the notice issued under {@code token}. */
    @Transactional(readOnly = true)
    public FingerprintCheck checkFingerprint(String token, byte[] pdf) {
        String uploaded = GeneratedFiles.sha256(pdf);
        return findByToken(token)
                .map(n -> new FingerprintCheck(MessageDigest.isEqual(HexFormat.of().parseHex(n.sha256()),
                        HexFormat.of().parseHex(uploaded)) ? FingerprintCheck.Authenticity.GENUINE
                                : FingerprintCheck.Authenticity.NOT_GENUINE, uploaded))
                .orElse(new FingerprintCheck(FingerprintCheck.Authenticity.UNKNOWN_NOTICE, uploaded));
    }

    /** The address printed in the QR code of the notice with this token. */
    public String verificationUrl(String token) {
        return publicUrl + "/verify/" + token;
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @PreDestroy
    void shutDown() {
        executor.shutdownNow();
    }
}
