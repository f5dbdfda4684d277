package cn.fzmetro.portal.area;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Whether anything still refers to a window or an authority, before an administrator deletes it.
 * Cases ({@code casefile}) and accounts ({@code account}) depend on this module, so it cannot
 * ask them through their APIs without a cycle; instead it counts rows in their tables with plain
 * SQL on the foreign-key columns, which are indexed ({@code ix_case_window_queue},
 * {@code ix_case_authority_queue}) or small. The foreign keys themselves are the last guard.
 */
@Repository
class AreaReferences {

    private final JdbcTemplate jdbc;

    AreaReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases received at this window, in any state. */
    long casesReceivedAt(String windowCode) {
        return count("select count(*) from case_file where receiving_window_code = ?", windowCode);
    }

    /** Cases routed to this authority, in any state. */
    long casesOfAuthority(String authorityCode) {
        return count("select count(*) from case_file where competent_authority_code = ?", authorityCode);
    }

    /** Staff accounts (enabled or not) that belong to this window. */
    long staffOfWindow(String windowCode) {
        return count("select count(*) from app_user where window_code = ?", windowCode);
    }

    /** Staff accounts (enabled or not) that belong to this authority. */
    long staffOfAuthority(String authorityCode) {
        return count("select count(*) from app_user where authority_code = ?", authorityCode);
    }

    private long count(String sql, String code) {
        Long n = jdbc.queryForObject(sql, Long.class, code);
        return n == null ? 0 : n;
    }
}
