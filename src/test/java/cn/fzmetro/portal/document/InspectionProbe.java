package cn.fzmetro.portal.document;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the document module's package-private inspection steps to the benchmarks
 * ({@code perf.bench}), so they time exactly the calls an upload goes through.
 */
public final class InspectionProbe {

    private final BytesExaminer examiner;

    public InspectionProbe(Path tempDir) {
        this.examiner = new BytesExaminer(tempDir);
    }

    /** The content type Tika detects from the bytes (what the upload path decides by). */
    public String detect(Path file) throws IOException {
        return examiner.detect(file).getBaseType().toString();
    }

    /** Detection plus the type's own check (for a PDF: not encrypted, complete, pages decode); the page count. */
    public int examine(Path file) throws IOException {
        return examiner.examine(file).pageCount();
    }
}
