package org.doudi.rules.drools;

import java.time.LocalDate;
import java.time.YearMonth;

/** Date arithmetic called from rules. No rule reads the system clock: every date comes from the request. */
public final class Dates {

    private Dates() {
    }

    /**
     * @param date    a date, not null
     * @param months  months to add
     * @return the date that many months later, never null
     */
    public static LocalDate plusMonths(LocalDate date, int months) {
        return date.plusMonths(months);
    }

    /**
     * @param date  a date, not null
     * @return its month, never null
     */
    public static YearMonth monthOf(LocalDate date) {
        return YearMonth.from(date);
    }
}
