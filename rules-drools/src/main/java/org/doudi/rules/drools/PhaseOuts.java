package org.doudi.rules.drools;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.doudi.rules.api.money.BigMoney;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.drools.facts.Person;

/** Arithmetic of the phase-out payment (policy §9.1), called from the phase-out rules. */
public final class PhaseOuts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PhaseOuts() {
    }

    /**
     * The percentage of the enrolled amount paid in a month: the schedule entry at the number of months since the
     * start (0 before the start), the last entry repeating.
     *
     * @param schedule  {@code phaseOut.schedulePct}, not empty
     * @param start     the first month of the phase-out, not null
     * @param month     the month paid, not null
     * @return the percentage, never null
     */
    public static BigDecimal percentFor(List<BigDecimal> schedule, YearMonth start, YearMonth month) {
        long index = Math.max(0, ChronoUnit.MONTHS.between(start, month));
        return schedule.get((int) Math.min(index, schedule.size() - 1L));
    }

    /**
     * @param enrolledAmount  {@code enrollment.monthlyAmount}, not null
     * @param percent         the schedule percentage, not null
     * @return enrolledAmount × percent / 100, exact
     */
    public static BigMoney payment(Money enrolledAmount, BigDecimal percent) {
        return BigMoney.of(enrolledAmount.amount().multiply(percent).divide(HUNDRED));
    }

    /**
     * @param counted  the counted members in member order, not null
     * @return those listed in {@code enrollment.coveredMembers}, in member order
     */
    public static List<Person> enrolledAmong(List<Person> counted) {
        return counted.stream().filter(Person::isEnrolled).toList();
    }
}
