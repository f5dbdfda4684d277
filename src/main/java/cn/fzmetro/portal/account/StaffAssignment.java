package cn.fzmetro.portal.account;

import java.util.Set;

import cn.fzmetro.portal.base.Role;

/** The name, roles and window or authority of an existing member of staff, as changed by an administrator. */
public record StaffAssignment(String displayName, Set<Role> roles, String windowCode, String authorityCode) {
}
