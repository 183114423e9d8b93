package cn.kaohe.shared;

/** What a date is in the official calendar. */
public enum DayKind {
    /** Monday to Friday, no holiday. */
    WORKING_DAY(true),
    /** Saturday or Sunday, not a make-up working day. */
    WEEKEND(false),
    /** Inside an official holiday period (放假), weekday or not. */
    HOLIDAY(false),
    /** A Saturday or Sunday that is a working day (调休上班). */
    MAKE_UP_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean isWorking() {
        return working;
    }
}
