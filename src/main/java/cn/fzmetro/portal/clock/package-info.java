/**
 * Working-day calendar and statutory clocks: which days are working days (国务院办公厅 holiday
 * notices, adjusted working weekends), deadline arithmetic in working days with clock stops, and
 * the state of a clock relative to today. Public API: {@link cn.fzmetro.portal.clock.WorkingDays},
 * {@link cn.fzmetro.portal.clock.Deadlines}, {@link cn.fzmetro.portal.clock.CalendarAdmin}; event
 * {@link cn.fzmetro.portal.clock.CalendarYearImported}. See docs/modules/clock.md.
 */
package cn.fzmetro.portal.clock;
