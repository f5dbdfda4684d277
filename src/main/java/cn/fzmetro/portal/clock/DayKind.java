package cn.fzmetro.portal.clock;

/** What a special day of the calendar is; every day not listed is a working day from Monday to Friday. */
public enum DayKind {
    /** 放假日: a day off, including the weekend days inside a holiday period. */
    HOLIDAY,
    /** 调休上班日: a Saturday or Sunday that is a working day. */
    ADJUSTED_WORKDAY
}
