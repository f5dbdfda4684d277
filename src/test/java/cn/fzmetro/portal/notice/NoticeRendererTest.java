package cn.fzmetro.portal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The PDF itself: Chinese text that really embeds and extracts, tables across pages, the QR code, the size. */
class NoticeRendererTest {

    private static final NoticeFont FONT = new NoticeFont();
    private static final String URL = "http://localhost:8080/verify/AbCdEfGhIjKlMnOpQrStUvWx";
    private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");

    private final NoticeRenderer renderer = new NoticeRenderer(FONT, Duration.ofSeconds(30));

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void everyKindRendersItsChineseTitleCaseAndApplicantWithTheFontEmbedded(NoticeKind kind) throws IOException {
        String caseNumber = "350104-20260305-0000" + (10 + kind.ordinal());
        byte[] pdf = renderer.render(NoticeSamples.builder(kind, caseNumber, 40).build(), URL, NOW);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            String title = NoticeTexts.zh(kind.titleKey());
            assertThat(text).contains(title, caseNumber, NoticeSamples.APPLICANT, "林堃喆", "福州昇达", NoticeSamples.ITEM)
                    .contains("第40项材料").contains("监督投诉电话：0591-12345");
            assertThat(doc.getNumberOfPages()).as("a 40-row table continues on the next page").isGreaterThan(1);
            int pages = doc.getNumberOfPages();
            assertThat(text).contains("第 " + pages + " 页 / 共 " + pages + " 页");

            PDFTextStripper secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            assertThat(secondPage.getText(doc)).as("the header row is repeated on the next page")
                    .contains("材料名称", "依据（收件标准）").contains(title + "（续）");

            PDFont font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title + " " + caseNumber);
        }
    }

    @Test
    void refusalsAndDenialsPrintReasonsBasisAndAppealRights() throws IOException {
        byte[] pdf = renderer.render(NoticeSamples.builder(NoticeKind.DENIAL, "350104-20260305-000020", 0).build(),
                URL, NOW);
        String text = text(pdf);
        assertThat(text).contains("不予许可的理由", "法律依据", "救济途径", "《中华人民共和国食品安全法》第三十五条")
                .contains("六十日内向福州市人民政府申请行政复议").contains("六个月内依法向福州市鼓楼区人民法院提起行政诉讼");
    }

    @Test
    void theQrCodeOnTheFirstPageDecodesToTheVerificationAddress() throws Exception {
        byte[] pdf = renderer.render(NoticeSamples.builder(NoticeKind.CORRECTION, "350104-20260305-000021", 40).build(),
                URL, NOW);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminance(page)));
            String decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
            assertThat(decoded).isEqualTo(URL);
        }
        assertThat(text(pdf)).as("the address is also printed for those who cannot scan").contains(URL);
    }

    @Test
    void aOnePageNoticeIsSmall() throws IOException {
        NoticeContent receipt = NoticeSamples.builder(NoticeKind.RECEIPT, "350104-20260305-000022", 0)
                .table(List.of("序号", "材料名称", "份数", "形式"), List.of(
                        List.of("1", "食品经营许可申请书", "1", "原件"),
                        List.of("2", "营业执照或者其他主体资格证明文件", "1", "复印件"),
                        List.of("3", "与食品经营相适应的主要设备设施布局、操作流程等文件", "1", "原件"),
                        List.of("4", "食品安全自查、从业人员健康管理、进货查验记录等食品安全管理制度", "1", "原件"),
                        List.of("5", "法定代表人（负责人）身份证明", "1", "复印件"),
                        List.of("6", "委托代理人办理的授权委托书及代理人身份证明", "1", "原件")))
                .build();
        byte[] pdf = renderer.render(receipt, URL, NOW);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(pdf.length).as("subset-embedded font, vector QR code").isLessThan(60 * 1024);
    }

    @Test
    void theEmbeddedFontHoldsJustTheCharactersOfTheNoticeWithTheWidthsTheLayoutMeasured() throws IOException {
        byte[] pdf = renderer.render(NoticeSamples.builder(NoticeKind.REFUSAL, "350104-20260305-000027", 5).build(),
                URL, NOW);
        try (PDDocument doc = Loader.loadPDF(pdf); NoticeFont.Face face = FONT.open()) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            PDFont font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            TrueTypeFont embedded = ((PDCIDFontType2) ((PDType0Font) font).getDescendantFont()).getTrueTypeFont();
            CmapLookup cmap = embedded.getUnicodeCmapLookup();
            // every character printed is in the subset, with the width the line breaking used
            text.codePoints().distinct().forEach(cp -> {
                assertThat(cmap.getGlyphId(cp)).as("glyph of %s", Character.toString(cp)).isPositive();
                try {
                    assertThat(font.getStringWidth(Character.toString(cp))).as("width of %s", Character.toString(cp))
                            .isEqualTo(face.advance(cp));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // and little else: composite glyphs bring their components, but not the font's 30,000 glyphs
            long distinct = text.codePoints().distinct().count();
            assertThat(embedded.getNumberOfGlyphs()).isBetween((int) distinct, 3 * (int) distinct);
            assertThat(cmap.getGlyphId('鑫')).as("a character not in the notice").isZero();
        }
    }

    @Test
    void aCharacterWithoutGlyphIsRefusedByNameBeforeAnythingIsDrawn() {
        NoticeContent rareName = NoticeSamples.builder(NoticeKind.ACCEPTANCE, "350104-20260305-000023", 0)
                .applicant("张𠀀").build();
        assertThatThrownBy(() -> renderer.render(rareName, URL, NOW))
                .isInstanceOfSatisfying(InvalidNoticeException.class, e -> {
                    assertThat(e.getMessage()).contains("申请人", "“𠀀”", "U+20000", "没有字形");
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("notice.field.applicant-name");
                        assertThat(p.messageKey()).isEqualTo("notice.validation.no-glyph");
                    });
                });

        NoticeContent emoji = NoticeSamples.builder(NoticeKind.RECEIPT, "350104-20260305-000024", 0)
                .table(List.of("材料", "备注"), List.of(List.of("身份证复印件", "已核对😀"))).build();
        assertThatThrownBy(() -> renderer.render(emoji, URL, NOW))
                .isInstanceOf(InvalidNoticeException.class)
                .hasMessageContaining("表格单元格").hasMessageContaining("😀").hasMessageContaining("U+1F600");
    }

    @Test
    void aVeryLongCellIsSplitAcrossPagesWithoutLosingText() throws IOException {
        String longCell = "经营场所应当与有毒、有害场所以及其他污染源保持规定的距离。".repeat(30);
        NoticeContent content = NoticeSamples.builder(NoticeKind.CORRECTION, "350104-20260305-000025", 0)
                .table(List.of("材料名称", "问题"), List.of(List.of("场所说明", longCell), List.of("末行材料", "末行问题")))
                .build();
        byte[] pdf = renderer.render(content, URL, NOW);
        String text = text(pdf).replaceAll("\\s", "");
        assertThat(text).contains(longCell.substring(0, 60)).contains("末行问题");
        assertThat(text.split("经营场所应当与有毒", -1)).hasSize(31);
    }

    @Test
    void noticesRenderedAtTheSameTimeEachGetTheirOwnFont() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                NoticeContent content = NoticeSamples.builder(NoticeKind.values()[i], "350104-20260305-00005" + i, 12)
                        .build();
                pdfs.add(pool.submit(() -> renderer.render(content, URL, NOW)));
            }
            for (int i = 0; i < pdfs.size(); i++) {
                assertThat(text(pdfs.get(i).get(120, TimeUnit.SECONDS)))
                        .contains("350104-20260305-00005" + i, NoticeSamples.APPLICANT, "第12项材料");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void renderingStopsWhenItsTimeBudgetIsSpent() {
        NoticeRenderer noTime = new NoticeRenderer(FONT, Duration.ZERO);
        NoticeContent content = NoticeSamples.builder(NoticeKind.RECEIPT, "350104-20260305-000026", 3).build();
        assertThatThrownBy(() -> noTime.render(content, URL, NOW)).isInstanceOf(NoticeRenderingException.class)
                .hasMessageContaining("超时");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

}
