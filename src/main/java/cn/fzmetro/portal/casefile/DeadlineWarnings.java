package cn.fzmetro.portal.casefile;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.cluster.Batches;
import cn.fzmetro.portal.base.cluster.Batches.Batch;
import cn.fzmetro.portal.base.cluster.ClusterJobLock;
import cn.fzmetro.portal.casefile.DeadlineWarning.Kind;
import cn.fzmetro.portal.clock.Deadlines;

/**
 * Every working morning: cases whose intake or decision clock is in its warning period today
 * (status WARNING in {@link Deadlines#status}) and whose handlers were not yet told get a
 * {@link DeadlineWarning} — once per case, clock and due date, recorded in
 * {@code case_deadline_warning} in the same transaction. A rerun, or another node running at the
 * same moment, finds the row and tells nobody twice. The search is one indexed range of due dates
 * per status ({@code ix_case_status_due}), in batches: never all open cases at once.
 */
@Component
class DeadlineWarnings {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWarnings.class);
    static final int BATCH = 200;
    private static final Set<CaseStatus> INTAKE = Set.of(CaseStatus.RECEIVED);
    private static final Set<CaseStatus> DECISION = Set.of(CaseStatus.ACCEPTED, CaseStatus.TRANSFERRED,
            CaseStatus.UNDER_REVIEW);

    private record Due(long caseId, String caseNumber, String itemName, LocalDate dueDate, String windowCode,
            String authorityCode, Long assignedClerkId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClusterJobLock lock;
    /** Through the proxy, so each batch has its own transaction. */
    private final DeadlineWarnings self;

    DeadlineWarnings(NamedParameterJdbcTemplate jdbc, Deadlines deadlines, ApplicationEventPublisher events,
            Clock clock, ClusterJobLock lock, @Lazy DeadlineWarnings self) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
        this.lock = lock;
        this.self = self;
    }

    /** On every node; the cluster lock lets one node run each firing. */
    @Scheduled(cron = "${portal.clock.deadline-warning-cron:0 15 8 * * *}", zone = "Asia/Shanghai")
    void onSchedule() {
        lock.runOnce("deadline-warnings", Duration.ofMinutes(30), Duration.ofMinutes(5), this::warnNow);
    }

    /** Warns about every clock in its warning period today not warned about yet; returns how many. */
    int warnNow() {
        LocalDate today = deadlines.today();
        LocalDate until = deadlines.warningUntil();
        int warned = 0;
        for (Kind kind : Kind.values()) {
            warned += Batches.untilShort(BATCH, () -> self.warnBatch(kind, today, until));
        }
        if (warned > 0) {
            log.info("Deadline warnings: {} clock(s) entered their warning period", warned);
        }
        return warned;
    }

    /** Up to {@link #BATCH} clocks of this kind due from {@code today} to before {@code until}, not warned about. */
    @Transactional
    public Batch warnBatch(Kind kind, LocalDate today, LocalDate until) {
        if (!until.isAfter(today)) {
            return new Batch(0, 0);
        }
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("statuses", (kind == Kind.INTAKE ? INTAKE : DECISION).stream().map(Enum::name).toList())
                .addValue("today", Date.valueOf(today)).addValue("until", Date.valueOf(until))
                .addValue("clock", kind.name()).addValue("limit", BATCH);
        List<Due> due = jdbc.query("""
                SELECT c.id, c.case_number, c.item_name, c.due_date, c.receiving_window_code,
                       c.competent_authority_code, c.assigned_clerk_id
                FROM case_file c
                WHERE c.status IN (:statuses) AND c.due_date >= :today AND c.due_date < :until
                  AND NOT EXISTS (SELECT 1 FROM case_deadline_warning w
                                  WHERE w.case_id = c.id AND w.clock = :clock AND w.due_date = c.due_date)
                ORDER BY c.id
                LIMIT :limit""", p, (row, n) -> new Due(row.getLong("id"), row.getString("case_number"),
                row.getString("item_name"), row.getDate("due_date").toLocalDate(), row.getString("receiving_window_code"),
                row.getString("competent_authority_code"), (Long) row.getObject("assigned_clerk_id", Long.class)));
        Instant now = clock.instant();
        int warned = 0;
        for (Due d : due) {
            if (record(d, kind, now)) {
                events.publishEvent(new DeadlineWarning(d.caseId(), d.caseNumber(), d.itemName(), kind, d.dueDate(),
                        d.windowCode(), d.authorityCode(), kind == Kind.INTAKE ? d.assignedClerkId() : null, now));
                warned++;
            }
        }
        return new Batch(due.size(), warned);
    }

    /** Records the warning; false if it was recorded already (another node got there first). */
    private boolean record(Due d, Kind kind, Instant now) {
        try {
            jdbc.update("INSERT INTO case_deadline_warning (case_id, clock, due_date, warned_at)"
                    + " VALUES (:caseId, :clock, :dueDate, :at)", new MapSqlParameterSource()
                    .addValue("caseId", d.caseId()).addValue("clock", kind.name())
                    .addValue("dueDate", Date.valueOf(d.dueDate())).addValue("at", Timestamp.from(now)));
            return true;
        } catch (DuplicateKeyException alreadyWarned) {
            return false;
        }
    }
}
