package cn.fzmetro.portal.area;

/** What an administrator enters for a window; the code is chosen once, at creation. */
public record WindowForm(String code, String regionCode, String name, String address, String hours, String phone) {
}
