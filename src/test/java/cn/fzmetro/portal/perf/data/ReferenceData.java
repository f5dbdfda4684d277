package cn.fzmetro.portal.perf.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fzmetro.portal.catalog.ItemDocument;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's reference data as the database holds it after the portal's first start: published
 * item versions (their guides, with materials, intake standards and review points), regions,
 * 通办 windows, competent authorities and the working-day calendar. Read, never hard-coded, so the
 * generated cases fit whatever catalog and area the portal imported.
 */
final class ReferenceData {

    record Region(String code, String name, String level, String parent) {
    }

    record Window(String code, String regionCode, String name, boolean open) {
    }

    record Authority(String code, String regionCode, String departmentCode, String name, boolean open) {
    }

    /** An item with the published version cases pin, and its parsed guide. */
    record Item(String code, String status, long versionId, ItemDocument doc) {
    }

    final Map<String, Region> regions = new LinkedHashMap<>();
    final List<Region> districts = new ArrayList<>();
    final List<Window> windows = new ArrayList<>();
    final Map<String, Window> windowByRegion = new HashMap<>();
    final List<Authority> authorities = new ArrayList<>();
    /** region code + "/" + department code → authority. */
    final Map<String, Authority> authorityByRegionDepartment = new HashMap<>();
    final List<Item> items = new ArrayList<>();
    final Map<LocalDate, Boolean> specialDays = new HashMap<>();
    int calendarYears;

    private ReferenceData() {
    }

    /**
     * Reads everything, or refuses with a message saying what is missing and how to get it (start
     * the portal once against this database).
     */
    static ReferenceData read(Connection c, LocalDate today) throws SQLException {
        ReferenceData r = new ReferenceData();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT code, name, region_level, parent_code FROM region ORDER BY code")) {
                while (rs.next()) {
                    Region region = new Region(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    r.regions.put(region.code(), region);
                    if ("DISTRICT".equals(region.level())) {
                        r.districts.add(region);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT code, region_code, name, open_for_cases FROM service_window ORDER BY code")) {
                while (rs.next()) {
                    Window w = new Window(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4));
                    r.windows.add(w);
                    r.windowByRegion.putIfAbsent(w.regionCode(), w);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT code, region_code, department_code, name, open_for_cases"
                    + " FROM authority ORDER BY code")) {
                while (rs.next()) {
                    Authority a = new Authority(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5));
                    r.authorities.add(a);
                    r.authorityByRegionDepartment.put(a.regionCode() + "/" + a.departmentCode(), a);
                }
            }
            JsonMapper json = JsonMapper.builder().build();
            // the version in force today: the newest published one already effective
            try (ResultSet rs = s.executeQuery("""
                    SELECT i.code, i.status, v.id, v.document, v.effective_from
                      FROM service_item i JOIN item_version v ON v.item_code = i.code
                     WHERE v.state = 'PUBLISHED'
                     ORDER BY i.code, v.version_no DESC""")) {
                Map<String, Item> chosen = new LinkedHashMap<>();
                while (rs.next()) {
                    String code = rs.getString(1);
                    java.sql.Date from = rs.getDate(5);
                    boolean inForce = from == null || !from.toLocalDate().isAfter(today);
                    Item known = chosen.get(code);
                    // the newest version in force; only future versions so far: the newest of them
                    if (known == null || (inForce && !inForce(known, today, r))) {
                        chosen.put(code, new Item(code, rs.getString(2), rs.getLong(3),
                                json.readValue(rs.getString(4), ItemDocument.class)));
                        if (inForce) {
                            r.inForce.put(code, Boolean.TRUE);
                        }
                    }
                }
                r.items.addAll(chosen.values());
            }
            try (ResultSet rs = s.executeQuery("SELECT special_date, day_kind FROM calendar_day")) {
                while (rs.next()) {
                    r.specialDays.put(rs.getDate(1).toLocalDate(), "ADJUSTED_WORKDAY".equals(rs.getString(2)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM calendar_year")) {
                rs.next();
                r.calendarYears = rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The portal's schema is missing or incomplete in this database ("
                    + e.getMessage() + "). " + HOW_TO_PREPARE, e);
        }
        List<String> missing = new ArrayList<>();
        if (r.districts.isEmpty()) {
            missing.add("regions (districts)");
        }
        if (r.windows.isEmpty()) {
            missing.add("通办 windows");
        }
        if (r.authorities.isEmpty()) {
            missing.add("competent authorities");
        }
        if (r.items.isEmpty()) {
            missing.add("published catalog items");
        }
        if (r.calendarYears == 0) {
            missing.add("the working-day calendar");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The database has the schema but no " + String.join(", ", missing)
                    + ". " + HOW_TO_PREPARE);
        }
        for (Region d : r.districts) {
            if (!r.windowByRegion.containsKey(d.code())) {
                throw new IllegalStateException("District " + d.code() + " " + d.name() + " has no 通办 window");
            }
        }
        return r;
    }

    private final Map<String, Boolean> inForce = new HashMap<>();

    private static boolean inForce(Item item, LocalDate today, ReferenceData r) {
        return r.inForce.containsKey(item.code());
    }

    static final String HOW_TO_PREPARE = "Start the portal once against this database so that Flyway creates the"
            + " schema and the portal imports the catalog, the area and the calendar (README, Operations: "
            + "SPRING_PROFILES_ACTIVE=mysql DB_URL=... java -jar target/tongban-portal-*.jar), stop it, then"
            + " run the generator again.";

    /** The authority deciding an item of {@code departmentCode} for a district, as the portal routes it. */
    Authority competentAuthority(String departmentCode, String districtCode) {
        return authorityByRegionDepartment.get(districtCode + "/" + departmentCode);
    }
}
