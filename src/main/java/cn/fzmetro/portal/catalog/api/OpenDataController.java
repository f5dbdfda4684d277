package cn.fzmetro.portal.catalog.api;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Open data, no login: the published catalog (never a draft), the area's regions and 通办
 * windows. JSON in UTF-8 with Chinese text as it is.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = OpenDataController.JSON)
@Tag(name = "福州都市圈通办开放数据", description = "已发布的通办事项目录（办事指南、申请材料、收件标准、审查要点）、行政区划和通办窗口。无需登录；草稿和已取消的事项不公开。")
class OpenDataController {

    static final String JSON = "application/json;charset=UTF-8";
    static final int MAX_PAGE_SIZE = 200;

    private final CatalogQuery catalog;
    private final AreaQuery area;

    OpenDataController(CatalogQuery catalog, AreaQuery area) {
        this.catalog = catalog;
        this.area = area;
    }

    @GetMapping("/catalog/items")
    @Operation(summary = "已发布事项列表", description = "按实施编码排序的已发布、未取消的事项，可按部门类型筛选，分页返回。currentVersion 为现行办事指南的版本号。")
    @ApiResponse(responseCode = "200", description = "一页事项")
    @ApiResponse(responseCode = "400", description = "参数不合规（页码、每页条数或部门类型）", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ItemPage items(
            @Parameter(description = "部门类型代码，如 SCJG（市场监督管理局）；不填为全部部门") @RequestParam(required = false) String department,
            @Parameter(description = "页码，从 0 开始") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数，1 至 200") @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new BadRequest("参数 page：页码须为大于或等于 0 的整数（规则 page≥0）");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequest("参数 size：每页条数须在 1 至 " + MAX_PAGE_SIZE + " 之间（规则 1≤size≤" + MAX_PAGE_SIZE + "）");
        }
        String dept = department == null || department.isBlank() ? null : department.trim();
        if (dept != null && area.department(dept).isEmpty()) {
            throw new BadRequest("参数 department：部门类型 " + dept + " 不存在（规则 引用已知部门类型）");
        }
        Page<ItemSummary> found = catalog.published(dept, null, null, PageRequest.of(page, size));
        return new ItemPage(found.map(ItemEntry::of).getContent(), found.getNumber(), found.getSize(),
                found.getTotalElements(), found.getTotalPages());
    }

    @GetMapping("/catalog/items/{code}")
    @Operation(summary = "事项办事指南（现行版本）", description = "现行有效的已发布版本：完整办事指南，含全部申请材料及其收件标准和审查要点、情形、时限、收费、结果和咨询投诉渠道。未知、已取消或尚未发布的事项返回 404；草稿从不公开。")
    @ApiResponse(responseCode = "200", description = "现行办事指南")
    @ApiResponse(responseCode = "404", description = "事项不存在、已取消或尚无现行版本", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ItemDetail item(@Parameter(description = "实施编码，如 SCJG-001") @PathVariable String code) {
        return catalog.current(code).map(ItemDetail::of)
                .orElseThrow(() -> new NotFound("事项 " + code + " 不存在、已取消或尚无现行有效的办事指南"));
    }

    @GetMapping("/regions")
    @Operation(summary = "行政区划", description = "福州都市圈内的设区市和县（市、区），代码按 GB/T 2260；县级区划的 parentCode 为所属设区市。")
    List<RegionInfo> regions() {
        return area.regions();
    }

    @GetMapping("/windows")
    @Operation(summary = "通办窗口", description = "各县（市、区）的“福州都市圈通办”窗口：名称、地址、办公时间和电话。")
    List<WindowInfo> windows() {
        return area.windows();
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("请求参数不合规");
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("未找到");
        return problem;
    }

    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
