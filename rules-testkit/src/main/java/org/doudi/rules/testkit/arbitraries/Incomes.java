package org.doudi.rules.testkit.arbitraries;

import java.util.List;

import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.testkit.arbitraries.internal.DefaultIncomeArbitrary;

/**
 * Facade of income arbitraries. The default provider of {@code @ForAll Income} is {@link #incomes()}.
 */
public final class Incomes {

    /** The countable income types of policy §3, in declaration order. */
    public static final List<IncomeType> COUNTABLE = List.of(IncomeType.WAGE, IncomeType.BUSINESS,
            IncomeType.PROPERTY, IncomeType.TRANSFER, IncomeType.SUPPORT_PAYMENT, IncomeType.OTHER);

    /** The national excluded income types of policy §3 ({@code income.excludedTypes} of cn-national). */
    public static final List<IncomeType> EXCLUDED = List.of(IncomeType.PREFERENTIAL_CARE,
            IncomeType.FAMILY_PLANNING_REWARD, IncomeType.SCHOLARSHIP, IncomeType.GOOD_SAMARITAN_AWARD,
            IncomeType.SOCIAL_ASSISTANCE, IncomeType.BASIC_PENSION_BASE, IncomeType.DISABILITY_SUBSIDY);

    private Incomes() {
    }

    /**
     * Incomes of every type (countable types about four times as frequent as excluded ones), with realistic monthly
     * amounts: mostly 0–800 yuan, sometimes up to 3000, rarely up to 8000; whole yuan frequent.
     *
     * @return a new arbitrary, never null
     */
    public static IncomeArbitrary incomes() {
        return new DefaultIncomeArbitrary();
    }
}
