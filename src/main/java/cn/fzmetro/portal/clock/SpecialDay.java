package cn.fzmetro.portal.clock;

import java.time.LocalDate;

/** A day the calendar treats differently from plain Monday–Friday, with its Chinese name (e.g. 春节、国庆节调休). */
public record SpecialDay(LocalDate date, DayKind kind, String name) {
}
