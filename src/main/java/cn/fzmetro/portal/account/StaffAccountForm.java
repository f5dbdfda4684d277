package cn.fzmetro.portal.account;

import java.util.Set;

import cn.fzmetro.portal.base.Role;

/**
 * A new member of staff: clerks and supervisors belong to a window, officers to a competent
 * authority, administrators to neither. The initial password must be changed at the first sign-in.
 */
public record StaffAccountForm(String username, String displayName, Set<Role> roles, String windowCode,
        String authorityCode, String initialPassword) {
}
