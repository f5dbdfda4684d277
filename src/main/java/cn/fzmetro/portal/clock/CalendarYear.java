package cn.fzmetro.portal.clock;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One year's calendar metadata: whether it is official, where it came from, who imported it and when. */
@Entity
@Table(name = "calendar_year")
class CalendarYear {

    @Id
    @Column(name = "calendar_year")
    private Integer year;
    @Column(nullable = false)
    private boolean official;
    @Column(nullable = false, length = CalendarFile.MAX_SOURCE)
    private String source;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;
    @Version
    private Integer version;

    protected CalendarYear() {
    }

    CalendarYear(int year) {
        this.year = year;
    }

    void replace(CalendarFile file, String by, Instant now) {
        if (file.year() != year) {
            throw new IllegalArgumentException("calendar of " + file.year() + " cannot replace " + year);
        }
        this.official = file.official();
        this.source = file.source();
        this.importedBy = by;
        this.importedAt = now;
    }

    int year() {
        return year;
    }

    boolean official() {
        return official;
    }

    String importedBy() {
        return importedBy;
    }

    CalendarYearInfo info(int holidays, int adjustedWorkdays) {
        return new CalendarYearInfo(year, official, source, importedAt, importedBy, holidays, adjustedWorkdays);
    }
}
