package cn.fzmetro.portal.notice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntToDoubleFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import cn.fzmetro.portal.base.InvalidInputException.Problem;

/**
 * A minimal flow layout on A4 pages: wrapped Chinese paragraphs and tables that continue on the
 * next page (repeating their header row), with a running cursor {@link #y()} measured from the
 * bottom of the page. Line breaking follows the usual Chinese rules closely enough for notices:
 * a break may fall between any two Han characters, Latin words and numbers stay whole when they
 * fit, closing punctuation never starts a line in paragraphs (it hangs into the margin) and an
 * opening bracket never ends one.
 * <p>
 * Layout comes first and paints nothing: each page collects its marks (text lines, rules, table
 * cells, the QR code), and the characters used are noted. Only then is the font embedded, with
 * exactly those characters, and the marks are painted onto PDF pages ({@link #paint}). Widths are
 * measured on the full font, in the same thousandths of an em that the embedded font declares.
 * <p>
 * Rendering is bounded: at most {@code maxPages} pages and a deadline on the monotonic clock.
 */
final class PageFlow {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_X = 62f;
    static final float TOP = 52f;
    static final float BOTTOM = 64f;

    private static final String CLOSING = "，。、；：？！）》」』〉】〕”’…％";
    private static final String OPENING = "（《「『〈【〔“‘";
    /** Table rows up to this many lines are kept on one page; longer ones may split. */
    private static final int KEEP_ROW_LINES = 8;

    enum Align {
        LEFT, CENTER, RIGHT
    }

    /** Something drawn on a page once the font is known. */
    @FunctionalInterface
    interface Mark {
        void paint(PDPageContentStream cs, PDFont font) throws IOException;
    }

    private final IntToDoubleFunction advance;
    private final int maxPages;
    private final long deadlineNanos;
    private final Consumer<PageFlow> continuationHeader;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final List<List<Mark>> pages = new ArrayList<>();
    private final Set<Integer> codePoints = new HashSet<>();
    private List<Mark> page;
    private float y;

