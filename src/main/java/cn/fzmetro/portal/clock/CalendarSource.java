package cn.fzmetro.portal.clock;

/** Where {@link WorkingDays} gets a fresh snapshot of the calendar: the database, or a fixed one in tests. */
@FunctionalInterface
interface CalendarSource {

    WorkingCalendar load();
}
