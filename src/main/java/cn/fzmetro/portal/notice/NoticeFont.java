package cn.fzmetro.portal.notice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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
 * pooled, as parsing is the expensive part; a parsed font must not be read by two threads at once):
 * it measures the text while the notice is laid out, and then gives the document a font of exactly
 * the characters laid out ({@link Face#embed}).
 * <p>
 * Why not PDFBox's own subsetting: it starts from the whole font and, for every document, builds
 * and reads back the width of each of its 30,000 glyphs and a glyph map as long as the highest
 * glyph number, before it subsets on save; with a few hundred characters per notice that was
 * most of the time a notice took. Cutting the subset first and embedding that small font whole
 * gives the same PDF content (a tagged subset font, widths, ToUnicode) for a fraction of the work.
 */
@Component
class NoticeFont {

    static final String RESOURCE = "fonts/wqy-microhei.ttc";
    static final String FACE = "WenQuanYiMicroHei";

    /** Parsed copies kept for reuse; each is used by one document at a time. */
    private static final int MAX_IDLE = 4;
    /**
     * The tables the embedded subset keeps: the outlines and hinting (what PDFBox's own subset
     * keeps) and cmap, name, OS/2 and post, which PDFBox reads back from the subset to encode the
     * text and describe the font. Layout tables such as GSUB are left out: they name glyphs by
     * their numbers in the whole font.
     */
    private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post");

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

    /** Six capital letters from the characters, as PDF subset fonts are named (ISO 32000-1, 9.6.4). */
    static String tag(Set<Integer> sortedCodePoints) {
        long hash = 17;
        for (int cp : sortedCodePoints) {
            hash = 31 * hash + cp;
        }
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash = Math.floorDiv(hash, 26);
        }
        return tag.append('+').toString();
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
        private final CmapLookup lookup;
        private final float perMille;

        private Face(TrueTypeFont face) throws IOException {
            this.face = face;
            this.lookup = face.getUnicodeCmapLookup();
            this.perMille = 1000f / face.getHeader().getUnitsPerEm();
        }

        /**
         * A character's advance width in thousandths of an em, rounded as the embedded font's width
         * table (W) states it, so that what is measured is what a reader lays out.
         */
        float advance(int codePoint) {
            try {
                return Math.round(face.getAdvanceWidth(lookup.getGlyphId(codePoint)) * perMille);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Embeds in {@code document} a subset of the font with exactly these characters, named with
         * the usual six-letter subset tag, and returns it for the text of the document.
         */
        PDType0Font embed(PDDocument document, Set<Integer> codePoints) throws IOException {
            Set<Integer> sorted = new TreeSet<>(codePoints);
            TTFSubsetter subsetter = new TTFSubsetter(face, SUBSET_TABLES);
            subsetter.setPrefix(tag(sorted));
            subsetter.addAll(sorted);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            subsetter.writeToStream(bytes);
            TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(bytes.toByteArray()));
            // whole, not subset again: it already holds only what the document uses
            return PDType0Font.load(document, subset, false);
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
