package cn.fzmetro.portal.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.text.Csv;

/**
 * Search and export of the append-only case action log for administrators, by case number,
 * user, window or authority, action and time range. Every search and export is itself recorded
 * (who, when, which criteria) before any line is returned.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CaseAudit {

    /** An export holds at most this many lines; narrow the search for more. */
    public static final int MAX_EXPORT = 100_000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Deadlines.ZONE);

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditReadLogRepository reads;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseAudit(NamedParameterJdbcTemplate jdbc, AuditReadLogRepository reads, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of matching lines, newest first; the first page of a search records the reading. */
    @Transactional
    public Page<AuditLine> search(AuditQuery query, Pageable page) {
        if (page.getOffset() == 0) {
            logRead("SEARCH", query);
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(query, p);
        long total = count(where, p);
        p.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        List<AuditLine> lines = jdbc.query(SELECT + where + " ORDER BY h.occurred_at DESC, h.id DESC"
                + " LIMIT :limit OFFSET :offset", p, LINE);
        return new PageImpl<>(lines, page, total);
    }

    /** How many lines match (for a lazy grid's size; the search itself records the reading). */
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        return count(where(query, p), p);
    }

    private long count(String where, MapSqlParameterSource p) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM case_history h JOIN case_file c ON c.id = h.case_id"
                + where, p, Long.class);
        return total == null ? 0 : total;
    }

    /** Writes the matching lines as CSV (UTF-8 with BOM for spreadsheet programs), oldest first. */
    @Transactional
    public int exportCsv(AuditQuery query, Writer out) {
        logRead("EXPORT", query);
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(query, p);
        p.addValue("limit", MAX_EXPORT);
        int[] written = {0};
        try {
            out.write(Csv.BYTE_ORDER_MARK);
            out.write(Csv.line(List.of("case_number", "time", "user", "role", "place", "action", "from_status",
                    "to_status", "detail")));
            jdbc.query(SELECT + where + " ORDER BY h.occurred_at, h.id LIMIT :limit", p, rs -> {
                AuditLine l = LINE.mapRow(rs, written[0]);
                try {
                    out.write(Csv.line(java.util.Arrays.asList(l.caseNumber(), CSV_TIME.format(l.at()),
                            l.actorName(), l.actorRole(), l.place(), l.action().name(),
                            l.fromStatus() == null ? "" : l.fromStatus().name(), l.toStatus().name(), l.detail())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written[0];
    }

    /** The signed-in administrator's latest readings of the log (the log of reading, shown back). */
    @Transactional(readOnly = true)
    public List<String> myRecentReads() {
        return reads.findTop10ByReaderIdOrderByIdDesc(currentUser.require().id()).stream()
                .map(r -> r.purpose() + " " + r.criteria()).toList();
    }

    private void logRead(String purpose, AuditQuery query) {
        PortalUser reader = currentUser.require();
        reads.save(new AuditReadLog(clock.instant(), reader.id(), reader.displayName(), purpose, query.toString()));
    }

    private static final String SELECT = "SELECT h.case_id, c.case_number, h.occurred_at, h.actor_name, h.actor_role,"
            + " h.place, h.action, h.from_status, h.to_status, h.detail FROM case_history h"
            + " JOIN case_file c ON c.id = h.case_id";

    private static final RowMapper<AuditLine> LINE = (rs, i) -> new AuditLine(rs.getLong(1), rs.getString(2),
            rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
            CaseAction.valueOf(rs.getString(7)), rs.getString(8) == null ? null : CaseStatus.valueOf(rs.getString(8)),
            CaseStatus.valueOf(rs.getString(9)), rs.getString(10));

    private static String where(AuditQuery q, MapSqlParameterSource p) {
        List<String> parts = new ArrayList<>();
        if (q.caseNumber() != null && !q.caseNumber().isBlank()) {
            parts.add("c.case_number = :caseNumber");
            p.addValue("caseNumber", q.caseNumber().trim());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            parts.add("h.actor_name LIKE :actor");
            p.addValue("actor", "%" + like(q.actor().trim()) + "%");
        }
        if (q.place() != null && !q.place().isBlank()) {
            parts.add("h.place LIKE :place");
            p.addValue("place", "%" + like(q.place().trim()) + "%");
        }
        if (q.action() != null) {
            parts.add("h.action = :action");
            p.addValue("action", q.action().name());
        }
        if (q.from() != null) {
            parts.add("h.occurred_at >= :from");
            p.addValue("from", Timestamp.from(Deadlines.startOf(q.from())));
        }
        if (q.to() != null) {
            parts.add("h.occurred_at < :to");
            p.addValue("to", Timestamp.from(Deadlines.startOf(q.to().plusDays(1))));
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    /** Wildcards typed by the user are matched literally. */
    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
