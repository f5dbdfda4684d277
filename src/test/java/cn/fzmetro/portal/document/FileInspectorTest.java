package cn.fzmetro.portal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The inspector on real files made in the test: what it accepts, what it refuses and why, and
 * that it never leaves bytes behind.
 */
class FileInspectorTest {

    private static final long LIMIT = 1024 * 1024;

    @TempDir
    Path folder;
    private Path tempDir;
    private FileInspector inspector;

    @BeforeEach
    void setUp() {
        tempDir = folder.resolve("tmp");
        inspector = new FileInspector(LIMIT, tempDir, Duration.ofSeconds(10), null);
    }

    @AfterEach
    void tearDown() {
        inspector.shutdown();
    }

    // ---- accepted ----

    @Test
    void aRealTwoPagePdfIsAcceptedWithItsPagesHashAndName() throws Exception {
        byte[] pdf = TestFiles.pdf(2, "business licence");
        try (InspectedFile file = inspect("营业执照副本.pdf", pdf)) {
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.pageCount()).isEqualTo(2);
            assertThat(file.size()).isEqualTo(pdf.length);
            assertThat(file.sha256()).isEqualTo(sha256(pdf));
            assertThat(file.originalName()).isEqualTo("营业执照副本.pdf");
            assertThat(tempFiles()).hasSize(1);
            assertThat(Files.readAllBytes(tempFiles().getFirst())).isEqualTo(pdf);
        }
        assertThat(tempFiles()).as("closing an unstored file deletes its bytes").isEmpty();
    }

    @Test
    void pngAndJpegAreAcceptedAsOnePage() {
        try (InspectedFile png = inspect("门头照片.png", TestFiles.png(40, 30));
                InspectedFile jpeg = inspect("身份证正面.jpg", TestFiles.jpeg(40, 30))) {
            assertThat(png.contentType()).isEqualTo("image/png");
            assertThat(png.pageCount()).isEqualTo(1);
            assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
            assertThat(jpeg.pageCount()).isEqualTo(1);
        }
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        try (InspectedFile file = inspect("scan.pdf", TestFiles.png(20, 20))) {
            assertThat(file.contentType()).isEqualTo("image/png");
        }
    }

    @Test
    void theSignaturesOfTheAcceptedTypesGiveWhatTikaGives() throws IOException {
        BytesExaminer examiner = new BytesExaminer(tempDir);
        Map<String, byte[]> samples = Map.of("pdf", TestFiles.pdf(1, "x"), "png", TestFiles.png(8, 8),
                "jpeg", TestFiles.jpeg(8, 8), "exe", TestFiles.windowsExecutable(), "ofd", TestFiles.ofd(1),
                "text", "%PDF is not at the start".getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
            Path probe = Files.write(folder.resolve("probe-" + sample.getKey()), sample.getValue());
            assertThat(examiner.detect(probe)).as(sample.getKey()).isEqualTo(examiner.detectWithTika(probe));
        }
    }

    @Test
    void aRealOfdIsAcceptedWithItsPageCount() {
        try (InspectedFile file = inspect("电子营业执照.ofd", TestFiles.ofd(3))) {
            assertThat(file.contentType()).isEqualTo("application/ofd");
            assertThat(file.pageCount()).isEqualTo(3);
        }
    }

    // ---- refused ----

    @Test
    void anEmptyFileIsRefused() {
        expectRefusal("空白.pdf", new byte[0], RefusalReason.EMPTY);
    }

    @Test
    void aWindowsProgramRenamedPdfIsRefusedAsExecutable() throws IOException {
        byte[] exe = TestFiles.windowsExecutable();
        Path probe = Files.write(folder.resolve("probe.pdf"), exe);
        assertThat(new BytesExaminer(tempDir).detect(probe).getBaseType().toString())
                .as("what Tika says about the bytes").isEqualTo("application/x-msdownload");
        expectRefusal("营业执照.pdf", exe, RefusalReason.EXECUTABLE);
    }

    @Test
    void aPdfWithAUserPasswordIsRefusedAsEncrypted() {
        byte[] pdf = TestFiles.encryptedPdf("owner-secret", "user-secret");
        assertThatThrownBy(() -> Loader.loadPDF(pdf)).isInstanceOf(InvalidPasswordException.class);
        expectRefusal("加密.pdf", pdf, RefusalReason.ENCRYPTED);
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsRefusedAsEncryptedAlthoughItOpens() throws IOException {
        byte[] pdf = TestFiles.encryptedPdf("owner-secret", "");
        try (PDDocument opened = Loader.loadPDF(pdf)) {
            assertThat(opened.isEncrypted()).as("opens with the empty user password, but is encrypted").isTrue();
        }
        expectRefusal("权限受限.pdf", pdf, RefusalReason.ENCRYPTED);
    }

    @Test
    void aTruncatedPdfIsRefusedAsDamaged() throws IOException {
        expectRefusal("章程.pdf", TestFiles.truncatedPdf(0.5), RefusalReason.DAMAGED);
        // cut off near the end, PDFBox alone rebuilds it and opens every page: only the missing end gives it away
        byte[] nearlyWhole = TestFiles.truncatedPdf(0.9);
        try (PDDocument lenient = Loader.loadPDF(nearlyWhole)) {
            assertThat(lenient.getNumberOfPages()).isEqualTo(3);
        }
        expectRefusal("章程（不完整）.pdf", nearlyWhole, RefusalReason.DAMAGED);
    }

    @Test
    void garbageAfterThePdfHeaderIsRefusedAsDamaged() {
        byte[] garbage = TestFiles.text("%PDF-1.7\n" + "这不是 PDF 的内容 ".repeat(50) + "\n%%EOF\n");
        expectRefusal("损坏.pdf", garbage, RefusalReason.DAMAGED);
        expectRefusal("损坏2.pdf", TestFiles.text("%PDF-1.4\n" + "x".repeat(300)), RefusalReason.DAMAGED);
    }

    @Test
    void anImageWithABrokenHeaderIsRefusedAsDamaged() {
        byte[] png = TestFiles.png(20, 20);
        byte[] broken = new byte[200];
        System.arraycopy(png, 0, broken, 0, 8);
        for (int i = 8; i < broken.length; i++) {
            broken[i] = (byte) (i * 7);
        }
        expectRefusal("照片.png", broken, RefusalReason.DAMAGED);
    }

    @Test
    void archivesAreRefused() {
        expectRefusal("材料.zip", TestFiles.zip("申请书.pdf", TestFiles.pdf(1, "inside")), RefusalReason.ARCHIVE);
        expectRefusal("材料.pdf", TestFiles.zip("a.txt", TestFiles.text("hello")), RefusalReason.ARCHIVE);
        expectRefusal("材料.gz", TestFiles.gzip(TestFiles.pdf(1, "inside")), RefusalReason.ARCHIVE);
        expectRefusal("材料.7z", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4, 1, 2, 3, 4, 5, 6, 7, 8,
                9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30}, RefusalReason.ARCHIVE);
        expectRefusal("材料.rar", new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00, 1, 2, 3, 4, 5, 6, 7, 8},
                RefusalReason.ARCHIVE);
    }

    @Test
    void aZipWithAFakeOfdXmlIsAnArchiveAndABrokenOfdIsDamaged() {
        expectRefusal("假的.ofd", TestFiles.zip("OFD.xml", TestFiles.text("<html><body>not ofd</body></html>")),
                RefusalReason.ARCHIVE);
        expectRefusal("缺页.ofd", TestFiles.ofd(2, false), RefusalReason.DAMAGED);
        expectRefusal("零页.ofd", TestFiles.ofd(0), RefusalReason.DAMAGED);
    }

    @Test
    void aTextFileNamedPngIsRefusedAsUnsupportedAndTheMessageSaysWhatItIs() {
        FileRefusedException e = expectRefusal("照片.png", TestFiles.text("我是一个文本文件，不是图片。\n"),
                RefusalReason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).contains("text/plain");
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileReadingWithoutKeepingTheRest() {
        FileInspector small = new FileInspector(4096, tempDir, Duration.ofSeconds(10), null);
        try {
            byte[] big = TestFiles.pdf(1, "x".repeat(100));
            byte[] over = new byte[4097 + big.length];
            System.arraycopy(big, 0, over, 0, big.length);
            CountingStream in = new CountingStream(over);
            FileRefusedException e = refusal(() -> small.inspect("大文件.pdf", in, -1));
            assertThat(e.reason()).isEqualTo(RefusalReason.TOO_LARGE);
            assertThat(e.getMessage()).contains("大文件.pdf").contains("4 KB");
            assertThat(in.read).as("reading stops one byte after the limit").isEqualTo(4097);
            assertThat(tempFiles()).isEmpty();
        } finally {
            small.shutdown();
        }
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedWithoutReadingAByte() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("must not be read");
            }
        };
        FileRefusedException e = refusal(() -> inspector.inspect("扫描件.pdf", untouchable, LIMIT + 1));
        assertThat(e.reason()).isEqualTo(RefusalReason.TOO_LARGE);
        assertThat(e.getMessage()).contains("扫描件.pdf").contains("1 MB");
    }

    @Test
    void anUploadShorterThanDeclaredIsRefusedAsIncomplete() {
        byte[] pdf = TestFiles.pdf(1, "short");
        FileRefusedException e = refusal(() -> inspector.inspect("申请书.pdf", new ByteArrayInputStream(pdf), pdf.length + 10));
        assertThat(e.reason()).isEqualTo(RefusalReason.INCOMPLETE);
        assertThat(e.getMessage()).contains("申请书.pdf");
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void parsingThatTakesTooLongIsCancelledAndRefusedAsDamaged() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        ContentExaminer hanging = file -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(); // never released: only the time bound ends this
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            throw new IOException("cancelled");
        };
        FileInspector bounded = new FileInspector(LIMIT, tempDir, Duration.ofMillis(200), hanging);
        try {
            FileRefusedException e = refusal(() -> bounded.inspect("复杂.pdf", new ByteArrayInputStream(TestFiles.pdf(1, "slow")), -1));
            assertThat(e.reason()).isEqualTo(RefusalReason.DAMAGED);
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the worker was interrupted").isTrue();
            assertThat(tempFiles()).isEmpty();
        } finally {
            bounded.shutdown();
        }
    }

    // ---- messages ----

    @Test
    void theMessageNamesTheSanitizedFileInBothLanguages() {
        FileRefusedException e = expectRefusal("C:\\Users\\李\\Desktop\\法人身份证.pdf", new byte[0], RefusalReason.EMPTY);
        assertThat(e.fileName()).isEqualTo("法人身份证.pdf");
        assertThat(e.getMessage()).isEqualTo("文件“法人身份证.pdf”是空文件（0 字节），请检查后重新上传。");
        assertThat(e.message(Locale.ENGLISH)).contains("法人身份证.pdf").contains("empty");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("document.file");
            assertThat(p.messageKey()).isEqualTo("document.refused.EMPTY");
            assertThat(p.args()).startsWith("法人身份证.pdf");
        });
    }

    // ---- helpers ----

    private InspectedFile inspect(String name, byte[] bytes) {
        return inspector.inspect(name, new ByteArrayInputStream(bytes), bytes.length);
    }

    /** Inspects and expects a refusal for the reason, with a Chinese message naming the file; nothing stays behind. */
    private FileRefusedException expectRefusal(String name, byte[] bytes, RefusalReason reason) {
        FileRefusedException e = refusal(() -> inspect(name, bytes));
        assertThat(e.reason()).as("reason for %s", name).isEqualTo(reason);
        assertThat(e.getMessage()).as("message for %s", name)
                .contains("“" + FileNames.sanitize(name) + "”")
                .isEqualTo(e.message(Locale.SIMPLIFIED_CHINESE));
        assertThat(tempFiles()).as("no bytes kept for a refused file").isEmpty();
        return e;
    }

    private static FileRefusedException refusal(ThrowingSupplier action) {
        try (InspectedFile accepted = action.get()) {
            return fail("expected a refusal, but %s was accepted", accepted);
        } catch (FileRefusedException e) {
            return e;
        }
    }

    @FunctionalInterface
    private interface ThrowingSupplier {
        InspectedFile get();
    }

    private java.util.List<Path> tempFiles() {
        if (!Files.isDirectory(tempDir)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(tempDir)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static final class CountingStream extends ByteArrayInputStream {
        int read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
