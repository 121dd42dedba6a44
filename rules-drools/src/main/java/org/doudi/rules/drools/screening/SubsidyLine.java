package org.doudi.rules.drools.screening;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.drools.facts.Person;

/**
 * A screening fact: one disability subsidy of one member, as the re-evaluation finds it due and as it is being paid
 * ({@code enrollment.subsidiesPaid}). Present when the subsidy is due or paid.
 *
 * @param person      the member, not null
 * @param subsidy     {@code LIVING} (困难残疾人生活补贴) or {@code NURSING} (重度残疾人护理补贴), not null
 * @param due         true if the re-evaluation finds it due
 * @param dueAmount   the amount due, null when not due or not configured
 * @param paid        true if it is being paid
 * @param paidAmount  the amount paid, null when not paid or not recorded
 */
public record SubsidyLine(Person person, String subsidy, boolean due, Money dueAmount, boolean paid,
                          Money paidAmount) {

    /** @return the monthly amount missing (due minus paid, the amount due when not paid), zero if none */
    public Money shortfall() {
        if (!due || dueAmount == null || paid && paidAmount == null) {
            return Money.ZERO;
        }
        Money gap = paid ? dueAmount.minus(paidAmount) : dueAmount;
        return gap.isPositive() ? gap : Money.ZERO;
    }
}
