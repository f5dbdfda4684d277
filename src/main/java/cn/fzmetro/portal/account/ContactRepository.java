package cn.fzmetro.portal.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads only a user's contact details. */
interface ContactRepository extends Repository<Account, Long> {

    @Query("select new cn.fzmetro.portal.account.Contact(a.displayName, a.email, a.mobile) from Account a where a.id = :id")
    Optional<Contact> findContact(@Param("id") long id);
}
