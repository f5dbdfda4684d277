package cn.fzmetro.portal.area;

/** A 通办 window with its contact data. */
public record WindowInfo(String code, String regionCode, String name, String address, String hours,
        String phone, boolean openForCases) {
}
