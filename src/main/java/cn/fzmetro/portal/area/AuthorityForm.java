package cn.fzmetro.portal.area;

/**
 * What an administrator enters for a competent authority; the code is chosen once, at creation.
 * {@code phone} is the contact telephone shown on guides and notices.
 */
public record AuthorityForm(String code, String regionCode, String departmentCode, String name, String phone,
        String address) {
}
