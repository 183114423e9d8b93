package cn.kaohe.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One official holiday period (放假), both ends inclusive, e.g. 国庆节 2026-10-01..2026-10-07. Every day in
 * it is a rest day, weekday or not.
 */
public record Holiday(String name, LocalDate from, LocalDate to) {

    public Holiday {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("holiday " + name + " ends before it starts: " + from + ".." + to);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean overlaps(Holiday other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }
}
