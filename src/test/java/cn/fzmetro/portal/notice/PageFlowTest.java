package cn.fzmetro.portal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Line breaking of Chinese text with Latin words and numbers in it. */
class PageFlowTest {

    private static final NoticeFont FONT = new NoticeFont();

    private NoticeFont.Face face;
    private PageFlow flow;

    @BeforeEach
    void setUp() throws IOException {
        face = FONT.open();
        flow = new PageFlow(face::advance, 10, System.nanoTime() + 10_000_000_000L, null);
    }

    @AfterEach
    void tearDown() {
        face.close();
    }

    @Test
    void linesFitTheWidthAndKeepEveryCharacter() {
        String text = "申请人应当如实向行政机关提交有关材料和反映真实情况，并对其申请材料实质内容的真实性负责。"
                .repeat(4);
        List<String> lines = flow.wrap(text, 12f, 200f, 24f, true);
        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(String.join("", lines)).isEqualTo(text);
        assertThat(flow.textWidth(lines.get(0), 12f)).isLessThanOrEqualTo(200f - 24f + 12f);
        for (String line : lines.subList(1, lines.size())) {
            assertThat(flow.textWidth(line, 12f)).as(line).isLessThanOrEqualTo(200f + 12f);
        }
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        for (float width = 100f; width < 260f; width += 7f) {
            List<String> lines = flow.wrap("根据《中华人民共和国行政许可法》第三十二条，现一次性告知（共三项）。请于五日内补正、提交。", 12f,
                    width, 0f, true);
            for (String line : lines) {
                assertThat(line).as("width %s", width).doesNotStartWith("，").doesNotStartWith("。")
                        .doesNotStartWith("》").doesNotStartWith("）").doesNotStartWith("、");
                assertThat(line).as("width %s", width).doesNotEndWith("《").doesNotEndWith("（");
            }
        }
    }

    @Test
    void latinWordsAndNumbersStayWholeUnlessLongerThanALine() {
        List<String> lines = flow.wrap("统一社会信用代码91350104MA2Y8K7Q6J已核验，网址https://example.org/verify/AbCdEfGhIjKlMnOpQrStUvWx", 10f,
                150f, 0f, true);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("91350104MA2Y8K7Q6J"));
        assertThat(String.join("", lines)).contains("https://example.org/verify/AbCdEfGhIjKlMnOpQrStUvWx");
    }
}
