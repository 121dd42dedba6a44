package org.doudi.rules.drools.facts;

import java.time.YearMonth;

/**
 * Derived: the phase-out period (渐退期) a household is given (policy §9.1).
 *
 * @param start  the first month: {@code enrollment.incomeExceededSince}
 * @param end    the last month: start + {@code phaseOut.months} − 1
 */
public record PhaseOutWindow(YearMonth start, YearMonth end) {

    /**
     * @param start   the first month, not null
     * @param months  {@code phaseOut.months}
     * @return the window, never null
     */
    public static PhaseOutWindow of(YearMonth start, int months) {
        return new PhaseOutWindow(start, start.plusMonths(months - 1L));
    }

    /**
     * @param month  a month, not null
     * @return true if the month is not after the end (also true before the start)
     */
    public boolean covers(YearMonth month) {
        return !month.isAfter(end);
    }
}
