package cn.fzmetro.portal.account;

import java.time.Instant;
import java.util.Set;

import cn.fzmetro.portal.base.Role;

/**
 * An account as the administrators' list shows it. {@code affiliationName} is the window's or
 * authority's name; {@code version} is what a change must quote (optimistic locking).
 */
public record AccountSummary(long id, String username, String displayName, AccountKind kind, Set<Role> roles,
        String windowCode, String authorityCode, String affiliationName, boolean enabled, boolean mustChangePassword,
        Instant createdAt, int version) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    /** Applicants registered themselves: they can be disabled and enabled, not edited. */
    public boolean applicant() {
        return kind != AccountKind.STAFF;
    }
}