    /**
     * @param advance a character's advance width in thousandths of an em (as the embedded font's
     *                width table states it)
     */
    PageFlow(IntToDoubleFunction advance, int maxPages, long deadlineNanos, Consumer<PageFlow> continuationHeader) {
        this.advance = advance;
        this.maxPages = maxPages;
        this.deadlineNanos = deadlineNanos;
        this.continuationHeader = continuationHeader;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    float left() {
        return MARGIN_X;
    }

    float right() {
        return PAGE.getWidth() - MARGIN_X;
    }

    float width() {
        return right() - left();
    }

    /** Adds a mark to the current page. */
    void mark(Mark mark) {
        page.add(mark);
    }

    int pages() {
        return pages.size();
    }

    /** Makes page {@code index} (from 0) the one further marks go to, e.g. for footers once all pages are laid out. */
    void toPage(int index) {
        page = pages.get(index);
    }

    /** The characters of all text laid out so far: what the embedded font must contain. */
    Set<Integer> codePoints() {
        return codePoints;
    }

    void newPage() {
        checkBudget();
        if (pages.size() >= maxPages) {
            throw new InvalidNoticeException(List.of(
                    new Problem("notice.field.content", "notice.validation.too-many-pages", maxPages)));
        }
        page = new ArrayList<>();
        pages.add(page);
        y = PAGE.getHeight() - TOP;
        if (pages.size() > 1 && continuationHeader != null) {
            continuationHeader.accept(this);
        }
    }

    /** Paints every page's marks onto new pages of {@code document}, in the font embedded for them. */
    void paint(PDDocument document, PDFont font) throws IOException {
        for (List<Mark> marks : pages) {
            checkBudget();
            PDPage pdfPage = new PDPage(PAGE);
            document.addPage(pdfPage);
            try (PDPageContentStream cs = new PDPageContentStream(document, pdfPage)) {
                for (Mark m : marks) {
                    m.paint(cs, font);
                }
            }
        }
    }

    void checkBudget() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new NoticeRenderingException(NoticeTexts.zh("notice.error.timeout"));
        }
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin. */
    void keep(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void gap(float height) {
        y -= height;
    }

    /** A horizontal rule across the text width at the cursor. */
    void rule(float thickness) {
        line(thickness, 0.2f, y);
    }

    /** A horizontal line across the text width at {@code lineY}, in grey {@code grey}. */
    void line(float thickness, float grey, float lineY) {
        float x0 = left();
        float x1 = right();
        mark((cs, font) -> {
            cs.setLineWidth(thickness);
            cs.setStrokingColor(grey);
            cs.moveTo(x0, lineY);
            cs.lineTo(x1, lineY);
            cs.stroke();
            cs.setStrokingColor(0f);
        });
    }

    /** A paragraph over the full text width, flowing across pages line by line. */
    void paragraph(String text, float size, float leading, float firstIndent, Align align, boolean bold) {
        paragraph(text, left(), width(), size, leading, firstIndent, align, bold, 0f);
    }

    /** A paragraph in grey, e.g. notes. */
    void note(String text, float size, float leading) {
        paragraph(text, left(), width(), size, leading, 0f, Align.LEFT, false, 0.35f);
    }

    void paragraph(String text, float x, float width, float size, float leading, float firstIndent, Align align,
            boolean bold, float grey) {
        for (String part : text.split("\n", -1)) {
            if (part.isBlank()) {
                y -= leading / 2;
                continue;
            }
            List<String> lines = wrap(part, size, width, firstIndent, true);
            for (int i = 0; i < lines.size(); i++) {
                keep(leading);
                String line = lines.get(i);
                float lineX = switch (align) {
                    case LEFT -> x + (i == 0 ? firstIndent : 0f);
                    case CENTER -> x + (width - textWidth(line, size)) / 2;
                    case RIGHT -> x + width - textWidth(line, size);
                };
                text(line, lineX, baseline(y, leading, size), size, bold, grey);
                y -= leading;
            }
        }
    }

    /** Where to put the baseline so the em box sits in the middle of a line box starting at {@code top}. */
    static float baseline(float top, float leading, float size) {
        return top - leading / 2 - 0.38f * size;
    }

    /** Writes one line; "bold" is the one font filled and stroked, as the font has no bold face. */
    void text(String text, float x, float baseline, float size, boolean bold, float grey) {
        text.codePoints().forEach(codePoints::add);
        mark((cs, font) -> {
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(grey);
            if (bold) {
                cs.setStrokingColor(grey);
                cs.setLineWidth(size * 0.035f);
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.endText();
            cs.setNonStrokingColor(0f);
            cs.setStrokingColor(0f);
        });
    }

    float textWidth(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += charWidth(cp);
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    private float charWidth(int codePoint) {
        return widths.computeIfAbsent(codePoint, cp -> (float) advance.applyAsDouble(cp));
    }

    /**
     * Breaks one paragraph (no line breaks in it) into lines of at most {@code width}, the first
     * {@code firstIndent} narrower. With {@code hang}, closing punctuation that does not fit hangs
     * past the line end instead of starting the next line.
     */
    List<String> wrap(String text, float size, float width, float firstIndent, boolean hang) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        float limit = width - firstIndent;
        for (String token : tokens(text)) {
            float w = textWidth(token, size);
            if (used + w <= limit + 0.01f) {
                line.append(token);
                used += w;
                continue;
            }
            if (hang && !line.isEmpty() && CLOSING.contains(token)) {
                line.append(token);
                used += w;
                continue;
            }
            if (token.isBlank()) {
                if (!line.isEmpty()) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    used = 0;
                    limit = width;
                }
                continue;
            }
            if (!line.isEmpty()) {
                String carry = "";
                int last = line.codePointBefore(line.length());
                if (OPENING.indexOf(last) >= 0 && line.length() > Character.charCount(last)) {
                    carry = new String(Character.toChars(last));
                    line.setLength(line.length() - carry.length());
                }
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(carry);
                used = textWidth(carry, size);
                limit = width;
            }
            if (used + w <= limit + 0.01f) {
                line.append(token);
                used += w;
            } else {
                // longer than a whole line (a long number or address): break it anywhere
                for (int i = 0; i < token.length(); ) {
                    int cp = token.codePointAt(i);
                    float cw = charWidth(cp) * size / 1000f;
                    if (used + cw > limit + 0.01f && !line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                        limit = width;
                    }
                    line.appendCodePoint(cp);
                    used += cw;
                    i += Character.charCount(cp);
                }
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Runs of printable ASCII (words, numbers, URLs) stay together; every other character is a token of its own. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp > 0x20 && cp < 0x7f) {
                int j = i;
                while (j < text.length() && text.charAt(j) > 0x20 && text.charAt(j) < 0x7f) {
                    j++;
                }
                tokens.add(text.substring(i, j));
                i = j;
            } else {
                tokens.add(new String(Character.toChars(cp)));
                i += Character.charCount(cp);
            }
        }
        return tokens;
    }

    /**
     * A table over the full text width. Rows that do not fit continue on the next page under a
     * repeated header row; a row taller than {@value #KEEP_ROW_LINES} lines may itself be split.
     */
    void table(List<String> header, List<List<String>> rows, float size, float leading, float padding) {
        float[] columns = columnWidths(header, rows, size, padding);
        List<List<String>> headerLines = cellLines(header, columns, size, padding);
        float headerHeight = height(headerLines, leading, padding);
        keep(headerHeight + leading * 2 + padding * 2);
        row(headerLines, 0, lines(headerLines), columns, size, leading, padding, true);
        int rowsOnPage = 0;
        for (List<String> row : rows) {
            checkBudget();
            List<List<String>> cells = cellLines(row, columns, size, padding);
            int total = lines(cells);
            int done = 0;
            while (done < total) {
                int fit = (int) Math.floor((y - BOTTOM - 2 * padding) / leading);
                int remaining = total - done;
                if (fit < remaining && rowsOnPage > 0 && (remaining <= KEEP_ROW_LINES || fit < 2)) {
                    continueTable(headerLines, columns, size, leading, padding);
                    rowsOnPage = 0;
                    continue;
                }
                if (fit < 1) {
                    continueTable(headerLines, columns, size, leading, padding);
                    rowsOnPage = 0;
                    continue;
                }
                int n = Math.min(fit, remaining);
                row(cells, done, n, columns, size, leading, padding, false);
                done += n;
                rowsOnPage++;
                if (done < total) {
                    continueTable(headerLines, columns, size, leading, padding);
                    rowsOnPage = 0;
                }
            }
        }
    }

    private void continueTable(List<List<String>> headerLines, float[] columns, float size, float leading,
            float padding) {
        newPage();
        row(headerLines, 0, lines(headerLines), columns, size, leading, padding, true);
    }

    /** Draws lines {@code from .. from+count} of each cell as one band of the row. */
    private void row(List<List<String>> cells, int from, int count, float[] columns, float size, float leading,
            float padding, boolean header) {
        float height = count * leading + 2 * padding;
        float bottom = y - height;
        float x0 = left();
        float total = width();
        mark((cs, font) -> {
            if (header) {
                cs.setNonStrokingColor(0.92f);
                cs.addRect(x0, bottom, total, height);
                cs.fill();
                cs.setNonStrokingColor(0f);
            }
            cs.setLineWidth(0.5f);
            cs.setStrokingColor(0.3f);
            float cellX = x0;
            for (float w : columns) {
                cs.addRect(cellX, bottom, w, height);
                cellX += w;
            }
            cs.stroke();
            cs.setStrokingColor(0f);
        });
        float x = left();
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = cells.get(c);
            for (int k = from; k < Math.min(from + count, lines.size()); k++) {
                float top = y - padding - (k - from) * leading;
                text(lines.get(k), x + padding, baseline(top, leading, size), size, header, 0f);
            }
            x += columns[c];
        }
        y -= height;
    }

