package cn.fzmetro.portal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.account.AccountKind;
import cn.fzmetro.portal.account.AccountService;
import cn.fzmetro.portal.account.Registration;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.TestIdentities;

/**
 * The schema and the start-up data on the real database of this run: H2 by default, MySQL or
 * MariaDB when DB_URL is set (CI). Prints which server it ran on, for the CI log.
 */
@PortalSpringTest
class DatabaseIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Flyway flyway;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @Test
    void migrationsAppliedAndStartUpDataLoaded() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            System.out.println("Database under test: " + meta.getDatabaseProductName() + " "
                    + meta.getDatabaseProductVersion() + " via " + meta.getURL());
        }
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(29);
        assertThat(jdbc.queryForObject("select count(*) from service_window", Integer.class)).isEqualTo(25);
        assertThat(jdbc.queryForObject("select count(*) from service_item", Integer.class)).isEqualTo(71);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username in "
                + "('zhangwei','minjiang','clerk.cangshan','clerk.putian','officer.gulou','admin')", Integer.class))
                .isEqualTo(6);
    }

    @Test
    void chineseTextIncludingFourByteCharactersRoundTrips() {
        String username = TestIdentities.username("ji");
        String name = "𠮷野昇堃";
        accounts.register(new Registration(AccountKind.NATURAL_PERSON, username, "Secret123", name,
                TestIdentities.residentId(), null, "13912345670", null));
        assertThat(((PortalUser) users.loadUserByUsername(username)).displayName()).isEqualTo(name);
        assertThat(jdbc.queryForObject("select name from service_item where code = 'SCJG-001'", String.class))
                .isEqualTo("有限责任公司设立登记");
    }
}
