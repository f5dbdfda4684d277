package cn.fzmetro.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;
import cn.fzmetro.portal.testsupport.TestIdentities;

/** Every rule of the administrators' account management, through the service. */
@PortalSpringTest
class AccountAdminTest {

    static final String PASSWORD = "Start2026x";

    @Autowired
    AccountAdmin admin;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void signInAsAdministrator() {
        SignIn.as(users, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aClerkCreatedForAWindowSignsInWithThatWindowAndMustChangeThePassword() {
        String username = TestIdentities.username("clerk");
        long id = admin.createStaff(new StaffAccountForm(" " + username + " ", "李娜", Set.of(Role.CLERK), "W350104",
                null, PASSWORD));

        AccountSummary created = admin.account(id).orElseThrow();
        assertThat(created.username()).isEqualTo(username);
        assertThat(created.roles()).containsExactly(Role.CLERK);
        assertThat(created.windowCode()).isEqualTo("W350104");
        assertThat(created.affiliationName()).contains("仓山区");
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.createdAt().getNano()).as("stored in whole seconds").isZero();

        PortalUser clerk = (PortalUser) users.loadUserByUsername(username);
        assertThat(clerk.home()).isEqualTo("window/queue");
        assertThat(clerk.windowCode()).isEqualTo("W350104");
        assertThat(clerk.mustChangePassword()).isTrue();
        assertThat(passwords.matches(PASSWORD, clerk.getPassword())).isTrue();
    }

    @Test
    void officersBelongToAnAuthoritySupervisorsToAWindowAdministratorsToNeither() {
        long officer = admin.createStaff(new StaffAccountForm(TestIdentities.username("officer"), "周敏",
                Set.of(Role.OFFICER), "W350104", "A350102-SCJG", PASSWORD));
        assertThat(admin.account(officer).orElseThrow()).satisfies(a -> {
            assertThat(a.authorityCode()).isEqualTo("A350102-SCJG");
            assertThat(a.windowCode()).as("a window chosen before the role changed is dropped").isNull();
        });
        long supervisor = admin.createStaff(new StaffAccountForm(TestIdentities.username("supervisor"), "吴刚",
                Set.of(Role.SUPERVISOR), "W350302", null, PASSWORD));
        assertThat(admin.account(supervisor).orElseThrow().windowCode()).isEqualTo("W350302");
        long administrator = admin.createStaff(new StaffAccountForm(TestIdentities.username("admin"), "郑洁",
                Set.of(Role.ADMIN), "W350104", "A350102-SCJG", PASSWORD));
        assertThat(admin.account(administrator).orElseThrow()).satisfies(a -> {
            assertThat(a.windowCode()).isNull();
            assertThat(a.authorityCode()).isNull();
        });
    }

    @Test
    void aNewStaffAccountIsRefusedWithEveryProblemAndNothingIsStored() {
        long before = repository.count();
        assertThatThrownBy(() -> admin.createStaff(new StaffAccountForm("zhangwei", "李", Set.of(Role.CLERK), null,
                null, "password")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("admin-users.username", "validation.username-taken"),
                                org.assertj.core.groups.Tuple.tuple("admin-users.display-name", "validation.length"),
                                org.assertj.core.groups.Tuple.tuple("admin-users.window", "admin-users.error.window-required"),
                                org.assertj.core.groups.Tuple.tuple("admin-users.initial-password", "admin.validation.password")));
        assertThatThrownBy(() -> admin.createStaff(new StaffAccountForm(TestIdentities.username("x"), "李娜",
                Set.of(Role.CLERK, Role.OFFICER), "W350104", "A350102-SCJG", PASSWORD)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("admin-users.error.window-and-authority"));
        assertThatThrownBy(() -> admin.createStaff(new StaffAccountForm(TestIdentities.username("x"), "李娜",
                Set.of(Role.APPLICANT), null, null, PASSWORD)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("admin-users.error.roles"));
        assertThatThrownBy(() -> admin.createStaff(new StaffAccountForm(TestIdentities.username("x"), "李娜",
                Set.of(Role.OFFICER), null, "A999999-XX", "12345678")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactlyInAnyOrder("admin-users.error.unknown-authority", "admin.validation.password"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void rolesAndWindowOfStaffChangeAndAStaleVersionIsRefused() {
        long id = admin.createStaff(new StaffAccountForm(TestIdentities.username("clerk"), "李娜", Set.of(Role.CLERK),
                "W350104", null, PASSWORD));
        AccountSummary before = admin.account(id).orElseThrow();
        admin.changeStaff(id, before.version(), new StaffAssignment("李娜", Set.of(Role.CLERK, Role.SUPERVISOR),
                "W350302", null));
        AccountSummary after = admin.account(id).orElseThrow();
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.CLERK, Role.SUPERVISOR);
        assertThat(after.windowCode()).isEqualTo("W350302");
        assertThat(after.version()).isGreaterThan(before.version());

        assertThatThrownBy(() -> admin.changeStaff(id, before.version(), new StaffAssignment("李娜",
                Set.of(Role.OFFICER), null, "A350102-SCJG"))).isInstanceOf(AccountChangedException.class);
        assertThat(admin.account(id).orElseThrow().roles()).as("nothing changed")
                .containsExactlyInAnyOrder(Role.CLERK, Role.SUPERVISOR);

        admin.changeStaff(id, after.version(), new StaffAssignment("李娜", Set.of(Role.OFFICER), null,
                "A350102-SCJG"));
        PortalUser officer = (PortalUser) users.loadUserByUsername(after.username());
        assertThat(officer.home()).isEqualTo("authority/queue");
        assertThat(officer.windowCode()).isNull();
        assertThat(officer.authorityCode()).isEqualTo("A350102-SCJG");
    }

    @Test
    void anApplicantsAccountCanBeDisabledAndEnabledButNotEdited() {
        SignIn.out();
        String username = TestIdentities.username("applicant");
        long id = accounts.register(new Registration(AccountKind.NATURAL_PERSON, username, PASSWORD, "林芳",
                TestIdentities.residentId(), null, "13912345678", null));
        SignIn.as(users, "admin");
        AccountSummary applicant = admin.account(id).orElseThrow();
        assertThat(applicant.applicant()).isTrue();

        assertThatThrownBy(() -> admin.changeStaff(id, applicant.version(), new StaffAssignment("林芳",
                Set.of(Role.CLERK), "W350104", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("admin-users.error.applicant-not-editable"));
        assertThatThrownBy(() -> admin.resetPassword(id, applicant.version(), "Other2026x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("admin-users.error.applicant-not-editable"));
        AccountSummary unchanged = admin.account(id).orElseThrow();
        assertThat(unchanged.roles()).containsExactly(Role.APPLICANT);
        assertThat(unchanged.version()).isEqualTo(applicant.version());
        assertThat(passwords.matches(PASSWORD, users.loadUserByUsername(username).getPassword())).isTrue();

        admin.disable(id, applicant.version());
        assertThat(users.loadUserByUsername(username).isEnabled()).isFalse();
        admin.enable(id, admin.account(id).orElseThrow().version());
        assertThat(users.loadUserByUsername(username).isEnabled()).isTrue();
    }

    @Test
    void aResetPasswordMustBeChangedAtTheNextSignInAndTheOldOneNoLongerWorks() {
        String username = TestIdentities.username("officer");
        long id = admin.createStaff(new StaffAccountForm(username, "周敏", Set.of(Role.OFFICER), null, "A350102-SCJG",
                PASSWORD));
        SignIn.as(users, username);
        accounts.changeOwnPassword(PASSWORD, "Mine2026abc", "Mine2026abc");
        assertThat(((PortalUser) users.loadUserByUsername(username)).mustChangePassword()).isFalse();

        SignIn.as(users, "admin");
        admin.resetPassword(id, admin.account(id).orElseThrow().version(), "Temp2026xyz");
        PortalUser reset = (PortalUser) users.loadUserByUsername(username);
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(passwords.matches("Mine2026abc", reset.getPassword())).isFalse();
        assertThat(passwords.matches("Temp2026xyz", reset.getPassword())).isTrue();
        assertThatThrownBy(() -> admin.resetPassword(id, admin.account(id).orElseThrow().version(), "short1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("admin-users.reset-password"));
    }

    @Test
    void aUserChangingTheirPasswordMustKnowTheCurrentOneAndFollowTheRule() {
        String username = TestIdentities.username("clerk");
        admin.createStaff(new StaffAccountForm(username, "李娜", Set.of(Role.CLERK), "W350104", null, PASSWORD));
        SignIn.as(users, username);
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "onlyletters", "onlyletters"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("admin-password.current", "admin-password.error.current"),
                                org.assertj.core.groups.Tuple.tuple("admin-password.new", "admin.validation.password")));
        assertThatThrownBy(() -> accounts.changeOwnPassword(PASSWORD, PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("admin-password.error.same"));
        assertThatThrownBy(() -> accounts.changeOwnPassword(PASSWORD, "Mine2026abc", "Mine2026abd"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("validation.password-mismatch"));
        assertThat(((PortalUser) users.loadUserByUsername(username)).mustChangePassword()).as("nothing changed").isTrue();

        accounts.changeOwnPassword(PASSWORD, "Mine2026abc", "Mine2026abc");
        assertThat(((PortalUser) users.loadUserByUsername(username)).mustChangePassword()).isFalse();
        PortalUser signedIn = (PortalUser) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal();
        assertThat(signedIn.mustChangePassword()).as("the session goes on without the flag").isFalse();
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorDropTheirOwnAdministratorRole() {
        PortalUser me = (PortalUser) users.loadUserByUsername("admin");
        int version = admin.account(me.id()).orElseThrow().version();
        assertThatThrownBy(() -> admin.disable(me.id(), version))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("admin-users.error.disable-self"));
        assertThatThrownBy(() -> admin.changeStaff(me.id(), version, new StaffAssignment("系统管理员",
                Set.of(Role.CLERK), "W350104", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("admin-users.error.own-admin-role"));
        assertThat(admin.account(me.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void theListFiltersByRoleTextAndStateAndPages() {
        long id = admin.createStaff(new StaffAccountForm(TestIdentities.username("filter"), "筛选测试员",
                Set.of(Role.SUPERVISOR), "W350104", null, PASSWORD));
        admin.disable(id, admin.account(id).orElseThrow().version());

        assertThat(admin.accounts(new AccountFilter(Role.CLERK, null, null), Pageable.ofSize(200)).getContent())
                .extracting(AccountSummary::username).contains("clerk.cangshan", "clerk.putian")
                .doesNotContain("zhangwei", "admin");
        assertThat(admin.accounts(new AccountFilter(null, "CANGSHAN", null), Pageable.ofSize(50)).getContent())
                .extracting(AccountSummary::username)
                .containsExactlyInAnyOrder("clerk.cangshan", "supervisor.cangshan");
        assertThat(admin.accounts(new AccountFilter(null, "筛选测试", false), Pageable.ofSize(50)).getContent())
                .extracting(AccountSummary::id).containsExactly(id);
        assertThat(admin.accounts(new AccountFilter(null, "筛选测试", true), Pageable.ofSize(50)).getContent()).isEmpty();
        assertThat(admin.accounts(new AccountFilter(Role.SUPERVISOR, "筛选", null), Pageable.ofSize(50)).getContent())
                .extracting(AccountSummary::id).containsExactly(id);
        var firstTwo = admin.accounts(AccountFilter.all(), Pageable.ofSize(2));
        assertThat(firstTwo.getContent()).hasSize(2);
        assertThat(firstTwo.getTotalElements()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        SignIn.as(users, "clerk.cangshan");
        assertThatThrownBy(() -> admin.accounts(AccountFilter.all(), Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.createStaff(new StaffAccountForm(TestIdentities.username("x"), "李娜",
                Set.of(Role.ADMIN), null, null, PASSWORD))).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> accounts.changeOwnPassword("a", "b", "c"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }
}
