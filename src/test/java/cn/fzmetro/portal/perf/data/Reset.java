package cn.fzmetro.portal.perf.data;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes what earlier runs generated, and what was done with it since: the {@code perf-} accounts,
 * the cases generated (submission key {@code perf-…}) or filed by those accounts, and every row that
 * hangs on those cases or accounts. Case number sequences go back to the numbers still in use.
 */
final class Reset {

    static final String PERF_USERS = "SELECT id FROM app_user WHERE username LIKE 'perf-%'";
    static final String PERF_CASES = "(submission_key LIKE 'perf-%' OR applicant_id IN (" + PERF_USERS + "))";

    private Reset() {
    }

    /** Generated accounts and cases present, as a message, or null when there are none. */
    static String present(Connection c) throws SQLException {
        long users = count(c, "SELECT COUNT(*) FROM app_user WHERE username LIKE 'perf-%'");
        long cases = count(c, "SELECT COUNT(*) FROM case_file WHERE submission_key LIKE 'perf-%'");
        return users + cases == 0 ? null : users + " generated accounts and " + cases + " generated cases";
    }

    static void run(Connection c, boolean mysql, PrintStream log) throws SQLException {
        long t0 = System.nanoTime();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            if (mysql) {
                s.execute("SET SESSION foreign_key_checks = 0");
            }
            long others = count(c, "SELECT COUNT(*) FROM case_file WHERE NOT (COALESCE(submission_key, '') LIKE 'perf-%'"
                    + " OR COALESCE(applicant_id, 0) IN (" + PERF_USERS + "))");
            if (others == 0 && mysql) {
                // nothing but generated cases: empty the case tables outright
                for (String t : List.of("case_history", "case_checklist_line", "case_material_file",
                        "case_correction_item", "case_rating", "user_notification", "issued_notice", "case_file")) {
                    s.execute("TRUNCATE TABLE " + t);
                }
                if (count(c, "SELECT COUNT(*) FROM stored_file WHERE owner_type <> 'CASE'") == 0) {
                    s.execute("TRUNCATE TABLE stored_file");
                } else {
                    deleteInSlices(c, "stored_file", "owner_type = 'CASE'");
                }
                s.execute("DELETE FROM case_number_sequence");
            } else {
                List<long[]> slices = slices(c);
                for (long[] slice : slices) {
                    String ids = "SELECT id FROM case_file WHERE id BETWEEN " + slice[0] + " AND " + slice[1] + " AND "
                            + PERF_CASES;
                    s.execute("DELETE FROM case_history WHERE case_id BETWEEN " + slice[0] + " AND " + slice[1]
                            + " AND case_id IN (" + ids + ")");
                    s.execute("DELETE FROM case_checklist_line WHERE case_id BETWEEN " + slice[0] + " AND " + slice[1]
                            + " AND case_id IN (" + ids + ")");
                    s.execute("DELETE FROM case_material_file WHERE case_id BETWEEN " + slice[0] + " AND " + slice[1]
                            + " AND case_id IN (" + ids + ")");
                    s.execute("DELETE FROM case_correction_item WHERE case_id BETWEEN " + slice[0] + " AND " + slice[1]
                            + " AND case_id IN (" + ids + ")");
                    s.execute("DELETE FROM case_rating WHERE case_id BETWEEN " + slice[0] + " AND " + slice[1]
                            + " AND case_id IN (" + ids + ")");
                    s.execute("DELETE FROM user_notification WHERE case_id BETWEEN " + slice[0] + " AND " + slice[1]
                            + " AND case_id IN (" + ids + ")");
                    s.execute("DELETE FROM stored_file WHERE owner_type = 'CASE' AND owner_id BETWEEN " + slice[0]
                            + " AND " + slice[1] + " AND owner_id IN (" + ids + ")");
                    s.execute("DELETE FROM issued_notice WHERE case_number IN (SELECT case_number FROM case_file"
                            + " WHERE id BETWEEN " + slice[0] + " AND " + slice[1] + " AND " + PERF_CASES + ")");
                    s.execute("DELETE FROM case_file WHERE id BETWEEN " + slice[0] + " AND " + slice[1] + " AND "
                            + PERF_CASES);
                }
                restoreSequences(c);
            }
            s.execute("DELETE FROM user_notification WHERE user_id IN (" + PERF_USERS + ")");
            s.execute("DELETE FROM audit_read_log WHERE reader_id IN (" + PERF_USERS + ")");
            s.execute("DELETE FROM case_rating WHERE applicant_id IN (" + PERF_USERS + ")");
            s.execute("DELETE FROM stored_file WHERE uploaded_by IN (" + PERF_USERS + ")");
            s.execute("DELETE FROM user_role WHERE user_id IN (" + PERF_USERS + ")");
            s.execute("DELETE FROM app_user WHERE username LIKE 'perf-%'");
        } finally {
            c.setAutoCommit(autoCommit);
        }
        log.printf("Reset: removed earlier generated data in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void deleteInSlices(Connection c, String table, String where) throws SQLException {
        try (Statement s = c.createStatement()) {
            while (s.executeUpdate("DELETE FROM " + table + " WHERE " + where + " LIMIT 50000") > 0) {
                // next slice
            }
        }
    }

    /** Id ranges of about 20,000 cases covering every generated (or perf-filed) case. */
    private static List<long[]> slices(Connection c) throws SQLException {
        List<long[]> slices = new ArrayList<>();
        long min;
        long max;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MIN(id), MAX(id) FROM case_file WHERE " + PERF_CASES)) {
            rs.next();
            min = rs.getLong(1);
            max = rs.getLong(2);
            if (rs.wasNull()) {
                return slices;
            }
        }
        for (long a = min; a <= max; a += 20_000) {
            slices.add(new long[] { a, Math.min(max, a + 19_999) });
        }
        return slices;
    }

    /** Each region's day sequence back to the highest number still in use; days without one go. */
    private static void restoreSequences(Connection c) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT region_code, seq_day FROM case_number_sequence")) {
            while (rs.next()) {
                rows.add(new Object[] { rs.getString(1), rs.getDate(2) });
            }
        }
        try (PreparedStatement max = c.prepareStatement("SELECT MAX(case_number) FROM case_file WHERE case_number LIKE ?");
                PreparedStatement update = c.prepareStatement(
                        "UPDATE case_number_sequence SET last_value = ? WHERE region_code = ? AND seq_day = ?");
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM case_number_sequence WHERE region_code = ? AND seq_day = ?")) {
            for (Object[] row : rows) {
                java.sql.Date day = (java.sql.Date) row[1];
                String prefix = row[0] + "-" + day.toLocalDate().toString().replace("-", "") + "-";
                max.setString(1, prefix + "%");
                String last = null;
                try (ResultSet rs = max.executeQuery()) {
                    if (rs.next()) {
                        last = rs.getString(1);
                    }
                }
                if (last == null) {
                    delete.setString(1, (String) row[0]);
                    delete.setDate(2, day);
                    delete.executeUpdate();
                } else {
                    update.setInt(1, Integer.parseInt(last.substring(prefix.length())));
                    update.setString(2, (String) row[0]);
                    update.setDate(3, day);
                    update.executeUpdate();
                }
            }
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
