package cn.fzmetro.portal.rating;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.clock.Deadlines;

/**
 * The ratings of a period for the dashboard, counted in the database: how many of each level, and
 * the follow-ups still open and overdue. A window supervisor sees the ratings of cases received
 * at their window (the one place this module reads the case table, by its receiving window).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
public class RatingStatistics {


    /** Ratings per level (every level present, zero if none), open and overdue follow-ups. */
    public record RatingSummary(Map<SatisfactionLevel, Long> perLevel, long openFollowUps, long overdueFollowUps) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Deadlines deadlines;

    RatingStatistics(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.deadlines = deadlines;
    }

    /** Ratings given from {@code from} to {@code to}, both included. */
    public RatingSummary summary(LocalDate from, LocalDate to) {
        PortalUser user = currentUser.require();
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(Deadlines.startOf(from)))
                .addValue("to", Timestamp.from(Deadlines.startOf(to.plusDays(1))))
                .addValue("today", deadlines.today());
        String where = " WHERE r.rated_at >= :from AND r.rated_at < :to";
        if (!user.hasRole(Role.ADMIN)) {
            where += " AND r.case_id IN (SELECT c.id FROM case_file c WHERE c.receiving_window_code = :window)";
            p.addValue("window", user.windowCode());
        }
        Map<SatisfactionLevel, Long> perLevel = new EnumMap<>(SatisfactionLevel.class);
        for (SatisfactionLevel level : SatisfactionLevel.values()) {
            perLevel.put(level, 0L);
        }
        jdbc.query("SELECT r.satisfaction, COUNT(*) FROM case_rating r" + where + " GROUP BY r.satisfaction", p,
                rs -> {
                    perLevel.put(SatisfactionLevel.valueOf(rs.getString(1)), rs.getLong(2));
                });
        Long open = jdbc.queryForObject("SELECT COUNT(*) FROM case_rating r" + where
                + " AND r.follow_up_state = 'OPEN'", p, Long.class);
        Long overdue = jdbc.queryForObject("SELECT COUNT(*) FROM case_rating r" + where
                + " AND r.follow_up_state = 'OPEN' AND r.follow_up_due < :today", p, Long.class);
        return new RatingSummary(perLevel, open == null ? 0 : open, overdue == null ? 0 : overdue);
    }
}
