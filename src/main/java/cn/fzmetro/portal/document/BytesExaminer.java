package cn.fzmetro.portal.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Detects the type with Apache Tika from the bytes alone (the name and the browser's claim are
 * never passed to Tika), then checks that an accepted type really is what it says.
 */
final class BytesExaminer implements ContentExaminer {

    private static final MediaType ZIP = MediaType.application("zip");

    private final PdfCheck pdf;

    BytesExaminer(Path tempDir) {
        this.pdf = new PdfCheck(tempDir);
    }

    /** Loads Tika's type definitions and detectors now, so the first upload does not wait for them. */
    static void load() {
        Objects.requireNonNull(Tika.DETECTOR);
    }

    @Override
    public Examined examine(Path file) throws IOException {
        MediaType type = detect(file);
        String base = type.getBaseType().toString();
        switch (base) {
            case FileTypes.PDF -> {
                return new Examined(FileTypes.PDF, pdf.pageCount(file));
            }
            case FileTypes.JPEG, FileTypes.PNG -> {
                ImageCheck.check(file, base);
                return new Examined(base, 1);
            }
            default -> {
                // checked before archives: an OFD is a zip, and a Java archive is a program
                if (FileTypes.isExecutable(type, Tika.TYPES.getMediaTypeRegistry())) {
                    throw new Refusal(RefusalReason.EXECUTABLE);
                }
                if (type.getBaseType().equals(ZIP) || FileTypes.OFD.equals(base)) {
                    Optional<Integer> pages = OfdCheck.pageCount(file);
                    if (pages.isPresent()) {
                        return new Examined(FileTypes.OFD, pages.get());
                    }
                }
                if (FileTypes.isArchive(type)) {
                    throw new Refusal(RefusalReason.ARCHIVE);
                }
                throw new Refusal(RefusalReason.UNSUPPORTED_TYPE, base);
            }
        }
    }

    /**
     * Tika's type definitions and detectors (the same the default configuration builds, without
     * its parsers, which inspection never uses), loaded once on first use: reading them scans the
     * class path, which the portal's start need not wait for.
     */
    private static final class Tika {
        static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
        static final Detector DETECTOR = new DefaultDetector(TYPES);
    }

    MediaType detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            // TikaInputStream records the (temporary) file name: detection must not see any name
            metadata.remove(TikaCoreProperties.RESOURCE_NAME_KEY);
            return Tika.DETECTOR.detect(in, metadata);
        }
    }
}
