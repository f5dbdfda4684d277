package cn.fzmetro.portal.clock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import cn.fzmetro.portal.base.data.DataFiles;

/** The calendar files shipped in {@code catalog/calendar}, read without Spring, for pure tests. */
final class BundledCalendars {

    static final DataFiles DATA_FILES = new DataFiles();

    private BundledCalendars() {
    }

    static byte[] bytes(int year) {
        try (InputStream in = new ClassPathResource("catalog/calendar/" + year + ".yaml").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CalendarFile file(int year) {
        return CalendarFile.parse(DATA_FILES, year + ".yaml", bytes(year));
    }

    static CalendarFile parse(String yaml) {
        return CalendarFile.parse(DATA_FILES, "test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** A calendar holding the given files as if imported, oldest first. */
    static WorkingCalendar calendar(CalendarFile... files) {
        return WorkingCalendar.of(List.of(files).stream().map(f -> new WorkingCalendar.Year(
                new CalendarYearInfo(f.year(), f.official(), f.source(), java.time.Instant.EPOCH, "test",
                        (int) f.count(DayKind.HOLIDAY), (int) f.count(DayKind.ADJUSTED_WORKDAY)),
                f.days())).toList());
    }

    /** WorkingDays over the shipped 2025, 2026 (official) and 2027 (unofficial) files. */
    static WorkingDays workingDays() {
        WorkingCalendar calendar = calendar(file(2025), file(2026), file(2027));
        return new WorkingDays(() -> calendar);
    }
}
