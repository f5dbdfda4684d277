package cn.fzmetro.portal.account;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.Role;

/**
 * What window staff need to know about other accounts: whether a person at the counter already
 * has an account (to link the case they file for them, by ID number) and who else works at
 * their window (to hand a case over).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('CLERK', 'SUPERVISOR')")
public class AccountDirectory {

    /** A staff member of a window, for the hand-over list. */
    public record StaffMember(long id, String displayName) {
    }

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The applicant account registered with this ID number or credit code, if any. */
    public Optional<Long> applicantWithIdNumber(String idNumber) {
        return accounts.findFirstByIdNumberAndEnabledTrue(idNumber.trim().toUpperCase())
                .filter(a -> a.roles().contains(Role.APPLICANT)).map(Account::id);
    }

    /** Clerks and supervisors of a window who may take a case over. */
    public List<StaffMember> staffOf(String windowCode) {
        return accounts.findByWindowCodeAndEnabledTrueOrderByDisplayName(windowCode).stream()
                .filter(a -> a.roles().contains(Role.CLERK) || a.roles().contains(Role.SUPERVISOR))
                .map(a -> new StaffMember(a.id(), a.displayName())).toList();
    }
}
