package cn.fzmetro.portal.account;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.AuthorityInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.InvalidInputException.Problem;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.base.security.UserSessions;

/**
 * The administrators' side of accounts: the list of all accounts, new staff accounts with an
 * initial password, changes of a staff member's roles and window or authority, disabling and
 * enabling, and password resets. Applicants' accounts can be disabled and enabled, never edited.
 * Every change quotes the version the administrator saw. Disabling, a new assignment and a reset
 * end the user's sessions once committed, on every node ({@link UserSessions#revoke}), so nobody
 * keeps working under an old role or window.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdmin {

    /** The roles an administrator can give; applicants only register themselves. */
    public static final Set<Role> STAFF_ROLES = Set.copyOf(EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.OFFICER,
            Role.ADMIN));
    private static final Set<Role> WINDOW_ROLES = Set.copyOf(EnumSet.of(Role.CLERK, Role.SUPERVISOR));
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{4,32}");
    private static final Sort DEFAULT_ORDER = Sort.by("username");

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AreaQuery area;
    private final CurrentUser currentUser;
    private final UserSessions sessions;
    private final Clock clock;

    AccountAdmin(AccountRepository accounts, PasswordEncoder passwords, AreaQuery area, CurrentUser currentUser,
            UserSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.area = area;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** One page of accounts matching the filter; sorted by user name unless the page says otherwise. */
    @Transactional(readOnly = true)
    public Page<AccountSummary> accounts(AccountFilter filter, Pageable page) {
        Pageable sorted = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), DEFAULT_ORDER);
        Page<Account> found = accounts.findAll(matching(filter == null ? AccountFilter.all() : filter), sorted);
        Map<String, String> names = new HashMap<>();
        return found.map(a -> summary(a, names));
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> account(long id) {
        return accounts.findById(id).map(a -> summary(a, new HashMap<>()));
    }

    /** Creates a clerk, supervisor, officer or administrator who must change the password at first sign-in. */
    @Transactional
    public long createStaff(StaffAccountForm form) {
        List<Problem> problems = new ArrayList<>();
        String username = trim(form.username());
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new Problem("admin-users.username", "validation.username"));
        } else if (accounts.existsByUsername(username)) {
            problems.add(new Problem("admin-users.username", "validation.username-taken"));
        }
        Assignment assignment = check(form.displayName(), form.roles(), form.windowCode(), form.authorityCode(),
                problems);
        if (!PasswordRule.accepts(form.initialPassword())) {
            problems.add(new Problem("admin-users.initial-password", "admin.validation.password",
                    PasswordRule.MIN, PasswordRule.MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Account account = Account.staff(username, passwords.encode(form.initialPassword()), assignment.name(),
                assignment.roles(), assignment.windowCode(), assignment.authorityCode(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return accounts.saveAndFlush(account).id();
    }

    /** New name, roles and window or authority of a member of staff; refused for applicants. */
    @Transactional
    public void changeStaff(long id, int expectedVersion, StaffAssignment change) {
        Account account = load(id, expectedVersion);
        if (account.isApplicant()) {
            throw new InvalidInputException("admin-users.account", "admin-users.error.applicant-not-editable");
        }
        List<Problem> problems = new ArrayList<>();
        Assignment assignment = check(change.displayName(), change.roles(), change.windowCode(), change.authorityCode(),
                problems);
        if (isCurrentUser(account) && account.roles().contains(Role.ADMIN) && !assignment.roles().contains(Role.ADMIN)) {
            problems.add(new Problem("admin-users.roles", "admin-users.error.own-admin-role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean rolesOrPlaceChanged = !account.roles().equals(assignment.roles())
                || !same(account.windowCode(), assignment.windowCode())
                || !same(account.authorityCode(), assignment.authorityCode());
        account.assign(assignment.name(), assignment.roles(), assignment.windowCode(), assignment.authorityCode());
        save(account);
        if (rolesOrPlaceChanged && !isCurrentUser(account)) {
            sessions.revoke(account.username());
        }
    }

    /** Disables an account (applicant or staff): it can no longer sign in and its sessions end. */
    @Transactional
    public void disable(long id, int expectedVersion) {
        Account account = load(id, expectedVersion);
        if (isCurrentUser(account)) {
            throw new InvalidInputException("admin-users.account", "admin-users.error.disable-self");
        }
        account.disable();
        save(account);
        sessions.revoke(account.username());
    }

    /** Lets a disabled account sign in again. */
    @Transactional
    public void enable(long id, int expectedVersion) {
        Account account = load(id, expectedVersion);
        account.enable();
        save(account);
    }

    /**
     * Sets a temporary password for a member of staff, who must choose their own at the next
     * sign-in; their sessions end. Applicants' passwords are theirs alone: refused.
     */
    @Transactional
    public void resetPassword(long id, int expectedVersion, String temporaryPassword) {
        Account account = load(id, expectedVersion);
        if (account.isApplicant()) {
            throw new InvalidInputException("admin-users.account", "admin-users.error.applicant-not-editable");
        }
        if (!PasswordRule.accepts(temporaryPassword)) {
            throw new InvalidInputException("admin-users.reset-password", "admin.validation.password",
                    PasswordRule.MIN, PasswordRule.MAX);
        }
        account.resetPassword(passwords.encode(temporaryPassword));
        save(account);
        if (!isCurrentUser(account)) {
            sessions.revoke(account.username());
        }
    }

    private record Assignment(String name, Set<Role> roles, String windowCode, String authorityCode) {
    }

    /** Checks a staff member's name, roles and place; adds every problem found. */
    private Assignment check(String displayName, Set<Role> requestedRoles, String windowCode, String authorityCode,
            List<Problem> problems) {
        String name = trim(displayName);
        if (name.length() < 2 || name.length() > 100) {
            problems.add(new Problem("admin-users.display-name", "validation.length", 2, 100));
        }
        Set<Role> roles = requestedRoles == null || requestedRoles.isEmpty() ? Set.of() : EnumSet.copyOf(requestedRoles);
        boolean windowRole = roles.stream().anyMatch(WINDOW_ROLES::contains);
        boolean officer = roles.contains(Role.OFFICER);
        String window = blankToNull(windowCode);
        String authority = blankToNull(authorityCode);
        if (roles.isEmpty() || !STAFF_ROLES.containsAll(roles)) {
            problems.add(new Problem("admin-users.roles", "admin-users.error.roles"));
        } else if (windowRole && officer) {
            problems.add(new Problem("admin-users.roles", "admin-users.error.window-and-authority"));
        } else {
            if (windowRole && window == null) {
                problems.add(new Problem("admin-users.window", "admin-users.error.window-required"));
            } else if (windowRole && area.window(window).isEmpty()) {
                problems.add(new Problem("admin-users.window", "admin-users.error.unknown-window", window));
            }
            if (officer && authority == null) {
                problems.add(new Problem("admin-users.authority", "admin-users.error.authority-required"));
            } else if (officer && area.authority(authority).isEmpty()) {
                problems.add(new Problem("admin-users.authority", "admin-users.error.unknown-authority", authority));
            }
        }
        return new Assignment(name, roles, windowRole ? window : null, officer ? authority : null);
    }

    private Account load(long id, int expectedVersion) {
        Account account = accounts.findById(id)
                .orElseThrow(() -> new InvalidInputException("admin-users.account", "admin-users.error.not-found"));
        if (account.version() != expectedVersion) {
            throw new AccountChangedException(account.username());
        }
        return account;
    }

    private void save(Account account) {
        try {
            accounts.saveAndFlush(account);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new AccountChangedException(account.username());
        }
    }

    private boolean isCurrentUser(Account account) {
        return currentUser.find().map(u -> u.id() == account.id()).orElse(false);
    }

    private static Specification<Account> matching(AccountFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.role() != null) {
                predicates.add(cb.isMember(filter.role(), root.<Set<Role>>get("roles")));
            }
            String text = searchText(filter.text());
            if (text != null) {
                String pattern = "%" + text + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("username")), pattern),
                        cb.like(cb.lower(root.get("displayName")), pattern)));
            }
            if (filter.enabled() != null) {
                predicates.add(cb.equal(root.get("enabled"), filter.enabled()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** The search text in lower case without LIKE wildcards, or null when there is nothing to search. */
    private static String searchText(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("%", "").replace("_", "").trim().toLowerCase(Locale.ROOT);
        return cleaned.isEmpty() ? null : cleaned;
    }

    private AccountSummary summary(Account a, Map<String, String> names) {
        String affiliation = null;
        if (a.windowCode() != null) {
            affiliation = names.computeIfAbsent("W:" + a.windowCode(),
                    k -> area.window(a.windowCode()).map(WindowInfo::name).orElse(a.windowCode()));
        } else if (a.authorityCode() != null) {
            affiliation = names.computeIfAbsent("A:" + a.authorityCode(),
                    k -> area.authority(a.authorityCode()).map(AuthorityInfo::name).orElse(a.authorityCode()));
        }
        return new AccountSummary(a.id(), a.username(), a.displayName(), a.kind(), a.roles(), a.windowCode(),
                a.authorityCode(), affiliation, a.enabled(), a.mustChangePassword(), a.createdAt(), a.version());
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
