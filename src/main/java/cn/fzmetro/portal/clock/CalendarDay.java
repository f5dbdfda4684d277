package cn.fzmetro.portal.clock;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A special day listed in one year's file. Never edited one by one: a re-import replaces all days
 * of its year, under the lock of the {@link CalendarYear} row (which carries the version).
 */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "calendar_year", nullable = false)
    private int calendarYear;
    @Column(name = "special_date", nullable = false)
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "day_kind", nullable = false, length = 20)
    private DayKind kind;
    @Column(nullable = false, length = CalendarFile.MAX_NAME)
    private String name;

    protected CalendarDay() {
    }

    CalendarDay(int calendarYear, SpecialDay day) {
        this.calendarYear = calendarYear;
        this.date = day.date();
        this.kind = day.kind();
        this.name = day.name();
    }

    int calendarYear() {
        return calendarYear;
    }

    DayKind kind() {
        return kind;
    }

    SpecialDay toSpecialDay() {
        return new SpecialDay(date, kind, name);
    }
}
