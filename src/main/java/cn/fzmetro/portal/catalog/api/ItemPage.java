package cn.fzmetro.portal.catalog.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of the published catalog. */
@Schema(description = "一页已发布事项")
public record ItemPage(
        @Schema(description = "本页事项") List<ItemEntry> items,
        @Schema(description = "页码，从 0 开始") int page,
        @Schema(description = "每页条数") int size,
        @Schema(description = "符合条件的事项总数") long totalElements,
        @Schema(description = "总页数") int totalPages) {
}
