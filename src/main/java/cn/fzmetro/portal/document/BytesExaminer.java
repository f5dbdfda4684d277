package cn.fzmetro.portal.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Detects the type with Apache Tika from the bytes alone (the name and the browser's claim are
 * never passed to Tika), then checks that an accepted type really is what it says.
 */
final class BytesExaminer implements ContentExaminer {

    private static final MediaType ZIP = MediaType.application("zip");

    private final Detector detector;
    private final MediaTypeRegistry registry;
    private final PdfCheck pdf;

    BytesExaminer(Path tempDir) {
        TikaConfig tika = Tika.CONFIG;
        this.detector = tika.getDetector();
        this.registry = tika.getMediaTypeRegistry();
        this.pdf = new PdfCheck(tempDir);
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
                if (FileTypes.isExecutable(type, registry)) {
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

    /** Loading Tika's configuration scans the class path: done once. */
    private static final class Tika {
        static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
    }

    MediaType detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            // TikaInputStream records the (temporary) file name: detection must not see any name
            metadata.remove(TikaCoreProperties.RESOURCE_NAME_KEY);
            return detector.detect(in, metadata);
        }
    }
}
