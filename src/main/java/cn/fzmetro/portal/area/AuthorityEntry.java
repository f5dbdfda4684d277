package cn.fzmetro.portal.area;

/** A competent authority as administrators list and edit it; {@code version} is what a change must quote. */
public record AuthorityEntry(String code, String regionCode, String regionName, String departmentCode,
        String departmentName, String name, String phone, String address, boolean openForCases, int version)
        implements AreaEntry {
}
