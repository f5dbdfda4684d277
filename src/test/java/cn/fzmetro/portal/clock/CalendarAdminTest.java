package cn.fzmetro.portal.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fzmetro.portal.base.data.DataFileException;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;

/** The calendar in the database: imported on start, imported and replaced by administrators, refused when bad. */
@PortalSpringTest
@RecordApplicationEvents
class CalendarAdminTest {

    /** Years only these tests use, removed after each test so the shared context keeps the shipped calendar. */
    private static final int[] TEST_YEARS = {2096, 2097, 2098, 2099};

    private static final String OFFICIAL_2099 = """
            year: 2099
            official: true
            source: 测试用官方日历（第一版）
            holidays:
              - {date: "2099-01-01", name: 元旦}
              - {date: "2099-01-02", name: 元旦}
            adjustedWorkdays:
              - {date: "2099-01-03", name: 元旦调休}
            """;

    @Autowired
    CalendarAdmin admin;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    CalendarStore store;
    @Autowired
    CalendarStartup startup;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    CalendarDayRepository days;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void removeTestYears() {
        SignIn.out();
        TestYears.remove(context, TEST_YEARS);
    }

    @Test
    void theShippedCalendarIsInTheDatabaseAfterStart() {
        assertThat(workingDays.years()).extracting(CalendarYearInfo::year, CalendarYearInfo::official,
                CalendarYearInfo::importedBy).contains(
                        org.assertj.core.groups.Tuple.tuple(2025, true, CalendarStore.SYSTEM),
                        org.assertj.core.groups.Tuple.tuple(2026, true, CalendarStore.SYSTEM),
                        org.assertj.core.groups.Tuple.tuple(2027, false, CalendarStore.SYSTEM));
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2025-09-28"))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2025-10-08"))).isFalse();
        assertThat(workingDays.addWorkingDays(LocalDate.parse("2025-09-25"), 5)).isEqualTo(LocalDate.parse("2025-10-09"));
        assertThat(workingDays.isOfficial(2027)).isFalse();
    }

    @Test
    void startingAgainKeepsWhatIsThere() {
        List<CalendarYearInfo> before = workingDays.years();
        assertThat(startup.importBundled()).isEmpty();
        assertThat(workingDays.years()).isEqualTo(before);
    }

    @Test
    void anAdministratorImportsAYearAndCountingFollowsAtOnce() {
        SignIn.as(users, "admin");
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2099-01-02"))).isTrue();

        CalendarYearInfo info = admin.importYear("2099.yaml", bytes(OFFICIAL_2099));

        assertThat(info.year()).isEqualTo(2099);
        assertThat(info.official()).isTrue();
        assertThat(info.importedBy()).isEqualTo("admin");
        assertThat(info.holidays()).isEqualTo(2);
        assertThat(info.adjustedWorkdays()).isEqualTo(1);
        assertThat(workingDays.isOfficial(2099)).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2099-01-02"))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2099-01-03"))).isTrue();
        assertThat(events.stream(CalendarYearImported.class))
                .anyMatch(e -> e.year() == 2099 && e.official() && e.importedBy().equals("admin"));
    }

    @Test
    void reImportingAYearReplacesIt() {
        SignIn.as(users, "admin");
        admin.importYear("2099.yaml", bytes(OFFICIAL_2099));
        String second = """
                year: 2099
                official: true
                source: 测试用官方日历（第二版）
                holidays:
                  - {date: "2099-01-05", name: 更正后的假日}
                adjustedWorkdays: []
                """;

        CalendarYearInfo info = admin.importYear("2099.yaml", bytes(second));

        assertThat(info.holidays()).isEqualTo(1);
        assertThat(info.adjustedWorkdays()).isZero();
        assertThat(admin.years()).filteredOn(y -> y.year() == 2099).singleElement()
                .extracting(CalendarYearInfo::source).isEqualTo("测试用官方日历（第二版）");
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2099-01-02"))).as("old holiday gone").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2099-01-03"))).as("old adjusted day gone").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2099-01-05"))).as("new holiday").isFalse();
        Long rows2099 = transaction.execute(s -> days.findAll().stream().filter(d -> d.calendarYear() == 2099).count());
        assertThat(rows2099).isEqualTo(1L);
    }

    @Test
    void aRefusedImportChangesNothing() {
        SignIn.as(users, "admin");
        admin.importYear("2099.yaml", bytes(OFFICIAL_2099));
        List<CalendarYearInfo> before = admin.years();
        long dayRows = days.count();
        // 2099-01-05 is a Monday: it cannot be an adjusted working day
        String bad = OFFICIAL_2099.replace("2099-01-03", "2099-01-05");

        DataFileException refused = catchThrowableOfType(DataFileException.class, () -> admin.importYear("2099.yaml", bytes(bad)));

        assertThat(refused.file()).isEqualTo("2099.yaml");
        assertThat(refused.problems()).singleElement().asString().contains("/adjustedWorkdays/0/date", "调休上班日须为周六或周日");
        assertThat(admin.years()).isEqualTo(before);
        assertThat(days.count()).isEqualTo(dayRows);
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2099-01-03"))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2099-01-02"))).isFalse();
    }

    @Test
    void aBrokenFileForAnOfficialYearLeavesThatYearAlone() {
        SignIn.as(users, "admin");
        List<CalendarYearInfo> before = admin.years();

        assertThatThrownBy(() -> admin.importYear("2026.yaml", bytes("year: 2026\nofficial: false\nsource: x\n")))
                .isInstanceOf(DataFileException.class);
        assertThatThrownBy(() -> admin.importYear("2026.yaml", bytes("year: 2026\nofficial: false\nsource: 未发布\n"
                + "holidays: []\nadjustedWorkdays: []\nholidays: []\n"))).isInstanceOf(DataFileException.class);

        assertThat(admin.years()).isEqualTo(before);
        assertThat(workingDays.isOfficial(2026)).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
    }

    @Test
    void onlyAdministratorsImportOrListCalendars() {
        SignIn.as(users, "zhangwei");
        assertThatThrownBy(() -> admin.importYear("2099.yaml", bytes(OFFICIAL_2099))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.years()).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "clerk.cangshan");
        assertThatThrownBy(() -> admin.importYear("2099.yaml", bytes(OFFICIAL_2099))).isInstanceOf(AccessDeniedException.class);
        assertThat(workingDays.isOfficial(2099)).isFalse();
    }

    @Test
    void theWarningNamesTheYearsWithoutAnOfficialCalendar() {
        SignIn.as(users, "admin");
        assertThat(admin.yearsWithoutOfficialCalendar()).contains(2027).doesNotContain(2025, 2026);
        admin.importYear("2098.yaml", bytes("year: 2098\nofficial: false\nsource: 尚未发布\nholidays: []\nadjustedWorkdays: []\n"));
        assertThat(admin.yearsWithoutOfficialCalendar()).contains(2027, 2098);
    }

    @Test
    void theBundledOfficialFileReplacesOnlyTheSystemsOwnPlaceholder() {
        CalendarFile placeholder = BundledCalendars.parse("year: 2097\nofficial: false\nsource: 尚未发布\nholidays: []\nadjustedWorkdays: []\n");
        CalendarFile official = BundledCalendars.parse("year: 2097\nofficial: true\nsource: 官方通知\n"
                + "holidays:\n  - {date: \"2097-01-01\", name: 元旦}\nadjustedWorkdays: []\n");
        CalendarFile other = BundledCalendars.parse("year: 2097\nofficial: true\nsource: 另一份通知\n"
                + "holidays:\n  - {date: \"2097-01-02\", name: 元旦}\nadjustedWorkdays: []\n");
        Instant now = Instant.parse("2026-11-01T00:00:00Z");

        assertThat(store.importBundled(List.of(placeholder), now)).containsExactly(2097);
        assertThat(store.importBundled(List.of(official), now)).containsExactly(2097);
        assertThat(store.importBundled(List.of(other), now)).isEmpty();
        workingDays.refresh();
        assertThat(workingDays.years()).filteredOn(y -> y.year() == 2097).singleElement()
                .extracting(CalendarYearInfo::source).isEqualTo("官方通知");
    }

    @Test
    void anAdministratorsImportIsNeverOverwrittenByTheBundledFiles() {
        SignIn.as(users, "admin");
        admin.importYear("2096.yaml", bytes("year: 2096\nofficial: false\nsource: 管理员确认尚未发布\nholidays: []\nadjustedWorkdays: []\n"));
        CalendarFile bundled = BundledCalendars.parse("year: 2096\nofficial: true\nsource: 随版本发布的日历\n"
                + "holidays:\n  - {date: \"2096-01-01\", name: 元旦}\nadjustedWorkdays: []\n");

        assertThat(store.importBundled(List.of(bundled), Instant.now())).isEmpty();
        assertThat(admin.years()).filteredOn(y -> y.year() == 2096).singleElement()
                .extracting(CalendarYearInfo::importedBy).isEqualTo("admin");
    }

    private static byte[] bytes(String yaml) {
        return yaml.getBytes(StandardCharsets.UTF_8);
    }
}
