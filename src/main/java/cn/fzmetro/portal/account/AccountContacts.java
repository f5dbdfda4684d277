package cn.fzmetro.portal.account;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact details of a user, for the portal itself: event listeners that notify a user run on
 * behalf of nobody, so this lookup is not scoped to a signed-in caller and belongs in no view.
 */
@Service
@Transactional(readOnly = true)
public class AccountContacts {

    private final ContactRepository contacts;

    AccountContacts(ContactRepository contacts) {
        this.contacts = contacts;
    }

    /** Name, e-mail and mobile of the user; empty if there is no such user. */
    public Optional<Contact> of(long userId) {
        return contacts.findContact(userId);
    }
}
