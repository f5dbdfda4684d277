package cn.fzmetro.portal.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.InvalidInputException.Problem;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.security.UserSessions;

/**
 * Self-registration of applicants, with every rule checked before anything is stored, and every
 * user's change of their own password (forced after an administrator set or reset it).
 */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{4,32}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final UserSessions sessions;
    private final PortalUserDetailsService userDetails;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, Clock clock, CurrentUser currentUser,
            UserSessions sessions, PortalUserDetailsService userDetails) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.userDetails = userDetails;
    }

    /**
     * The signed-in user replaces their password. The current one must be right, the new one must
     * follow the password rule, differ from the current one and be typed twice the same. The
     * session goes on with the user no longer bound to change the password.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword, String newPasswordAgain) {
        PortalUser user = currentUser.require();
        Account account = accounts.findById(user.id())
                .orElseThrow(() -> new InvalidInputException("admin-password.current", "admin-password.error.current"));
        List<Problem> problems = new ArrayList<>();
        boolean currentRight = currentPassword != null && passwords.matches(currentPassword, account.passwordHash());
        if (!currentRight) {
            problems.add(new Problem("admin-password.current", "admin-password.error.current"));
        }
        if (!PasswordRule.accepts(newPassword)) {
            problems.add(new Problem("admin-password.new", "admin.validation.password", PasswordRule.MIN,
                    PasswordRule.MAX));
        } else if (currentRight && newPassword.equals(currentPassword)) {
            problems.add(new Problem("admin-password.new", "admin-password.error.same"));
        } else if (!newPassword.equals(newPasswordAgain)) {
            problems.add(new Problem("admin-password.again", "validation.password-mismatch"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.changePassword(passwords.encode(newPassword));
        try {
            accounts.saveAndFlush(account);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new AccountChangedException(account.username());
        }
        sessions.replaceCurrentUser(userDetails.toPortalUser(account));
    }

    /** Registers an applicant; refuses the whole form with every problem found. */
    @Transactional
    public long register(Registration form) {
        List<Problem> problems = check(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String id = form.idNumber().trim().toUpperCase();
        String hash = passwords.encode(form.password());
        Account account = form.kind() == AccountKind.ENTERPRISE
                ? Account.enterprise(form.username().trim(), hash, form.name().trim(), id,
                        form.legalRepresentative().trim(), form.mobile().trim(), blankToNull(form.email()), clock.instant())
                : Account.naturalPerson(form.username().trim(), hash, form.name().trim(), id, form.mobile().trim(),
                        blankToNull(form.email()), clock.instant());
        return accounts.save(account).id();
    }

    private List<Problem> check(Registration form) {
        List<Problem> problems = new ArrayList<>();
        if (form.kind() == null || form.kind() == AccountKind.STAFF) {
            problems.add(new Problem("register.kind", "validation.required"));
        }
        String username = trim(form.username());
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new Problem("register.username", "validation.username"));
        } else if (accounts.existsByUsername(username)) {
            problems.add(new Problem("register.username", "validation.username-taken"));
        }
        String password = form.password() == null ? "" : form.password();
        if (password.length() < 8 || !password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) {
            problems.add(new Problem("register.password", "validation.password"));
        }
        String name = trim(form.name());
        if (name.length() < 2 || name.length() > 100) {
            problems.add(new Problem(form.kind() == AccountKind.ENTERPRISE ? "register.enterprise-name" : "register.name",
                    "validation.length", 2, 100));
        }
        String id = trim(form.idNumber()).toUpperCase();
        if (form.kind() == AccountKind.ENTERPRISE) {
            if (!IdentityNumbers.isValidCreditCode(id)) {
                problems.add(new Problem("register.credit-code", "validation.credit-code"));
            } else if (accounts.existsByIdNumberAndKind(id, AccountKind.ENTERPRISE)) {
                problems.add(new Problem("register.credit-code", "validation.already-registered"));
            }
            if (trim(form.legalRepresentative()).length() < 2) {
                problems.add(new Problem("register.legal-representative", "validation.required"));
            }
        } else if (form.kind() == AccountKind.NATURAL_PERSON) {
            if (!IdentityNumbers.isValidResidentId(id)) {
                problems.add(new Problem("register.id-number", "validation.resident-id"));
            } else if (accounts.existsByIdNumberAndKind(id, AccountKind.NATURAL_PERSON)) {
                problems.add(new Problem("register.id-number", "validation.already-registered"));
            }
        }
        if (!MOBILE.matcher(trim(form.mobile())).matches()) {
            problems.add(new Problem("register.mobile", "validation.mobile"));
        }
        String email = trim(form.email());
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.add(new Problem("register.email", "validation.email"));
        }
        return problems;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
