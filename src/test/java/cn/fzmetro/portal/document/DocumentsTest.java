package cn.fzmetro.portal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;

/** The store on the real context: one copy per content, one row per upload, reading by policy only. */
@PortalSpringTest
class DocumentsTest {

    private static final String OWNER = TestOwnerPolicy.OWNER_TYPE;

    @Autowired
    Documents documents;
    @Autowired
    FileRecordRepository records;
    @Autowired
    FileSystemBlobStore blobs;
    @Autowired
    FileInspector inspector;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;
    @Autowired
    ObjectProvider<FileAccessPolicy> policies;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestOwnerPolicy policy;
    @Autowired
    UserDetailsService users;
    @Value("${portal.data-dir}")
    Path dataDir;

    private PortalUser applicant;
    private long ownerId;

    @BeforeEach
    void signIn() {
        applicant = SignIn.as(users, "zhangwei");
        ownerId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    }

    @AfterEach
    void signOut() {
        policy.revokeAll();
        SignIn.out();
    }

    @Test
    void theSameContentTwiceIsStoredOnceWithTwoRows() throws Exception {
        byte[] pdf = TestFiles.pdf(2, "unique " + UUID.randomUUID());
        String sha256 = FileInspectorTest.sha256(pdf);
        List<Path> tempBefore = files(FileSystemBlobStore.tempDirOf(dataDir));
        Instant before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        StoredFile first = documents.store("营业执照.pdf", in(pdf), pdf.length, OWNER, ownerId);
        Path blob = blobs.pathOf(sha256);
        assertThat(blob).isEqualTo(FileSystemBlobStore.rootOf(dataDir).resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4)).resolve(sha256));
        assertThat(Files.readAllBytes(blob)).isEqualTo(pdf);
        Instant writtenAt = Files.getLastModifiedTime(blob).toInstant();

        StoredFile second = documents.store("营业执照（再次上传）.pdf", in(pdf), pdf.length, OWNER, ownerId);

        assertThat(first.sha256()).isEqualTo(sha256).isEqualTo(second.sha256());
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(records.countBySha256(sha256)).isEqualTo(2);
        assertThat(blobsNamed(sha256)).as("one copy of the bytes").containsExactly(blob);
        assertThat(Files.getLastModifiedTime(blob).toInstant()).as("not rewritten").isEqualTo(writtenAt);
        assertThat(files(FileSystemBlobStore.tempDirOf(dataDir))).as("no temporary files left")
                .containsExactlyInAnyOrderElementsOf(tempBefore);

        assertThat(first.size()).isEqualTo(pdf.length);
        assertThat(first.contentType()).isEqualTo("application/pdf");
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(first.originalName()).isEqualTo("营业执照.pdf");
        assertThat(first.uploadedBy()).isEqualTo(applicant.id());
        assertThat(first.uploadedAt()).isBetween(before, clock.instant());
        assertThat(documents.totalBytes(OWNER, ownerId)).isEqualTo(2L * pdf.length);
    }

    @Test
    void theCaseLimitRefusesTheFileThatWouldExceedItAndStoresNothing() {
        byte[] pdf = TestFiles.pdf(1, "limit " + UUID.randomUUID());
        Documents limited = new Documents(inspector, records, blobs, currentUser, clock, policies, jdbc,
                2L * pdf.length + 10);
        limited.store("第一份.pdf", in(pdf), pdf.length, OWNER, ownerId);
        limited.store("第二份.pdf", in(pdf), pdf.length, OWNER, ownerId);
        long rows = records.count();

        assertThatThrownBy(() -> limited.store("第三份.pdf", in(pdf), pdf.length, OWNER, ownerId))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RefusalReason.CASE_LIMIT);
                    assertThat(e.getMessage()).contains("“第三份.pdf”");
                });
        assertThat(records.count()).isEqualTo(rows);
        assertThat(limited.totalBytes(OWNER, ownerId)).isEqualTo(2L * pdf.length);
        assertThat(documents.limits()).isEqualTo(new UploadLimits(20L * 1024 * 1024, 200L * 1024 * 1024));
    }

    @Test
    void aRefusedUploadLeavesNoRow() {
        long rows = records.count();
        assertThatThrownBy(() -> documents.store("身份证.pdf", in(TestFiles.windowsExecutable()), -1, OWNER, ownerId))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusalReason.EXECUTABLE));
        assertThat(records.count()).isEqualTo(rows);
    }

    @Test
    void filesAreReadableOnlyWhenAPolicyAllowsIt() throws IOException {
        byte[] png = TestFiles.png(32, 32);
        StoredFile stored = documents.store("门头照.png", in(png), png.length, OWNER, ownerId);

        assertThat(documents.find(stored.id())).as("the uploader alone has no right to read").isEmpty();
        assertThat(documents.open(stored.id())).isEmpty();
        assertThat(documents.list(OWNER, ownerId)).isEmpty();

        policy.grant(applicant, ownerId);
        assertThat(documents.find(stored.id())).contains(stored);
        assertThat(documents.list(OWNER, ownerId)).containsExactly(stored);
        OpenedFile opened = documents.open(stored.id()).orElseThrow();
        try (InputStream bytes = opened.content().getInputStream()) {
            assertThat(bytes.readAllBytes()).isEqualTo(png);
        }

        SignIn.as(users, "clerk.cangshan");
        assertThat(documents.open(stored.id())).as("another user, not granted").isEmpty();
        assertThat(documents.open(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void removeTakesAFileOnlyFromTheOwnerItBelongsTo() {
        byte[] jpeg = TestFiles.jpeg(16, 16);
        StoredFile stored = documents.store("照片.jpg", in(jpeg), jpeg.length, OWNER, ownerId);
        policy.grant(applicant, ownerId);

        assertThat(documents.remove(stored.id(), OWNER, ownerId + 1)).isFalse();
        assertThat(documents.find(stored.id())).isPresent();
        assertThat(documents.remove(stored.id(), OWNER, ownerId)).isTrue();
        assertThat(documents.find(stored.id())).isEmpty();
        assertThat(blobs.contains(stored.sha256())).as("bytes are kept; other rows may share them").isTrue();
    }

    @Test
    void nobodySignedInMayUseTheStore() {
        SignIn.out();
        byte[] pdf = TestFiles.pdf(1, "anonymous");
        assertThatThrownBy(() -> documents.store("a.pdf", in(pdf), pdf.length, OWNER, ownerId))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> documents.inspect("a.pdf", in(pdf), pdf.length))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> documents.open(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anOwnerMustBeNamedProperly() {
        byte[] pdf = TestFiles.pdf(1, "owner");
        assertThatThrownBy(() -> documents.store("a.pdf", in(pdf), pdf.length, "case; drop", ownerId))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> documents.store("a.pdf", in(pdf), pdf.length, OWNER, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private List<Path> blobsNamed(String sha256) throws IOException {
        try (Stream<Path> all = Files.walk(FileSystemBlobStore.rootOf(dataDir))) {
            return all.filter(p -> p.getFileName().toString().equals(sha256)).toList();
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.toList();
        }
    }
}
