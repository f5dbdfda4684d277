package cn.fzmetro.portal.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.InvalidInputException.Problem;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;

/**
 * Windows and authorities as administrators keep them: created, edited, closed to new cases,
 * and deleted only while no case and no account refers to them. Cases are inserted with plain
 * SQL, the way {@link AreaReferences} reads them, so this test needs nothing from casefile.
 */
@PortalSpringTest
class AreaAdminTest {

    @Autowired
    AreaAdmin admin;
    @Autowired
    AreaQuery area;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private String suffix;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "admin");
        suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aWindowIsCreatedEditedClosedReopenedAndWithoutCasesDeleted() {
        String code = admin.createWindow(new WindowForm(" w" + suffix + " ", "350104", "仓山区第二服务点通办窗口",
                "福州市仓山区某某路1号", "周一至周五 9:00-17:00", "0591-88886666"));
        assertThat(code).isEqualTo("W" + suffix);
        WindowEntry created = admin.window(code).orElseThrow();
        assertThat(created.regionName()).isEqualTo("仓山区");
        assertThat(created.openForCases()).isTrue();
        assertThat(area.window(code)).isPresent();

        admin.updateWindow(code, created.version(), new WindowForm("ignored", "350102", "鼓楼区第二服务点通办窗口",
                "福州市鼓楼区某某路2号", "周一至周六 9:00-17:00", "0591-88887777"));
        WindowEntry edited = admin.window(code).orElseThrow();
        assertThat(edited).extracting(WindowEntry::code, WindowEntry::regionCode, WindowEntry::name,
                WindowEntry::hours, WindowEntry::phone)
                .containsExactly(code, "350102", "鼓楼区第二服务点通办窗口", "周一至周六 9:00-17:00", "0591-88887777");

        admin.setWindowOpen(code, edited.version(), false);
        assertThat(area.window(code).orElseThrow().openForCases()).as("closed to new cases").isFalse();
        admin.setWindowOpen(code, admin.window(code).orElseThrow().version(), true);
        assertThat(area.window(code).orElseThrow().openForCases()).isTrue();

        admin.deleteWindow(code, admin.window(code).orElseThrow().version());
        assertThat(area.window(code)).isEmpty();
    }

    @Test
    void aWindowWithCasesCannotBeDeletedOnlyClosed() {
        String code = admin.createWindow(window("W" + suffix));
        long caseId = insertCase(code, "A350102-SCJG");
        try {
            int version = admin.window(code).orElseThrow().version();
            assertThatThrownBy(() -> admin.deleteWindow(code, version))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(Problem::field, Problem::messageKey)
                            .containsExactly(tuple("admin-area.window", "admin-area.error.window-has-cases")))
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).args()).containsExactly(1L));
            assertThat(area.window(code)).as("still there").isPresent();

            admin.setWindowOpen(code, version, false);
            assertThat(area.window(code).orElseThrow().openForCases()).isFalse();
        } finally {
            deleteCase(caseId);
        }
        admin.deleteWindow(code, admin.window(code).orElseThrow().version());
        assertThat(area.window(code)).as("without cases it can go").isEmpty();
    }

    @Test
    void aWindowWithStaffCannotBeDeleted() {
        assertThatThrownBy(() -> admin.deleteWindow("W350104", admin.window("W350104").orElseThrow().version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).contains("admin-area.error.window-has-staff"));
        assertThat(area.window("W350104")).isPresent();
    }

    @Test
    void anAuthorityWithoutCasesIsDeletedAndOneWithCasesOnlyClosed() {
        // every region has one authority of each department type: free a slot, then fill it again
        AuthorityEntry existing = admin.authority("A350783-XF").orElseThrow();
        admin.deleteAuthority(existing.code(), existing.version());
        assertThat(area.authority(existing.code())).as("no case, no account: deleted").isEmpty();
        assertThat(area.competentAuthority("XF", "350783")).isEmpty();

        String code = admin.createAuthority(new AuthorityForm(" " + existing.code().toLowerCase() + " ",
                existing.regionCode(), existing.departmentCode(), existing.name(), existing.phone(), existing.address()));
        assertThat(code).isEqualTo(existing.code());
        assertThat(area.competentAuthority("XF", "350783").orElseThrow().code()).isEqualTo(code);
        long caseId = insertCase("W350104", code);
        try {
            int version = admin.authority(code).orElseThrow().version();
            assertThatThrownBy(() -> admin.deleteAuthority(code, version))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(Problem::field, Problem::messageKey)
                            .containsExactly(tuple("admin-area.authority", "admin-area.error.authority-has-cases")));
            assertThat(area.authority(code)).isPresent();
            admin.setAuthorityOpen(code, version, false);
            assertThat(area.authority(code).orElseThrow().openForCases()).as("closed to new cases").isFalse();
            admin.setAuthorityOpen(code, version + 1, true);
        } finally {
            deleteCase(caseId);
        }
    }

    @Test
    void anAuthorityWithStaffCannotBeDeleted() {
        assertThatThrownBy(() -> admin.deleteAuthority("A350102-SCJG",
                admin.authority("A350102-SCJG").orElseThrow().version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).contains("admin-area.error.authority-has-staff"));
    }

    @Test
    void oneAuthorityPerRegionAndDepartmentTypeAndEveryFieldChecked() {
        // 350104 仓山区 already has its 市场监管 authority
        assertThatThrownBy(() -> admin.createAuthority(new AuthorityForm("A" + suffix, "350104", "SCJG", "X",
                "电话", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("admin-area.department", "admin-area.error.authority-exists"),
                                tuple("admin-area.name", "validation.length"),
                                tuple("admin-area.phone", "admin-area.error.phone"),
                                tuple("admin-area.address", "validation.length")));
        assertThatThrownBy(() -> admin.createAuthority(new AuthorityForm("A350104-SCJG", "999999", "NOPE",
                "某某局", "0591-22223333", "某某路")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("admin-area.code", "admin-area.error.code-taken"),
                                tuple("admin-area.region", "admin-area.error.region"),
                                tuple("admin-area.department", "admin-area.error.department")));
        AuthorityEntry gulou = admin.authority("A350102-SCJG").orElseThrow();
        assertThatThrownBy(() -> admin.updateAuthority(gulou.code(), gulou.version(), new AuthorityForm(null,
                "350104", "SCJG", gulou.name(), gulou.phone(), gulou.address())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("admin-area.error.authority-exists"));
        admin.updateAuthority(gulou.code(), gulou.version(), new AuthorityForm(null, gulou.regionCode(),
                gulou.departmentCode(), gulou.name(), "0591-87654321", gulou.address()));
        assertThat(area.authority(gulou.code()).orElseThrow().phone()).isEqualTo("0591-87654321");
        admin.updateAuthority(gulou.code(), gulou.version() + 1, new AuthorityForm(null, gulou.regionCode(),
                gulou.departmentCode(), gulou.name(), gulou.phone(), gulou.address()));
    }

    @Test
    void aBadWindowIsRefusedWithEveryProblemAndAStaleVersionChangesNothing() {
        long before = jdbc.queryForObject("select count(*) from service_window", Long.class);
        assertThatThrownBy(() -> admin.createWindow(new WindowForm("W350104", "", "窗", "", "", "abc")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .containsExactlyInAnyOrder("admin-area.code", "admin-area.region", "admin-area.name",
                                "admin-area.address", "admin-area.hours", "admin-area.phone"));
        assertThatThrownBy(() -> admin.createWindow(window("9-bad")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("admin-area.error.code"));
        assertThat(jdbc.queryForObject("select count(*) from service_window", Long.class)).isEqualTo(before);

        String code = admin.createWindow(window("W" + suffix));
        WindowEntry seen = admin.window(code).orElseThrow();
        admin.setWindowOpen(code, seen.version(), false);
        assertThatThrownBy(() -> admin.updateWindow(code, seen.version(), window(code)))
                .isInstanceOf(AreaChangedException.class);
        assertThatThrownBy(() -> admin.deleteWindow(code, seen.version())).isInstanceOf(AreaChangedException.class);
        assertThat(admin.window(code).orElseThrow().openForCases()).isFalse();
        admin.deleteWindow(code, admin.window(code).orElseThrow().version());
    }

    @Test
    void theListsFilterAndPage() {
        assertThat(admin.windows("350104", null, Pageable.ofSize(10)).getContent())
                .extracting(WindowEntry::code).containsExactly("W350104");
        assertThat(admin.windows(null, "莆田", Pageable.ofSize(50)).getContent()).isNotEmpty()
                .allSatisfy(w -> assertThat(w.name() + w.address()).contains("莆田"));
        assertThat(admin.authorities("350102", "SCJG", null, Pageable.ofSize(10)).getContent())
                .extracting(AuthorityEntry::code, AuthorityEntry::departmentName)
                .containsExactly(tuple("A350102-SCJG", area.department("SCJG").orElseThrow().name()));
        var page = admin.authorities(null, null, null, Pageable.ofSize(20));
        assertThat(page.getContent()).hasSize(20);
        assertThat(page.getTotalElements()).isGreaterThan(300);
    }

    @Test
    void onlyAdministratorsKeepTheArea() {
        SignIn.as(users, "clerk.cangshan");
        assertThatThrownBy(() -> admin.windows(null, null, Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.deleteWindow("W350104", 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.createAuthority(new AuthorityForm("AX", "350104", "YJ", "某局", "0591-1234567",
                "某路"))).isInstanceOf(AccessDeniedException.class);
    }

    private static WindowForm window(String code) {
        return new WindowForm(code, "350104", "测试通办窗口", "福州市仓山区测试路1号", "周一至周五 9:00-17:00",
                "0591-12345678");
    }

    private long insertCase(String windowCode, String authorityCode) {
        Long applicant = jdbc.queryForObject("select id from app_user where username = 'zhangwei'", Long.class);
        jdbc.update("""
                insert into case_file (item_code, item_name, applicant_id, applicant_name, receiving_window_code,
                    competent_region_code, competent_authority_code, status, created_at, updated_at, version)
                values ('SCJG-001', '测试事项', ?, '张伟', ?, '350102', ?, 'RECEIVED', CURRENT_TIMESTAMP,
                    CURRENT_TIMESTAMP, 0)""", applicant, windowCode, authorityCode);
        return jdbc.queryForObject("select max(id) from case_file where receiving_window_code = ?", Long.class,
                windowCode);
    }

    private void deleteCase(long id) {
        jdbc.update("delete from case_file where id = ?", id);
    }
}
