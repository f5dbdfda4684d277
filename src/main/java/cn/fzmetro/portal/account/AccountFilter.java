package cn.fzmetro.portal.account;

import cn.fzmetro.portal.base.Role;

/**
 * What the administrators' account list is narrowed to; {@code null} means any.
 *
 * @param text part of the user name or the name, ignoring case
 */
public record AccountFilter(Role role, String text, Boolean enabled) {

    public static AccountFilter all() {
        return new AccountFilter(null, null, null);
    }
}
