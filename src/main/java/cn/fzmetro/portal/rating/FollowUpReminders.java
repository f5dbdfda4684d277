package cn.fzmetro.portal.rating;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.cluster.Batches;
import cn.fzmetro.portal.base.cluster.Batches.Batch;
import cn.fzmetro.portal.base.cluster.ClusterJobLock;
import cn.fzmetro.portal.clock.Deadlines;

/**
 * Every morning: open follow-ups of poor ratings whose due day has passed (the overdue flag of
 * the ratings screen) remind the receiving window's supervisors once ({@link FollowUpOverdue}).
 * {@code overdue_notified_at} marks the reminded ones, set only if still empty, so a rerun or a
 * second node reminds nobody twice. Plain SQL in batches over {@code ix_rating_follow_up_due}; the
 * column is not mapped on {@link CaseRating}, so answering a follow-up never overwrites it.
 */
@Component
class FollowUpReminders {

    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);
    static final int BATCH = 200;

    private record Overdue(long id, long caseId, String caseNumber, String itemName, LocalDate due,
            String windowCode) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClusterJobLock lock;
    /** Through the proxy, so each batch has its own transaction. */
    private final FollowUpReminders self;

    FollowUpReminders(NamedParameterJdbcTemplate jdbc, Deadlines deadlines, ApplicationEventPublisher events,
            Clock clock, ClusterJobLock lock, @Lazy FollowUpReminders self) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
        this.lock = lock;
        this.self = self;
    }

    /** On every node; the cluster lock lets one node run each firing. */
    @Scheduled(cron = "${portal.rating.follow-up-reminder-cron:0 20 8 * * *}", zone = "Asia/Shanghai")
    void onSchedule() {
        lock.runOnce("follow-up-reminders", Duration.ofMinutes(30), Duration.ofMinutes(5), this::remindNow);
    }

    /** Reminds of every overdue follow-up not reminded of yet; returns how many. */
    int remindNow() {
        LocalDate today = deadlines.today();
        int reminded = Batches.untilShort(BATCH, () -> self.remindBatch(today));
        if (reminded > 0) {
            log.info("Rating follow-ups: reminded of {} overdue", reminded);
        }
        return reminded;
    }

    @Transactional
    public Batch remindBatch(LocalDate today) {
        List<Overdue> overdue = jdbc.query("""
                SELECT id, case_id, case_number, item_name, follow_up_due, assigned_window_code FROM case_rating
                WHERE follow_up_state = 'OPEN' AND follow_up_due < :today AND overdue_notified_at IS NULL
                ORDER BY id
                LIMIT :limit""", new MapSqlParameterSource("today", Date.valueOf(today)).addValue("limit", BATCH),
                (row, n) -> new Overdue(row.getLong("id"), row.getLong("case_id"), row.getString("case_number"),
                        row.getString("item_name"), row.getDate("follow_up_due").toLocalDate(),
                        row.getString("assigned_window_code")));
        Instant now = clock.instant();
        int reminded = 0;
        for (Overdue o : overdue) {
            int marked = jdbc.update("UPDATE case_rating SET overdue_notified_at = :at"
                    + " WHERE id = :id AND overdue_notified_at IS NULL",
                    new MapSqlParameterSource("at", Timestamp.from(now)).addValue("id", o.id()));
            if (marked == 1) {
                events.publishEvent(new FollowUpOverdue(o.id(), o.caseId(), o.caseNumber(), o.itemName(), o.due(),
                        o.windowCode(), now));
                reminded++;
            }
        }
        return new Batch(overdue.size(), reminded);
    }
}
