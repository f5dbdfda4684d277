package cn.fzmetro.portal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.fzmetro.portal.base.InvalidInputException.Problem;

/** A notice that may not be issued cannot even be described. */
class NoticeContentTest {

    @ParameterizedTest
    @EnumSource(value = NoticeKind.class, names = {"REFUSAL", "DENIAL"})
    void anAdverseDecisionWithoutReasonBasisAndAppealIsRefusedNamingEachMissingPart(NoticeKind kind) {
        NoticeContent.Builder bare = NoticeSamples.builder(kind, "350104-20260305-000100", 0)
                .reason(null).legalBasis(" ").appeal(null);
        assertThatThrownBy(bare::build).isInstanceOfSatisfying(InvalidNoticeException.class, e -> {
            assertThat(e.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
                    "notice.field.reason", "notice.field.legal-basis", "notice.field.appeal");
            assertThat(e.problems()).extracting(Problem::messageKey).containsOnly("notice.validation.required");
            assertThat(e.getMessage()).contains("理由：此项为必填项", "法律依据：此项为必填项", "救济途径：此项为必填项");
        });
    }

    @Test
    void anAppealTextMustStateReconsiderationWithinSixtyDaysAndLitigationWithinSixMonths() {
        NoticeContent.Builder vague = NoticeSamples.builder(NoticeKind.REFUSAL, "350104-20260305-000101", 0)
                .appeal("如不服本决定，可以依法申请行政复议或者提起行政诉讼。");
        assertThatThrownBy(vague::build).isInstanceOfSatisfying(InvalidNoticeException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("notice.field.appeal");
                    assertThat(p.messageKey()).isEqualTo("notice.validation.appeal-rights");
                }));

        NoticeContent ok = NoticeSamples.builder(NoticeKind.REFUSAL, "350104-20260305-000101", 0)
                .appeal("如不服本决定，可以自收到之日起60日内申请行政复议，或者6个月内提起行政诉讼。").build();
        assertThat(ok.appealText()).contains("60日");
        assertThat(NoticeContent.standardAppealText("福州市人民政府", "鼓楼区人民法院"))
                .contains("六十日内向福州市人民政府申请行政复议", "六个月内依法向鼓楼区人民法院提起行政诉讼");
    }

    @Test
    void otherKindsNeedNoReasonOrAppeal() {
        assertThatCode(() -> NoticeSamples.builder(NoticeKind.ACCEPTANCE, "350104-20260305-000102", 0).build())
                .doesNotThrowAnyException();
    }

    @Test
    void missingCommonElementsAreAllNamedAtOnce() {
        NoticeContent.Builder empty = NoticeContent.builder(NoticeKind.RECEIPT);
        assertThatThrownBy(empty::build).isInstanceOfSatisfying(InvalidNoticeException.class,
                e -> assertThat(e.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
                        "notice.field.case-number", "notice.field.applicant-name", "notice.field.item-name",
                        "notice.field.issued-by", "notice.field.issued-on", "notice.field.time-limits",
                        "notice.field.complaint-phone"));
    }

    @Test
    void aTransferSlipMustNameTheAuthorityItGoesTo() {
        NoticeContent.Builder slip = NoticeSamples.builder(NoticeKind.TRANSFER_SLIP, "350104-20260305-000103", 0)
                .recipient(null);
        assertThatThrownBy(slip::build).isInstanceOfSatisfying(InvalidNoticeException.class,
                e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("notice.field.recipient"));
        assertThat(slip.recipient("福州市鼓楼区市场监督管理局").build().addressee()).isEqualTo("福州市鼓楼区市场监督管理局");
        assertThat(NoticeSamples.builder(NoticeKind.RECEIPT, "350104-20260305-000103", 0).build().addressee())
                .isEqualTo(NoticeSamples.APPLICANT);
    }

    @Test
    void malformedFieldsAndTablesAreRefusedWithTheRule() {
        NoticeContent.Builder bad = NoticeSamples.builder(NoticeKind.CORRECTION, "350104/2026", 0)
                .complaintPhone("投诉热线")
                .applicant("张三\n李四")
                .table(List.of("材料", "问题"), List.of(List.of("身份证"), List.of("营业执照", "未盖章")));
        assertThatThrownBy(bad::build).isInstanceOfSatisfying(InvalidNoticeException.class, e -> {
            assertThat(e.problems()).extracting(Problem::messageKey).containsExactlyInAnyOrder(
                    "notice.validation.case-number", "notice.validation.phone", "notice.validation.one-line",
                    "notice.validation.row-shape");
            assertThat(e.getMessage()).contains("表格行：第1行有1个单元格，须与表头的2列一致");
        });
    }

    @Test
    void overLongTextsAreRefusedWithTheLimit() {
        NoticeContent.Builder longName = NoticeSamples.builder(NoticeKind.RECEIPT, "350104-20260305-000104", 0)
                .applicant("福".repeat(101));
        assertThatThrownBy(longName::build).hasMessageContaining("申请人：长度不得超过100个字符");
    }
}
