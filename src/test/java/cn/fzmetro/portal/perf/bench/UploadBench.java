package cn.fzmetro.portal.perf.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.PortalApplication;
import cn.fzmetro.portal.document.Documents;
import cn.fzmetro.portal.document.InspectionProbe;
import cn.fzmetro.portal.document.StoredFile;
import cn.fzmetro.portal.testsupport.SignIn;

/**
 * A 20 MB upload: the content detection the upload path decides by (Tika, from the bytes), the
 * PDF check with its page count, and the whole accept path ({@link Documents#store(String,
 * InputStream, long, String, long)}: receive while hashing, detect, check and count pages, move
 * into the content-addressed store, write the file record), in the portal's own Spring context
 * (test profile, in-memory H2, files under target/perf/upload-data) as a signed-in applicant.
 */
final class UploadBench {

    private final Path work;
    private final int warmups;
    private final int detectRuns;
    private final int acceptRuns;

    UploadBench(Path work) {
        this.work = work;
        this.warmups = Integer.getInteger("perf.upload.warmups", 5);
        this.detectRuns = Integer.getInteger("perf.upload.detect-runs", 30);
        this.acceptRuns = Integer.getInteger("perf.upload.accept-runs", 20);
    }

    void run() throws Exception {
        Path pdf = SamplePdf.ensure(work.resolve("sample-20mb.pdf"));
        long size = Files.size(pdf);
        System.out.printf("Sample %s: %.1f MB%n", pdf, size / 1024.0 / 1024.0);

        Path tempDir = Files.createDirectories(work.resolve("upload-tmp"));
        InspectionProbe probe = new InspectionProbe(tempDir);
        Stats detect = new Stats("upload 20 MB PDF: content detection (Tika)", "ms");
        Stats examine = new Stats("upload 20 MB PDF: detection + PDF check + page count", "ms");
        int pages = 0;
        for (int i = -warmups; i < detectRuns; i++) {
            long t0 = System.nanoTime();
            String type = probe.detect(pdf);
            long t1 = System.nanoTime();
            pages = probe.examine(pdf);
            long t2 = System.nanoTime();
            if (!"application/pdf".equals(type)) {
                throw new IllegalStateException("the sample was detected as " + type);
            }
            if (i >= 0) {
                detect.add((t1 - t0) / 1e6);
                examine.add((t2 - t1) / 1e6);
            }
        }
        System.out.println("Pages counted: " + pages);

        Stats accept = new Stats("upload 20 MB PDF: whole accept path (Documents.store)", "ms");
        Path dataDir = work.resolve("upload-data");
        Benchmarks.deleteTree(dataDir);
        System.out.println("Starting the portal's Spring context (test profile) for the accept path...");
        // command-line arguments: they win over the test profile's own data folder and DB_URL
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .profiles("test").run("--server.port=0", "--portal.data-dir=" + dataDir.toAbsolutePath(),
                        "--spring.datasource.url=jdbc:h2:mem:perf-upload;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR;DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa", "--spring.datasource.password=")) {
            Documents documents = context.getBean(Documents.class);
            SignIn.as(context.getBean(UserDetailsService.class), "zhangwei");
            for (int i = -warmups; i < acceptRuns; i++) {
                // a new owner per upload: the per-case total limit (200 MB) must not refuse the 11th upload
                long owner = 1_000_000L + i + warmups;
                long t0 = System.nanoTime();
                StoredFile stored;
                try (InputStream in = Files.newInputStream(pdf)) {
                    stored = documents.store("bench.pdf", in, size, "BENCH", owner);
                }
                long t1 = System.nanoTime();
                if (stored.pageCount() != pages) {
                    throw new IllegalStateException("stored " + stored.pageCount() + " pages, expected " + pages);
                }
                // the same bytes again would only be de-duplicated: take the content out so each run stores anew
                Benchmarks.deleteTree(dataDir.resolve("files").resolve(stored.sha256().substring(0, 2)));
                if (i >= 0) {
                    accept.add((t1 - t0) / 1e6);
                }
            }
            SignIn.out();
        }
        Benchmarks.table(List.of(detect, examine, accept));
    }
}
