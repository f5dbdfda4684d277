package cn.fzmetro.portal.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * One page of a case list (a queue, an applicant's cases) as plain SQL, read straight into
 * {@link CaseSummary} rows: a list page is read on every screen a clerk, officer or applicant
 * opens, over a table of millions of cases, so it loads no entities and counts nothing (the grid
 * scrolls on until a page comes back short).
 *
 * <p>Sorted by deadline, cases without a running clock (ended ones) come last. Databases order
 * NULL first and an emulated "nulls last" defeats the index, so the page is read in two index
 * ranges instead: cases with a due date in deadline order, then those without in id order.
 */
final class CaseQueueQuery {

    private static final String COLUMNS = """
            id, case_number, item_code, item_name, applicant_name, receiving_window_code, competent_region_code,
            competent_authority_code, status, received_at, due_date, updated_at, version""";
    /** Timestamps are written in UTC (hibernate.jdbc.time_zone). */
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final RowMapper<CaseSummary> SUMMARY = CaseQueueQuery::summary;

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    /** Set when a condition excludes ended cases, so the second range would be empty. */
    private boolean runningClocksOnly;

    CaseQueueQuery where(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Adds the queue filters a clerk or officer chose. */
    CaseQueueQuery filteredBy(QueueFilter filter, LocalDate today) {
        if (filter.status() != null) {
            where("status = ?", filter.status().name());
        }
        if (filter.itemCode() != null && !filter.itemCode().isBlank()) {
            where("item_code = ?", filter.itemCode());
        }
        if (filter.competentRegion() != null && !filter.competentRegion().isBlank()) {
            where("competent_region_code = ?", filter.competentRegion());
        }
        if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
            where("case_number = ?", filter.caseNumber().trim());
        }
        if (filter.overdueOnly()) {
            where("due_date < ?", today);
            runningClocksOnly = true;
        }
        return this;
    }

    Slice<CaseSummary> page(JdbcTemplate jdbc, Pageable page) {
        Sort.Order first = page.getSort().stream().findFirst().orElse(Sort.Order.asc("dueDate"));
        if (!first.getProperty().equals("dueDate")) {
            String column = column(first.getProperty());
            String order = column + " " + first.getDirection().name() + ", id " + first.getDirection().name();
            return slice(read(jdbc, conditions, order, page.getOffset(), page.getPageSize() + 1), page);
        }
        String direction = first.getDirection().name();
        List<String> running = new ArrayList<>(conditions);
        running.add("due_date IS NOT NULL");
        List<CaseSummary> rows = new ArrayList<>(read(jdbc, running, "due_date " + direction + ", id " + direction,
                page.getOffset(), page.getPageSize() + 1));
        if (rows.size() <= page.getPageSize() && !runningClocksOnly) {
            // the running clocks end on this page: fill it with the ended cases
            long before = rows.isEmpty() && page.getOffset() > 0 ? count(jdbc, running) : page.getOffset() + rows.size();
            List<String> ended = new ArrayList<>(conditions);
            ended.add("due_date IS NULL");
            rows.addAll(read(jdbc, ended, "id ASC", Math.max(0, page.getOffset() - before),
                    page.getPageSize() + 1 - rows.size()));
        }
        return slice(rows, page);
    }

    private List<CaseSummary> read(JdbcTemplate jdbc, List<String> where, String order, long offset, int limit) {
        List<Object> args = new ArrayList<>(parameters);
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT " + COLUMNS + " FROM case_file WHERE " + String.join(" AND ", where)
                + " ORDER BY " + order + " LIMIT ? OFFSET ?", SUMMARY, args.toArray());
    }

    private long count(JdbcTemplate jdbc, List<String> where) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE " + String.join(" AND ", where),
                Long.class, parameters.toArray());
        return n == null ? 0 : n;
    }

    private static Slice<CaseSummary> slice(List<CaseSummary> rows, Pageable page) {
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }

    /** The sortable columns of a queue; anything else is a programming error, not user input. */
    private static String column(String property) {
        return switch (property) {
            case "receivedAt" -> "received_at";
            case "updatedAt" -> "updated_at";
            case "id" -> "id";
            default -> throw new IllegalArgumentException("A queue cannot be sorted by " + property);
        };
    }

    private static CaseSummary summary(ResultSet rs, int row) throws SQLException {
        java.sql.Date due = rs.getDate("due_date");
        return new CaseSummary(rs.getLong("id"), rs.getString("case_number"), rs.getString("item_code"),
                rs.getString("item_name"), rs.getString("applicant_name"), rs.getString("receiving_window_code"),
                rs.getString("competent_region_code"), rs.getString("competent_authority_code"),
                CaseStatus.valueOf(rs.getString("status")), instant(rs, "received_at"),
                due == null ? null : due.toLocalDate(), instant(rs, "updated_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column, Calendar.getInstance(UTC));
        return t == null ? null : t.toInstant();
    }
}
