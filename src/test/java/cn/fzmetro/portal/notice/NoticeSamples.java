package cn.fzmetro.portal.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Realistic Chinese notice content for tests, with the rare name characters 堃, 喆 and 昇. */
final class NoticeSamples {

    static final String APPLICANT = "林堃喆（福州昇达贸易有限公司）";
    static final String ITEM = "食品经营许可（新办）";
    static final String ISSUER = "福州市仓山区行政服务中心通办窗口";
    static final LocalDate DATE = LocalDate.of(2026, 3, 5);

    private NoticeSamples() {
    }

    static NoticeContent.Builder builder(NoticeKind kind, String caseNumber, int rows) {
        NoticeContent.Builder b = NoticeContent.builder(kind)
                .caseNumber(caseNumber)
                .applicant(APPLICANT)
                .item(ITEM)
                .issuedBy(kind.isAdverseDecision() || kind == NoticeKind.APPROVAL ? "福州市鼓楼区市场监督管理局" : ISSUER)
                .issuedOn(DATE)
                .timeLimits("法定办结时限20个工作日，承诺办结时限5个工作日；现场核查、听证、检测、专家评审所需时间不计入办结时限。")
                .complaintPhone("0591-12345");
        if (kind == NoticeKind.CORRECTION) {
            b.section("补正方式", "请于收到本告知书之日起五日内，通过福州都市圈通办平台上传补正材料，或到任一通办窗口提交。",
                    "补正材料应当与原申请材料一并审查，不需要重复提交已经符合要求的材料。");
        } else {
            b.section("其他事项", "本文书可在福州都市圈通办平台“我的办件”中下载，与纸质文书具有同等效力。");
        }
        if (kind == NoticeKind.TRANSFER_SLIP) {
            b.recipient("福州市鼓楼区市场监督管理局");
        }
        if (rows > 0) {
            b.table(List.of("序号", "材料名称", "问题", "依据（收件标准）"), rows(rows));
        }
        if (kind.isAdverseDecision()) {
            b.reason("申请人未取得与所经营食品品种、数量相适应的经营场所，经现场核查，场所面积不足且未设置有效的防鼠、防蝇设施。")
                    .legalBasis("《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》第十四条。")
                    .appeal(NoticeContent.standardAppealText("福州市人民政府", "福州市鼓楼区人民法院"));
        }
        return b;
    }

    static List<List<String>> rows(int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(List.of(String.valueOf(i), "第" + i + "项材料：营业场所平面布局图及设备布局、工艺流程图",
                    i % 3 == 0 ? "缺少法定代表人签字，且复印件未加盖公章，无法核对与原件一致" : "图纸比例不清晰",
                    "收件标准第" + i + "条：图纸须标明各功能区面积，由申请人签字确认"));
        }
        return rows;
    }
}
