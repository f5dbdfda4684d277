package cn.fzmetro.portal.area;

/** A window as administrators list and edit it; {@code version} is what a change must quote. */
public record WindowEntry(String code, String regionCode, String regionName, String name, String address,
        String hours, String phone, boolean openForCases, int version) implements AreaEntry {
}
