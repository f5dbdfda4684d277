package cn.fzmetro.portal.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    /**
     * The type of the bytes: the accepted types by their signatures first (what Tika's magic for
     * them matches, and what the PDF or image check then has to parse), Tika for everything else.
     * Tika's full magic scan costs about a millisecond and a half a file even for a small PDF, and
     * nearly every upload is a PDF or a photo.
     */
    MediaType detect(Path file) throws IOException {
        MediaType signed = bySignature(file);
        return signed != null ? signed : detectWithTika(file);
    }

    MediaType detectWithTika(Path file) throws IOException {
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            // TikaInputStream records the (temporary) file name: detection must not see any name
            metadata.remove(TikaCoreProperties.RESOURCE_NAME_KEY);
            return Tika.DETECTOR.detect(in, metadata);
        }
    }

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private static MediaType bySignature(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, n, PDF_SIGNATURE)) {
            return MediaType.application("pdf");
        }
        if (startsWith(head, n, PNG_SIGNATURE)) {
            return MediaType.image("png");
        }
        if (startsWith(head, n, JPEG_SIGNATURE)) {
            return MediaType.image("jpeg");
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int length, byte[] signature) {
        return length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
