package cn.fzmetro.portal.casefile;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;

/**
 * The figures of cross-district service for a period, computed by aggregate queries in the
 * database (nothing is loaded case by case, so they stay correct and fast at millions of cases).
 * Administrators choose a region (a district, or a city with its districts: a case counts if it
 * was received there or is decided there); a window supervisor sees their own window.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
public class CaseStatistics {

    /** Longest period one dashboard covers. */
    static final int MAX_DAYS = 3 * 366;

    /** A count under a code (item, window or region). */
    public record Count(String code, String label, long count) {
    }

    /** One cell of the flow matrix: received in {@code from}, decided in {@code to}. */
    public record FlowCell(String from, String to, long cases, long signedFor, Double medianHoursToSignFor) {
    }

    /** A share: {@code part} of {@code whole}. */
    public record Rate(long part, long whole) {

        public Double percent() {
            return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
        }
    }

    /** How often a material was flagged in a correction notice, against the cases of its item. */
    public record MaterialCorrections(String itemCode, String itemName, String materialCode, String materialName,
            long casesCorrected, long casesReceived) {

        public Double percent() {
            return casesReceived == 0 ? null : Math.round(1000.0 * casesCorrected / casesReceived) / 10.0;
        }
    }

    /** All figures of one period and scope. */
    public record Dashboard(LocalDate from, LocalDate to, String scope, long received, List<Count> perItem,
            List<Count> perWindow, List<Count> perCompetentDistrict, List<FlowCell> flow, Rate intakeOnTime,
            Rate decisionOnTime, List<MaterialCorrections> correctionsPerMaterial, Double averageCorrectionRounds) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    CaseStatistics(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /**
     * The dashboard for cases received from {@code from} to {@code to} (both included). {@code region}
     * (administrators only; null for the whole area) is a district code or a city code.
     */
    public Dashboard dashboard(LocalDate from, LocalDate to, String region) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException("insight.period", "insight.error.period", MAX_DAYS);
        }
        PortalUser user = currentUser.require();
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(Deadlines.startOf(from)))
                .addValue("to", Timestamp.from(Deadlines.startOf(to.plusDays(1))));
        StringBuilder where = new StringBuilder(" c.received_at >= :from AND c.received_at < :to");
        String scope;
        if (!user.hasRole(Role.ADMIN)) {
            where.append(" AND c.receiving_window_code = :window");
            p.addValue("window", user.windowCode());
            scope = user.windowCode();
        } else if (region != null && !region.isBlank()) {
            // a city code (…00) covers its districts: the first four digits of GB/T 2260
            boolean city = region.endsWith("00");
            p.addValue("region", city ? region.substring(0, 4) + "%" : region);
            String op = city ? " LIKE " : " = ";
            where.append(" AND (c.receiving_region_code").append(op).append(":region OR c.competent_region_code")
                    .append(op).append(":region)");
            scope = region;
        } else {
            scope = null;
        }
        String w = where.toString();
        long received = count("SELECT COUNT(*) FROM case_file c WHERE" + w, p);
        List<Count> perItem = counts("SELECT c.item_code, MAX(c.item_name), COUNT(*) FROM case_file c WHERE" + w
                + " GROUP BY c.item_code ORDER BY COUNT(*) DESC, c.item_code", p);
        List<Count> perWindow = counts("SELECT c.receiving_window_code, NULL, COUNT(*) FROM case_file c WHERE" + w
                + " GROUP BY c.receiving_window_code ORDER BY COUNT(*) DESC, c.receiving_window_code", p);
        List<Count> perDistrict = counts("SELECT c.competent_region_code, NULL, COUNT(*) FROM case_file c WHERE" + w
                + " GROUP BY c.competent_region_code ORDER BY COUNT(*) DESC, c.competent_region_code", p);
        return new Dashboard(from, to, scope, received, perItem, perWindow, perDistrict, flow(w, p),
                rate("SELECT SUM(CASE WHEN c.intake_on_time THEN 1 ELSE 0 END), COUNT(*) FROM case_file c WHERE" + w
                        + " AND c.intake_on_time IS NOT NULL", p),
                rate("SELECT SUM(CASE WHEN c.decision_on_time THEN 1 ELSE 0 END), COUNT(*) FROM case_file c WHERE"
                        + w + " AND c.decision_on_time IS NOT NULL", p),
                corrections(w, p, perItem),
                jdbc.queryForObject("SELECT AVG(CAST(c.correction_round AS DOUBLE)) FROM case_file c WHERE" + w, p,
                        Double.class));
    }

    private List<FlowCell> flow(String where, MapSqlParameterSource p) {
        List<FlowCell> cells = jdbc.query("SELECT c.receiving_region_code, c.competent_region_code, COUNT(*),"
                + " COUNT(c.receipt_to_sign_for_seconds) FROM case_file c WHERE" + where
                + " GROUP BY c.receiving_region_code, c.competent_region_code"
                + " ORDER BY c.receiving_region_code, c.competent_region_code", p,
                (rs, i) -> new FlowCell(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), null));
        List<FlowCell> withMedians = new ArrayList<>();
        for (FlowCell cell : cells) {
            withMedians.add(new FlowCell(cell.from(), cell.to(), cell.cases(), cell.signedFor(),
                    medianHours(where, p, cell)));
        }
        return withMedians;
    }

    /** The median by position: one indexed, ordered read of at most two values per cell. */
    private Double medianHours(String where, MapSqlParameterSource p, FlowCell cell) {
        long n = cell.signedFor();
        if (n == 0) {
            return null;
        }
        MapSqlParameterSource q = new MapSqlParameterSource(p.getValues()).addValue("fromRegion", cell.from())
                .addValue("toRegion", cell.to()).addValue("offset", (n - 1) / 2)
                .addValue("limit", n % 2 == 0 ? 2 : 1);
        List<Long> middle = jdbc.queryForList("SELECT c.receipt_to_sign_for_seconds FROM case_file c WHERE" + where
                + " AND c.receiving_region_code = :fromRegion AND c.competent_region_code = :toRegion"
                + " AND c.receipt_to_sign_for_seconds IS NOT NULL ORDER BY c.receipt_to_sign_for_seconds"
                + " LIMIT :limit OFFSET :offset", q, Long.class);
        double seconds = middle.stream().mapToLong(Long::longValue).average().orElseThrow();
        return Math.round(seconds / 360.0) / 10.0;
    }

    /** Cases whose correction notices flagged each material, against the cases received for its item. */
    private List<MaterialCorrections> corrections(String where, MapSqlParameterSource p, List<Count> perItem) {
        java.util.Map<String, Long> receivedPerItem = new java.util.HashMap<>();
        perItem.forEach(c -> receivedPerItem.put(c.code(), c.count()));
        return jdbc.query("SELECT c.item_code, MAX(c.item_name), m.material_code, MAX(m.material_name),"
                + " COUNT(DISTINCT m.case_id) FROM case_correction_item m JOIN case_file c ON c.id = m.case_id"
                + " WHERE" + where + " GROUP BY c.item_code, m.material_code"
                + " ORDER BY COUNT(DISTINCT m.case_id) DESC, c.item_code, m.material_code", p,
                (rs, i) -> new MaterialCorrections(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), receivedPerItem.getOrDefault(rs.getString(1), 0L)));
    }

    private long count(String sql, MapSqlParameterSource p) {
        Long n = jdbc.queryForObject(sql, p, Long.class);
        return n == null ? 0 : n;
    }

    private List<Count> counts(String sql, MapSqlParameterSource p) {
        return jdbc.query(sql, p, (rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    private Rate rate(String sql, MapSqlParameterSource p) {
        return jdbc.queryForObject(sql, p, (rs, i) -> new Rate(rs.getLong(1), rs.getLong(2)));
    }
}
