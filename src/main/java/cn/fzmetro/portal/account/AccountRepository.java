package cn.fzmetro.portal.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findFirstByIdNumberAndEnabledTrue(String idNumber);

    java.util.List<Account> findByWindowCodeAndEnabledTrueOrderByDisplayName(String windowCode);

    java.util.List<Account> findByAuthorityCodeAndEnabledTrueOrderByDisplayName(String authorityCode);

    boolean existsByUsername(String username);

    boolean existsByIdNumberAndKind(String idNumber, AccountKind kind);
}
