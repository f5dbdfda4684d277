package cn.fzmetro.portal.account;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.Role;

/**
 * Contact details of a user, and which staff hold a role at a window or authority, for the portal itself: event listeners that notify a user run on
 * behalf of nobody, so this lookup is not scoped to a signed-in caller and belongs in no view.
 */
@Service
@Transactional(readOnly = true)
public class AccountContacts {

    private final ContactRepository contacts;
    private final AccountRepository accounts;

    AccountContacts(ContactRepository contacts, AccountRepository accounts) {
        this.contacts = contacts;
        this.accounts = accounts;
    }

    /** Name, e-mail and mobile of the user; empty if there is no such user. */
    public Optional<Contact> of(long userId) {
        return contacts.findContact(userId);
    }

    /** The enabled accounts of a window's staff holding {@code role} (its clerks, its supervisors). */
    public List<Long> windowStaff(String windowCode, Role role) {
        return windowCode == null ? List.of() : withRole(accounts.findByWindowCodeAndEnabledTrueOrderByDisplayName(
                windowCode), role);
    }

    /** The enabled accounts of an authority's staff holding {@code role} (its officers). */
    public List<Long> authorityStaff(String authorityCode, Role role) {
        return authorityCode == null ? List.of() : withRole(
                accounts.findByAuthorityCodeAndEnabledTrueOrderByDisplayName(authorityCode), role);
    }

    private static List<Long> withRole(List<Account> staff, Role role) {
        return staff.stream().filter(a -> a.roles().contains(role)).map(Account::id).toList();
    }
}