    private List<List<String>> cellLines(List<String> cells, float[] columns, float size, float padding) {
        List<List<String>> result = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = new ArrayList<>();
            for (String part : cells.get(c).split("\n", -1)) {
                lines.addAll(wrap(part, size, columns[c] - 2 * padding, 0f, false));
            }
            result.add(lines);
        }
        return result;
    }

    private static int lines(List<List<String>> cells) {
        return Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
    }

    private static float height(List<List<String>> cells, float leading, float padding) {
        return lines(cells) * leading + 2 * padding;
    }

    /**
     * Column widths that fill the text width: each column wants the width of its widest line, at
     * least three characters; if they do not all fit, the room beyond the minimum is shared in
     * proportion to what each column wants beyond it.
     */
    private float[] columnWidths(List<String> header, List<List<String>> rows, float size, float padding) {
        int n = header.size();
        float total = width();
        float[] natural = new float[n];
        float[] minimum = new float[n];
        for (int c = 0; c < n; c++) {
            float widest = widestLine(header.get(c), size);
            for (List<String> row : rows) {
                widest = Math.max(widest, widestLine(row.get(c), size));
            }
            natural[c] = Math.min(total, widest + 2 * padding + 1f);
            minimum[c] = Math.min(natural[c], 3 * size + 2 * padding + 1f);
        }
        float sumNatural = sum(natural);
        float[] widths = new float[n];
        if (sumNatural <= total) {
            for (int c = 0; c < n; c++) {
                widths[c] = natural[c] * total / sumNatural;
            }
            return widths;
        }
        float room = total - sum(minimum);
        float wanted = sumNatural - sum(minimum);
        for (int c = 0; c < n; c++) {
            widths[c] = minimum[c] + (wanted <= 0 ? room / n : room * (natural[c] - minimum[c]) / wanted);
        }
        return widths;
    }

    private float widestLine(String text, float size) {
        float widest = 0;
        for (String part : text.split("\n", -1)) {
            widest = Math.max(widest, textWidth(part, size));
        }
        return widest;
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
