package cn.fzmetro.portal.area;

/** A department type as other modules see it. */
public record DepartmentInfo(String code, String name) {
}
