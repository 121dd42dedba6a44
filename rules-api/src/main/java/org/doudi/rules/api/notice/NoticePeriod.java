package org.doudi.rules.api.notice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A notice period (公示期): first and last day, both included.
 *
 * @param from  the first day, not null
 * @param to    the last day, not before {@code from}, not null
 */
public record NoticePeriod(LocalDate from, LocalDate to) {

    /**
     * Checks the order.
     *
     * @param from  the first day, not null
     * @param to  the last day, not before {@code from}, not null
     */
    public NoticePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a notice period ends before it starts: " + from + " to " + to);
        }
    }

    /** @return the number of days, both ends included */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
