package cn.fzmetro.portal.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.fzmetro.portal.base.InvalidInputException.Problem;
import cn.fzmetro.portal.notice.NoticeContent.FieldText;
import cn.fzmetro.portal.notice.NoticeContent.Section;
import cn.fzmetro.portal.notice.PageFlow.Align;

/**
 * Lays a {@link NoticeContent} out as an A4 PDF: issuer and title centred; a header block (case
 * number, applicant, item, issuer, date) beside the verification QR code; the kind's fixed
 * wording; reasons and legal basis; the table; the sections; time limits and appeal rights; the
 * signature block; and on every page a footer with the complaint phone and "page x of y".
 * <p>
 * Every character is checked against the font before anything is drawn: a character the font
 * cannot print is refused by name instead of silently turning into an empty box.
 */
@Component
class NoticeRenderer {

    static final float BODY = 12f;
    static final float BODY_LEADING = 20f;
    static final float QR_SIZE = 86f;
    static final int MAX_PAGES = 80;

    private final NoticeFont font;
    private final Duration budget;

    NoticeRenderer(NoticeFont font, @Value("${portal.notice.render-timeout:20s}") Duration budget) {
        this.font = font;
        this.budget = budget;
    }

    /**
     * The notice as PDF bytes.
     *
     * @param verificationUrl what the QR code encodes (and the note under the signature prints)
     * @param createdAt       the moment of issue, written into the PDF's document information
     * @throws InvalidNoticeException   a character has no glyph, or the notice would exceed {@value #MAX_PAGES} pages
     * @throws NoticeRenderingException the time budget ran out or the PDF library failed
     */
    byte[] render(NoticeContent content, String verificationUrl, Instant createdAt) {
        checkGlyphs(content);
        long deadline = System.nanoTime() + budget.toNanos();
        try (NoticeFont.Face face = font.open()) {
            String title = NoticeTexts.zh(content.kind().titleKey());
            PageFlow flow = new PageFlow(face::advance, MAX_PAGES, deadline,
                    f -> continuationHeader(f, title, content.caseNumber()));
            flow.newPage();
            head(flow, content, title, verificationUrl);
            body(flow, content);
            closing(flow, content, verificationUrl);
            footers(flow, content);
            try (PDDocument document = new PDDocument()) {
                describe(document, content, createdAt);
                flow.paint(document, face.embed(document, flow.codePoints()));
                ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new NoticeRenderingException(NoticeTexts.zh("notice.error.render"), e);
        }
    }

    /** Refuses, by name, every character of the content that the font has no glyph for. */
    void checkGlyphs(NoticeContent content) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (FieldText text : content.texts()) {
            if (text.text() == null) {
                continue;
            }
            text.text().codePoints().forEach(cp -> {
                if ((cp == '\n' && text.multiLine()) || font.canPrint(cp)) {
                    return;
                }
                String character = new String(Character.toChars(cp));
                problems.putIfAbsent(text.field() + "|" + cp, new Problem(text.field(), "notice.validation.no-glyph",
                        character, String.format("U+%04X", cp)));
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidNoticeException(new ArrayList<>(problems.values()));
        }
    }

    private static void describe(PDDocument document, NoticeContent content, Instant createdAt) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(NoticeTexts.zh(content.kind().titleKey()) + " " + content.caseNumber());
        info.setAuthor(content.issuedBy());
        info.setCreator(NoticeTexts.zh("notice.pdf.creator"));
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(createdAt.toEpochMilli());
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage("zh-CN");
    }

    private static void head(PageFlow flow, NoticeContent content, String title, String verificationUrl) {
        flow.paragraph(content.issuedBy(), 14f, 22f, 0f, Align.CENTER, false);
        flow.gap(2f);
        flow.paragraph(title, 22f, 34f, 0f, Align.CENTER, true);
        flow.gap(12f);

        float top = flow.y();
        float qrX = flow.right() - QR_SIZE;
        flow.mark((cs, f) -> QrCodes.draw(cs, verificationUrl, qrX, top - QR_SIZE, QR_SIZE));
        String caption = NoticeTexts.zh("notice.qr.caption");
        float captionWidth = flow.textWidth(caption, 8f);
        flow.text(caption, qrX + (QR_SIZE - captionWidth) / 2, top - QR_SIZE - 9f, 8f, false, 0.35f);

        float labelWidth = 5 * 10.5f + 6f;
        float valueX = flow.left() + labelWidth;
        float valueWidth = qrX - 14f - valueX;
        List<String[]> facts = List.of(
                new String[] {NoticeTexts.zh("notice.header.case-number"), content.caseNumber()},
                new String[] {NoticeTexts.zh("notice.header.applicant"), content.applicantName()},
                new String[] {NoticeTexts.zh("notice.header.item"), content.itemName()},
                new String[] {NoticeTexts.zh("notice.header.issued-by"), content.issuedBy()},
                new String[] {NoticeTexts.zh("notice.header.issued-on"), date(content.issuedOn())});
        float leading = 17f;
        for (String[] fact : facts) {
            List<String> lines = flow.wrap(fact[1], 10.5f, valueWidth, 0f, true);
            float base = PageFlow.baseline(flow.y(), leading, 10.5f);
            flow.text(fact[0], flow.left(), base, 10.5f, false, 0.35f);
            for (String line : lines) {
                flow.text(line, valueX, PageFlow.baseline(flow.y(), leading, 10.5f), 10.5f, false, 0f);
                flow.gap(leading);
            }
        }
        flow.moveTo(Math.min(flow.y(), top - QR_SIZE - 16f));
        flow.gap(6f);
        flow.rule(0.8f);
        flow.gap(14f);
    }

    private static void body(PageFlow flow, NoticeContent content) {
        NoticeKind kind = content.kind();
        flow.paragraph(NoticeTexts.zh("notice.salutation", content.addressee()), BODY, BODY_LEADING, 0f,
                Align.LEFT, false);
        flow.paragraph(NoticeTexts.zh("notice.intro." + kind.name(), content.itemName(), date(content.issuedOn()),
                content.applicantName()), BODY, BODY_LEADING, 2 * BODY, Align.LEFT, false);
        // an adverse decision says "reasons and basis as follows": they come first
        if (content.reason() != null && !content.reason().isBlank()) {
            section(flow, NoticeTexts.zh(kind.isAdverseDecision() ? "notice.heading.reason." + kind.name()
                    : "notice.heading.reason"), List.of(content.reason()));
        }
        if (content.legalBasis() != null && !content.legalBasis().isBlank()) {
            section(flow, NoticeTexts.zh("notice.heading.legal-basis"), List.of(content.legalBasis()));
        }
        if (content.hasTable()) {
            flow.gap(8f);
            flow.table(content.table().header(), content.table().rows(), 9.5f, 14f, 4f);
            flow.gap(6f);
        }
        for (Section section : content.sections()) {
            section(flow, section.heading(), section.paragraphs());
        }
        section(flow, NoticeTexts.zh("notice.heading.time-limits"), List.of(content.timeLimitsText()));
        if (content.appealText() != null && !content.appealText().isBlank()) {
            section(flow, NoticeTexts.zh("notice.heading.appeal"), List.of(content.appealText()));
        }
    }

    private static void section(PageFlow flow, String heading, List<String> paragraphs) {
        flow.gap(4f);
        // never leave a heading alone at the foot of a page
        flow.keep(23f + 2 * BODY_LEADING);
        flow.paragraph(heading, 12.5f, 23f, 0f, Align.LEFT, true);
        for (String p : paragraphs) {
            flow.paragraph(p, BODY, BODY_LEADING, 2 * BODY, Align.LEFT, false);
        }
    }

    private static void closing(PageFlow flow, NoticeContent content, String verificationUrl) {
        flow.gap(16f);
        flow.keep(2 * 22f + 40f);
        float x = flow.left() + flow.width() / 2;
        float w = flow.width() / 2;
        flow.paragraph(content.issuedBy(), x, w, BODY, 22f, 0f, Align.RIGHT, false, 0f);
        flow.paragraph(date(content.issuedOn()), x, w, BODY, 22f, 0f, Align.RIGHT, false, 0f);
        flow.gap(10f);
        flow.note(NoticeTexts.zh("notice.verify-note", verificationUrl), 8.5f, 13f);
    }

    private static void continuationHeader(PageFlow flow, String title, String caseNumber) {
        float base = PageFlow.baseline(flow.y(), 14f, 9f);
        flow.text(NoticeTexts.zh("notice.continued", title), flow.left(), base, 9f, false, 0.35f);
        String number = NoticeTexts.zh("notice.footer.case-number", caseNumber);
        flow.text(number, flow.right() - flow.textWidth(number, 9f), base, 9f, false, 0.35f);
        flow.gap(16f);
        flow.rule(0.4f);
        flow.gap(12f);
    }

    /** Footers last, when the number of pages is known. */
    private static void footers(PageFlow flow, NoticeContent content) {
        int pages = flow.pages();
        String complaint = NoticeTexts.zh("notice.footer.complaint", content.complaintPhone());
        String number = NoticeTexts.zh("notice.footer.case-number", content.caseNumber());
        float size = 8.5f;
        float base = PageFlow.BOTTOM - 34f;
        for (int i = 0; i < pages; i++) {
            flow.toPage(i);
            flow.line(0.4f, 0.5f, base + 14f);
            flow.text(complaint, flow.left(), base, size, false, 0.25f);
            flow.text(number, flow.left() + (flow.width() - flow.textWidth(number, size)) / 2, base, size, false,
                    0.25f);
            String pageText = NoticeTexts.zh("notice.footer.page", String.valueOf(i + 1), String.valueOf(pages));
            flow.text(pageText, flow.right() - flow.textWidth(pageText, size), base, size, false, 0.25f);
        }
    }

    static String date(LocalDate date) {
        return NoticeTexts.zh("notice.date", String.valueOf(date.getYear()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getDayOfMonth()));
    }
}
