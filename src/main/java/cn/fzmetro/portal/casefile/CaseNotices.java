package cn.fzmetro.portal.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.AuthorityInfo;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDocument.Material;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.notice.IssuedNotice;
import cn.fzmetro.portal.notice.NoticeContent;
import cn.fzmetro.portal.notice.NoticeKind;
import cn.fzmetro.portal.notice.Notices;

/**
 * Writes the notices (文书) of a case's steps: 收件凭证, 受理通知书, 补正告知书, 不予受理决定书,
 * 转办单 and the 准予 / 不予许可决定书. Issued inside the step's transaction, so a notice exists
 * exactly when its step committed. Notices are legal documents in Chinese whatever the reader's
 * language, hence the Chinese wording here rather than in a translation bundle.
 */
@Component
class CaseNotices {

    private final Notices notices;
    private final AreaQuery area;
    private final CaseMaterialFileRepository files;
    private final ChecklistLineRepository checklist;
    private final Deadlines deadlines;
    private final ApplicationContent content;

    CaseNotices(Notices notices, AreaQuery area, CaseMaterialFileRepository files, ChecklistLineRepository checklist,
            Deadlines deadlines, ApplicationContent content) {
        this.notices = notices;
        this.area = area;
        this.files = files;
        this.checklist = checklist;
        this.deadlines = deadlines;
        this.content = content;
    }

    IssuedNotice receipt(CaseFile c, ItemDocument guide) {
        WindowInfo window = window(c);
        List<List<String>> rows = new ArrayList<>();
        Map<String, String> answers = content.read(c.situationAnswers());
        List<CaseMaterialFile> handedIn = files.findByCaseIdOrderByIdAsc(c.id());
        for (Material m : ApplicationContent.applicable(guide, answers)) {
            List<CaseMaterialFile> mine = handedIn.stream()
                    .filter(f -> f.current() && f.materialCode().equals(m.code())).toList();
            String received = mine.isEmpty() ? (m.source().equals("DATA_SHARING") ? "数据共享获取" : "未提交")
                    : mine.size() + " 个文件，共 " + mine.stream().mapToInt(f -> f.view().pageCount()).sum() + " 页";
            rows.add(List.of(m.code(), m.name(), received));
        }
        NoticeContent.Builder b = base(NoticeKind.RECEIPT, c, guide, window.name())
                .timeLimits("本窗口将自收件之日起5个工作日内作出受理决定或一次性告知需补正的全部内容（截止 "
                        + c.dueDate() + "）；受理后承诺办结时限 " + guide.timeLimits().promised() + " 个工作日，法定办结时限 "
                        + guide.timeLimits().statutory() + " 个工作日。")
                .table(List.of("编号", "材料名称", "收到情况"), rows)
                .section("收件窗口", window.name() + "，地址：" + window.address() + "，办公时间：" + window.hours());
        List<String> originals = ApplicationContent.applicable(guide, answers).stream()
                .filter(m -> !m.form().equals("COPY") && !m.medium().equals("ELECTRONIC")
                        && !m.source().equals("DATA_SHARING"))
                .map(Material::name).toList();
        if (!originals.isEmpty()) {
            b.section("原件核验", "受理前请携带以下材料原件至上述窗口核验：" + String.join("、", originals) + "。");
        }
        return notices.issue(b.build());
    }

    IssuedNotice acceptance(CaseFile c, ItemDocument guide, AuthorityInfo authority, String note) {
        NoticeContent.Builder b = base(NoticeKind.ACCEPTANCE, c, guide, window(c).name())
                .timeLimits(limits(c, guide))
                .section("受理情况", "你（单位）提交的申请材料齐全、符合法定形式，本窗口决定予以受理，并已于当日转交"
                        + authority.name() + "审查决定。");
        if (c.deferredMaterials() != null) {
            b.section("容缺受理", "依申请人书面承诺，以下材料可于 " + c.particulars().deferredDue() + " 前补交："
                    + materialNames(guide, c.deferredMaterials()) + "。逾期未补交的，将依法处理。");
        }
        if (note != null) {
            b.section("窗口说明", note);
        }
        return notices.issue(b.build());
    }

    IssuedNotice correction(CaseFile c, ItemDocument guide, List<CorrectionItem> flagged) {
        List<List<String>> rows = flagged.stream()
                .map(f -> List.of(f.view().materialName(), f.view().reason(), f.view().rule())).toList();
        return notices.issue(base(NoticeKind.CORRECTION, c, guide, window(c).name())
                .timeLimits("受理审查期限自你（单位）补正全部材料后重新计算；本次为第 " + c.correctionRound() + " 次补正告知。")
                .table(List.of("需补正的材料", "问题", "依据（收件标准）"), rows)
                .section("补正方式", "请仅就上表所列材料补正，可在网上办件页面替换文件后重新提交，或到收件窗口提交。")
                .build());
    }

