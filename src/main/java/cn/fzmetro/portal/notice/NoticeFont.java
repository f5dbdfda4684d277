package cn.fzmetro.portal.notice;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The notice font: WenQuanYi Micro Hei (Apache-2.0, {@code fonts/WQY-MicroHei-LICENSE.txt}), a
 * TrueType collection covering GBK and CJK Extension A, committed under {@code src/main/resources/fonts}
 * so notices render the same on any machine, with nothing installed.
 * <p>
 * The file is read from the class path once and kept in memory; its Unicode cmap is kept for the
 * glyph check. Each document gets a parsed copy of the font for its exclusive use (copies are
 * pooled, as parsing is the expensive part) and its own subset-embedded {@link PDType0Font}:
 * PDFBox fonts are bound to one document, and a parsed font must not be read by two threads at once.
 */
@Component
class NoticeFont {

    static final String RESOURCE = "fonts/wqy-microhei.ttc";
    static final String FACE = "WenQuanYiMicroHei";

    /** Parsed copies kept for reuse; each is used by one document at a time. */
    private static final int MAX_IDLE = 4;

    private final byte[] collection;
    private final CmapLookup cmap;
    private final Queue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();

    NoticeFont() {
        try (InputStream in = NoticeFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("notice font missing from the class path: " + RESOURCE);
            }
            this.collection = in.readAllBytes();
            // a copy of its own for the glyph check: its lookup is read-only from here on
            this.cmap = parse(collection).getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the notice font " + RESOURCE, e);
        }
    }

    /** Whether the font has a glyph for this Unicode code point (glyph 0 is .notdef: no glyph). */
    boolean canPrint(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /**
     * A parsed copy of the font for the exclusive use of one document until closed, taken from a
     * small pool of parsed copies (parsing the collection costs far more than embedding a subset).
     * All copies come from the bytes in memory, never from disk. Close it after the document is
     * saved: the subset is written on save and reads the font data until then.
     */
    Face open() throws IOException {
        TrueTypeFont face = idle.poll();
        return new Face(face != null ? face : parse(collection));
    }

    private static TrueTypeFont parse(byte[] collection) throws IOException {
        // the collection's streams live in memory; the face keeps what it needs of them
        TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(collection));
        TrueTypeFont face = ttc.getFontByName(FACE);
        if (face == null) {
            throw new IllegalStateException("face " + FACE + " not found in " + RESOURCE);
        }
        return face;
    }

    /** The font of one document. */
    final class Face implements Closeable {

        private final TrueTypeFont face;

        private Face(TrueTypeFont face) {
            this.face = face;
        }

        /** The document's own font, embedded as a subset of the glyphs used. */
        PDType0Font embedIn(PDDocument document) throws IOException {
            return PDType0Font.load(document, face, true);
        }

        /** Back to the pool, for the next document. */
        @Override
        public void close() {
            if (idle.size() < MAX_IDLE) {
                idle.offer(face);
            }
        }
    }
}
