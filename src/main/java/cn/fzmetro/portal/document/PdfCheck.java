package cn.fzmetro.portal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF must open with PDFBox, not be encrypted in any way, have at least one page and page
 * contents that decode. PDFBox is lenient and rebuilds a cut-off file from what is left, so a
 * file must also end with {@code %%EOF} (in its last 2 KB, PDFBox's own look-up range): a
 * truncated upload is refused instead of silently losing pages.
 */
final class PdfCheck {

    /** PDFBox keeps at most this much in memory while parsing, the rest in temporary files. */
    static final long MAX_MAIN_MEMORY = 8L * 1024 * 1024;
    private static final int EOF_LOOKUP = 2048;
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final Path tempDir;

    PdfCheck(Path tempDir) {
        this.tempDir = tempDir;
    }

    int pageCount(Path file) throws IOException {
        if (!endsWithEofMarker(file)) {
            throw new Refusal(RefusalReason.DAMAGED);
        }
        var cache = MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY).setTempDir(tempDir.toFile()).streamCache;
        try (RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(file.toFile());
                PDDocument document = Loader.loadPDF(source, "", null, null, cache)) {
            if (document.isEncrypted()) {
                throw new Refusal(RefusalReason.ENCRYPTED);
            }
            int pages = document.getNumberOfPages();
            if (pages < 1) {
                throw new Refusal(RefusalReason.DAMAGED);
            }
            int seen = 0;
            for (PDPage page : document.getPages()) {
                seen++;
                drain(page.getContents());
            }
            if (seen != pages) {
                throw new Refusal(RefusalReason.DAMAGED);
            }
            return pages;
        } catch (InvalidPasswordException e) {
            // a user password is set: the file does not even open
            throw new Refusal(RefusalReason.ENCRYPTED);
        }
    }

    static boolean endsWithEofMarker(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int length = (int) Math.min(size, EOF_LOOKUP);
            ByteBuffer tail = ByteBuffer.allocate(length);
            channel.position(size - length);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // read the whole tail
            }
            byte[] bytes = tail.array();
            outer:
            for (int i = bytes.length - EOF_MARKER.length; i >= 0; i--) {
                for (int j = 0; j < EOF_MARKER.length; j++) {
                    if (bytes[i + j] != EOF_MARKER[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }

    /** Decodes a content stream to the end, stopping when the inspection was cancelled. */
    private static void drain(InputStream in) throws IOException {
        if (in == null) {
            return;
        }
        try (in) {
            byte[] buffer = new byte[16 * 1024];
            while (in.read(buffer) != -1) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("PDF inspection cancelled");
                }
            }
        }
    }
}