    IssuedNotice refusal(CaseFile c, ItemDocument guide, String reason, String basis) {
        return notices.issue(base(NoticeKind.REFUSAL, c, guide, window(c).name())
                .timeLimits("本决定自送达之日起生效。")
                .reason(reason).legalBasis(basis).appeal(appeal(c.competentRegionCode())).build());
    }

    IssuedNotice transferSlip(CaseFile c, ItemDocument guide, AuthorityInfo authority, String note) {
        Map<String, Long> currentFiles = files.findByCaseIdOrderByIdAsc(c.id()).stream()
                .filter(CaseMaterialFile::current)
                .collect(java.util.stream.Collectors.groupingBy(CaseMaterialFile::materialCode,
                        java.util.stream.Collectors.counting()));
        // one row per material: conforming unless every one of its standards was not applicable
        Map<String, ChecklistLine> firstLine = new java.util.LinkedHashMap<>();
        Map<String, Boolean> applies = new java.util.HashMap<>();
        for (ChecklistLine line : checklist.findByCaseIdAndStageOrderByIdAsc(c.id(), ChecklistStage.INTAKE)) {
            firstLine.putIfAbsent(line.materialCode(), line);
            applies.merge(line.materialCode(), line.verdict() != Verdict.NOT_APPLICABLE, Boolean::logicalOr);
        }
        List<List<String>> rows = firstLine.values().stream().map(line -> List.of(line.materialCode(),
                line.materialName(), applies.get(line.materialCode()) ? "符合收件标准" : "不适用",
                currentFiles.getOrDefault(line.materialCode(), 0L) + " 个文件")).toList();
        NoticeContent.Builder b = base(NoticeKind.TRANSFER_SLIP, c, guide, window(c).name())
                .recipient(authority.name())
                .timeLimits(limits(c, guide))
                .table(List.of("编号", "材料名称", "收件审查结论", "电子材料"), rows);
        if (note != null) {
            b.section("收件窗口意见", note);
        }
        return notices.issue(b.build());
    }

    IssuedNotice decision(CaseFile c, ItemDocument guide, boolean approved, String reasons) {
        AuthorityInfo authority = area.authority(c.competentAuthorityCode()).orElseThrow();
        NoticeContent.Builder b = base(approved ? NoticeKind.APPROVAL : NoticeKind.DENIAL, c, guide, authority.name())
                .timeLimits("本决定于法定期限内作出。");
        String basis = guide.legalBasis().stream().map(l -> l.law() + l.article()).reduce((x, y) -> x + "、" + y)
                .orElse("");
        if (approved) {
            b.section("决定", "经审查，你（单位）的申请符合法定条件、标准，决定准予许可。" + reasons)
                    .section("许可结果", guide.result().name() + "（有效期：" + guide.result().validity() + "）")
                    .legalBasis(basis);
        } else {
            b.reason(reasons).legalBasis(basis).appeal(appeal(c.competentRegionCode()));
        }
        return notices.issue(b.build());
    }

    private NoticeContent.Builder base(NoticeKind kind, CaseFile c, ItemDocument guide, String issuedBy) {
        return NoticeContent.builder(kind).caseNumber(c.caseNumber()).applicant(c.applicantName())
                .item(guide.name()).issuedBy(issuedBy).issuedOn(deadlines.today())
                .complaintPhone(guide.support().complaintPhone());
    }

    private String limits(CaseFile c, ItemDocument guide) {
        LocalDate promised = c.dueDate();
        return "承诺办结时限 " + guide.timeLimits().promised() + " 个工作日（" + promised + " 前），法定办结时限 "
                + guide.timeLimits().statutory() + " 个工作日（" + c.statutoryDue() + " 前），特别程序所需时间不计算在内。";
    }

    private String appeal(String regionCode) {
        String region = area.region(regionCode).map(RegionInfo::name).orElse("");
        return NoticeContent.standardAppealText(region + "人民政府", region + "人民法院");
    }

    private WindowInfo window(CaseFile c) {
        return area.window(c.receivingWindowCode()).orElseThrow();
    }

    static String materialNames(ItemDocument guide, String codes) {
        return java.util.Arrays.stream(codes.split(","))
                .map(code -> guide.material(code) == null ? code : guide.material(code).name())
                .reduce((a, b) -> a + "、" + b).orElse("");
    }
}
