package cn.fzmetro.portal.area;

/** A competent authority with its contact data. */
public record AuthorityInfo(String code, String regionCode, String departmentCode, String name, String phone,
        String address, boolean openForCases) {
}
