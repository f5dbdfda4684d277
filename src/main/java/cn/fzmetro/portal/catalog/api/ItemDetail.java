package cn.fzmetro.portal.catalog.api;

import java.time.LocalDate;

import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemStatus;
import cn.fzmetro.portal.catalog.PublishedItem;
import io.swagger.v3.oas.annotations.media.Schema;

/** The guide in force of one item: the version and the document in the item-file format. */
@Schema(description = "事项现行办事指南")
public record ItemDetail(
        @Schema(description = "实施编码", example = "SCJG-001") String code,
        @Schema(description = "版本号") int version,
        @Schema(description = "版本标识（办件记录其申请时所依据的版本标识）") long versionId,
        @Schema(description = "本版本施行日期") LocalDate effectiveFrom,
        @Schema(description = "状态：ACTIVE 在用 | SUSPENDED 暂停受理") ItemStatus status,
        @Schema(description = "暂停原因（仅 SUSPENDED）") String statusReason,
        @Schema(description = "办事指南，结构同 catalog/items/<code>.yaml（见 item.schema.json）") ItemDocument document) {

    static ItemDetail of(PublishedItem p) {
        return new ItemDetail(p.item().code(), p.version().versionNo(), p.version().id(), p.version().effectiveFrom(),
                p.item().status(), p.item().statusReason(), p.document());
    }
}
