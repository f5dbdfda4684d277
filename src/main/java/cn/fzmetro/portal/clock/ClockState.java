package cn.fzmetro.portal.clock;

/** Where a statutory clock stands relative to today. */
public enum ClockState {
    /** More working days are left than the warning period. */
    RUNNING,
    /** Today is within the last {@code portal.clock.warning-days} working days up to the due date. */
    WARNING,
    /** The due date has passed. */
    OVERDUE
}
