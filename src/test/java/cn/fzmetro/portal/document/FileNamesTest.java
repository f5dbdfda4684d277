package cn.fzmetro.portal.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathPartsAreDropped() {
        assertThat(FileNames.sanitize("C:\\fakepath\\营业执照.pdf")).isEqualTo("营业执照.pdf");
        assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitize("..")).isEqualTo(FileNames.UNNAMED);
        assertThat(FileNames.sanitize("材料/")).isEqualTo(FileNames.UNNAMED);
        assertThat(FileNames.sanitize(null)).isEqualTo(FileNames.UNNAMED);
    }

    @Test
    void controlAndInvisibleFormattingCharactersAreRemoved() {
        assertThat(FileNames.sanitize("申请\u0000书\r\n.pdf")).isEqualTo("申请书.pdf");
        // a right-to-left override would show "invoice_fdp.exe" as "invoice_exe.pdf"
        assertThat(FileNames.sanitize("invoice_\u202Efdp.exe")).isEqualTo("invoice_fdp.exe");
        assertThat(FileNames.sanitize("a<b>c:d\"e|f?g*.pdf")).isEqualTo("a_b_c_d_e_f_g_.pdf");
        assertThat(FileNames.sanitize("  .hidden 文件\t名.pdf . ")).isEqualTo("hidden 文件名.pdf");
    }

    @Test
    void longNamesKeepChineseAndTheirExtensionWithinOneHundredCharacters() {
        String name = "福州市仓山区".repeat(30) + ".pdf";
        String sanitized = FileNames.sanitize(name);
        assertThat(sanitized.codePointCount(0, sanitized.length())).isEqualTo(100);
        assertThat(sanitized).startsWith("福州市仓山区").endsWith(".pdf");
        String emoji = "\uD83D\uDCC4".repeat(120);
        String cut = FileNames.sanitize(emoji);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(100);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).as("no half characters").isFalse();
    }

    @Test
    void sizesReadLikeAFileManagerShowsThem() {
        assertThat(FileNames.humanSize(0)).isEqualTo("0 B");
        assertThat(FileNames.humanSize(1536)).isEqualTo("1.5 KB");
        assertThat(FileNames.humanSize(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(FileNames.humanSize(200L * 1024 * 1024)).isEqualTo("200 MB");
    }
}
