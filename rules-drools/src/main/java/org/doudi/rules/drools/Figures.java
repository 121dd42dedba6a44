package org.doudi.rules.drools;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.drools.facts.HouseholdIncome;

/** Figures shown in decisions and messages. Display only: no rule compares them. */
public final class Figures {

    private Figures() {
    }

    /**
     * Per-capita income for display: net / n, HALF_UP to 0.01, "0.00" when n = 0 (policy §3). Comparisons never
     * use it.
     *
     * @param income  the household income, not null
     * @return the rounded per-capita income, never null
     */
    public static Money perCapita(HouseholdIncome income) {
        if (income.countedMembers() == 0) {
            return Money.ZERO;
        }
        return Money.of(income.net().amount().divide(BigDecimal.valueOf(income.countedMembers()), 2,
                RoundingMode.HALF_UP));
    }
}
