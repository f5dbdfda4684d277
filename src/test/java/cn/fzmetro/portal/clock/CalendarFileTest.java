package cn.fzmetro.portal.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.fzmetro.portal.base.data.DataFileException;

/** Calendar files: the shipped ones pass; each broken rule is refused with a message naming field and rule. */
class CalendarFileTest {

    private static final String VALID_2099 = """
            year: 2099
            official: true
            source: 测试用官方日历
            holidays:
              - {date: "2099-01-01", name: 元旦}
            adjustedWorkdays:
              - {date: "2099-01-03", name: 元旦调休}
            """;

    @Test
    void theShippedFilesAreValid() {
        CalendarFile y2025 = BundledCalendars.file(2025);
        assertThat(y2025.official()).isTrue();
        assertThat(y2025.count(DayKind.HOLIDAY)).isEqualTo(28);
        assertThat(y2025.count(DayKind.ADJUSTED_WORKDAY)).isEqualTo(5);
        CalendarFile y2026 = BundledCalendars.file(2026);
        assertThat(y2026.count(DayKind.HOLIDAY)).isEqualTo(33);
        assertThat(y2026.days()).contains(new SpecialDay(LocalDate.parse("2026-02-28"), DayKind.ADJUSTED_WORKDAY, "春节调休"));
        CalendarFile y2027 = BundledCalendars.file(2027);
        assertThat(y2027.official()).isFalse();
        assertThat(y2027.days()).isEmpty();
    }

    @Test
    void aValidFileIsRead() {
        CalendarFile file = BundledCalendars.parse(VALID_2099);
        assertThat(file.year()).isEqualTo(2099);
        assertThat(file.days()).containsExactly(
                new SpecialDay(LocalDate.parse("2099-01-01"), DayKind.HOLIDAY, "元旦"),
                new SpecialDay(LocalDate.parse("2099-01-03"), DayKind.ADJUSTED_WORKDAY, "元旦调休"));
    }

    @Test
    void anAdjustedWorkdayOnAWeekdayIsRefused() {
        // 2099-01-05 is a Monday
        assertThat(problems(VALID_2099.replace("2099-01-03", "2099-01-05")))
                .anyMatch(p -> p.contains("/adjustedWorkdays/0/date") && p.contains("调休上班日须为周六或周日"));
    }

    @Test
    void aDateListedTwiceIsRefused() {
        String yaml = VALID_2099.replace("  - {date: \"2099-01-03\", name: 元旦调休}", "  - {date: \"2099-01-01\", name: 元旦调休}");
        assertThat(problems(yaml)).anyMatch(p -> p.contains("/adjustedWorkdays/0/date") && p.contains("/holidays/0")
                && p.contains("同一日期只能出现一次"));
    }

    @Test
    void aDateOutsideTheYearIsRefusedButTheNewYearHolidayMayReachBack() {
        assertThat(problems(VALID_2099.replace("2099-01-01", "2098-06-01")))
                .anyMatch(p -> p.contains("/holidays/0/date") && p.contains("不属于 2099 年日历"));
        CalendarFile spanning = BundledCalendars.parse(VALID_2099.replace("2099-01-01", "2098-12-31"));
        assertThat(spanning.days()).extracting(SpecialDay::date).contains(LocalDate.parse("2098-12-31"));
    }

    @Test
    void anUnofficialYearMustNotGuessHolidays() {
        assertThat(problems(VALID_2099.replace("official: true", "official: false")))
                .anyMatch(p -> p.contains("/official") && p.contains("不作推测"));
    }

    @Test
    void anOfficialYearWithoutHolidaysIsRefused() {
        String yaml = """
                year: 2099
                official: true
                source: 测试用官方日历
                holidays: []
                adjustedWorkdays: []
                """;
        assertThat(problems(yaml)).anyMatch(p -> p.contains("/holidays") && p.contains("至少须列出一个放假日"));
    }

    @Test
    void schemaViolationsAreRefusedWithTheFieldAndTheRule() {
        assertThat(problems(VALID_2099.replace("source: 测试用官方日历\n", "")))
                .anyMatch(p -> p.contains("source") && p.contains("required"));
        assertThat(problems(VALID_2099.replace("2099-01-01", "2099-02-30")))
                .anyMatch(p -> p.contains("/holidays/0/date"));
        assertThat(problems(VALID_2099.replace("year: 2099", "year: 1999")))
                .anyMatch(p -> p.contains("/year") && p.contains("minimum"));
        assertThat(problems(VALID_2099 + "extra: 1\n")).anyMatch(p -> p.contains("additionalProperties"));
    }

    @Test
    void brokenYamlEmptyAndOversizedFilesAreRefused() {
        assertThat(problems("year: 2099\nholidays: [\n")).anyMatch(p -> p.contains("不是有效的 YAML 文件"));
        assertThat(problems("")).anyMatch(p -> p.contains("文件为空"));
        assertThat(problems("# only a comment\n")).anyMatch(p -> p.contains("没有内容"));
        byte[] big = new byte[CalendarFile.MAX_BYTES + 1];
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> CalendarFile.parse(BundledCalendars.DATA_FILES, "big.yaml", big));
        assertThat(e.problems()).anyMatch(p -> p.contains("1 MB"));
        assertThat(e.file()).isEqualTo("big.yaml");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String yaml = VALID_2099.replace("2099-01-03", "2099-01-05").replace("2099-01-01", "2098-06-01");
        assertThat(problems(yaml)).hasSize(2);
    }

    private static java.util.List<String> problems(String yaml) {
        DataFileException e = catchThrowableOfType(DataFileException.class, () -> BundledCalendars.parse(yaml));
        assertThat(e).as("the file should have been refused").isNotNull();
        return e.problems();
    }
}
