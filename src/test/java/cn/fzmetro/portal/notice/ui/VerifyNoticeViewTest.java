package cn.fzmetro.portal.notice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.notice.IssuedNotice;
import cn.fzmetro.portal.notice.NoticeContent;
import cn.fzmetro.portal.notice.NoticeKind;
import cn.fzmetro.portal.notice.Notices;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;

/** The public verification page, as a visitor who scanned the QR code (nobody signed in). */
class VerifyNoticeViewTest extends KaribuViewTest {

    private static final String APPLICANT = "陈昇堃";
    private static final String ID_NUMBER = "350104199003071237";

    @Autowired
    Notices notices;
    @Autowired
    Clock clock;

    @Test
    void aRealTokenShowsWhatWasIssuedButNoPersonalData() {
        IssuedNotice issued = issue("350104-20261102-000401");

        UI.getCurrent().navigate("verify/" + issued.token());

        assertThat(_get(Span.class, spec -> spec.withId("verify-kind")).getText()).isEqualTo("补正告知书");
        assertThat(_get(Span.class, spec -> spec.withId("verify-case-number")).getText())
                .isEqualTo("350104-20261102-000401");
        assertThat(_get(Span.class, spec -> spec.withId("verify-issued-by")).getText())
                .isEqualTo("福州市仓山区行政服务中心通办窗口");
        assertThat(_get(Span.class, spec -> spec.withId("verify-sha256")).getText()).isEqualTo(issued.sha256());
        assertThat(_find(Paragraph.class, spec -> spec.withId("verify-unknown"))).isEmpty();
        String page = _get(VerifyNoticeView.class).getElement().getTextRecursively();
        assertThat(page).contains("平台已登记该文书").doesNotContain(APPLICANT, "昇堃", ID_NUMBER);
    }

    @Test
    void theSamePdfIsGenuineAndAChangedOneIsNot() {
        IssuedNotice issued = issue("350104-20261102-000402");
        byte[] pdf = notices.pdf(issued.id());
        UI.getCurrent().navigate("verify/" + issued.token());
        Upload upload = _get(Upload.class, spec -> spec.withId("verify-upload"));

        UploadKt._upload(upload, "notice.pdf", "application/pdf", pdf);
        Paragraph result = _get(Paragraph.class, spec -> spec.withId("verify-result"));
        assertThat(result.getText()).startsWith("真实").contains(issued.sha256());
        assertThat(result.getElement().getAttribute("data-genuine")).isEqualTo("true");

        byte[] changed = Arrays.copyOf(pdf, pdf.length);
        changed[pdf.length - 100] ^= 0x20;
        UploadKt._upload(upload, "notice.pdf", "application/pdf", changed);
        assertThat(result.getText()).startsWith("不一致").doesNotContain(issued.sha256());
        assertThat(result.getElement().getAttribute("data-genuine")).isEqualTo("false");
    }

    @Test
    void anUnknownTokenSaysThereIsNoSuchNotice() {
        UI.getCurrent().navigate("verify/AAAAAAAAAAAAAAAAAAAAAAAA");
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-unknown")).getText()).contains("未找到");
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("verify-kind"))).isEmpty();
    }

    private IssuedNotice issue(String caseNumber) {
        return notices.issue(NoticeContent.builder(NoticeKind.CORRECTION)
                .caseNumber(caseNumber)
                .applicant(APPLICANT)
                .item("个体工商户设立登记")
                .issuedBy("福州市仓山区行政服务中心通办窗口")
                .issuedOn(LocalDate.now(clock))
                .timeLimits("承诺办结时限1个工作日。")
                .complaintPhone("12345")
                .table(List.of("材料名称", "问题"), List.of(List.of("经营者身份证明（" + ID_NUMBER + "）", "复印件不清晰")))
                .build());
    }
}
