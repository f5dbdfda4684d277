package cn.fzmetro.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.TestIdentities;

@PortalSpringTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    UserDetailsService users;

    @Test
    void registersANaturalPersonWhoCanThenSignInAsApplicant() {
        String username = TestIdentities.username("lin");
        accounts.register(new Registration(AccountKind.NATURAL_PERSON, username, "Secret123", "林芳",
                TestIdentities.residentId(), null, "13912345678", "lin@example.cn"));
        PortalUser user = (PortalUser) users.loadUserByUsername(username);
        assertThat(user.roles()).containsExactly(Role.APPLICANT);
        assertThat(user.displayName()).isEqualTo("林芳");
        assertThat(user.getPassword()).startsWith("$2");
    }

    @Test
    void refusesTheWholeFormWithEveryProblemAndStoresNothing() {
        long before = repository.count();
        assertThatThrownBy(() -> accounts.register(new Registration(AccountKind.NATURAL_PERSON, "ab", "short", "",
                "350104199003071238", null, "2345", "not-an-email")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactlyInAnyOrder("register.username", "register.password", "register.name",
                                "register.id-number", "register.mobile", "register.email"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void anEnterpriseNeedsAValidCreditCodeAndALegalRepresentative() {
        assertThatThrownBy(() -> accounts.register(new Registration(AccountKind.ENTERPRISE, "acme.fz", "Secret123",
                "福州某某有限公司", "91350104MA2Y8K7Q6K", " ", "13912345679", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactlyInAnyOrder("register.credit-code", "register.legal-representative"));
    }

    @Test
    void aTakenUserNameOrRegisteredIdIsRefused() {
        assertThatThrownBy(() -> accounts.register(new Registration(AccountKind.NATURAL_PERSON, "zhangwei",
                "Secret123", "张伟", "350104199003071237", null, "13800000009", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactlyInAnyOrder("validation.username-taken", "validation.already-registered"));
    }
}
