package cn.fzmetro.portal.catalog.api;

import cn.fzmetro.portal.catalog.ItemStatus;
import cn.fzmetro.portal.catalog.ItemSummary;
import io.swagger.v3.oas.annotations.media.Schema;

/** A line of the published catalog. */
@Schema(description = "已发布事项（列表项）")
public record ItemEntry(
        @Schema(description = "实施编码", example = "SCJG-001") String code,
        @Schema(description = "事项名称", example = "有限责任公司设立登记") String name,
        @Schema(description = "部门类型代码", example = "SCJG") String department,
        @Schema(description = "类别", example = "企业登记") String category,
        @Schema(description = "事项类型：LICENSING 行政许可 | CONFIRMATION 行政确认 | FILING 备案 | OTHER 其他") String type,
        @Schema(description = "状态：ACTIVE 在用 | SUSPENDED 暂停受理") ItemStatus status,
        @Schema(description = "暂停原因（仅 SUSPENDED）") String statusReason,
        @Schema(description = "现行办事指南版本号") Integer currentVersion) {

    static ItemEntry of(ItemSummary s) {
        return new ItemEntry(s.code(), s.name(), s.departmentCode(), s.category(), s.type(), s.status(),
                s.statusReason(), s.currentVersion());
    }
}
