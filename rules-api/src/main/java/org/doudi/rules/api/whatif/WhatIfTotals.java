package org.doudi.rules.api.whatif;

import org.doudi.rules.api.money.Money;

/**
 * The counts and money of a comparison over a group of cases (a whole caseload, or one profile and residence).
 * Money is exact: sums of two-decimal monthly amounts; the yearly figures are twelve times the monthly ones (the
 * month of each case's assessment date, paid for a year). Mutable; not thread-safe (the summary adds on one thread).
 */
public final class WhatIfTotals {

    private long cases;
    private long changed;
    private long resultChanged;
    private long outcomeChanged;
    private long coverageChanged;
    private long categoryChanged;
    private long amountChanged;
    private long newlyEligible;
    private long newlyIneligible;
    private long notDecidedBefore;
    private long notDecidedAfter;
    private Money monthlyBefore = Money.ZERO;
    private Money monthlyAfter = Money.ZERO;

    WhatIfTotals() {
    }

    void add(CaseComparison c) {
        cases++;
        changed += c.changed() ? 1 : 0;
        resultChanged += c.resultChanged() ? 1 : 0;
        outcomeChanged += c.outcomeChanged() ? 1 : 0;
        coverageChanged += c.coverageChanged() ? 1 : 0;
        categoryChanged += c.categoryChanged() ? 1 : 0;
        amountChanged += c.amountChanged() ? 1 : 0;
        newlyEligible += c.newlyEligible() ? 1 : 0;
        newlyIneligible += c.newlyIneligible() ? 1 : 0;
        notDecidedBefore += c.decisionBefore() == null ? 1 : 0;
        notDecidedAfter += c.decisionAfter() == null ? 1 : 0;
        monthlyBefore = monthlyBefore.plus(c.paidBefore());
        monthlyAfter = monthlyAfter.plus(c.paidAfter());
    }

    /** @return the cases compared */
    public long cases() {
        return cases;
    }

    /** @return the cases with any change ({@link CaseComparison#changed}) */
    public long changed() {
        return changed;
    }

    /** @return the cases decided on one side only (or rejected differently) */
    public long resultChanged() {
        return resultChanged;
    }

    /** @return the cases decided on both sides with different outcomes */
    public long outcomeChanged() {
        return outcomeChanged;
    }

    /** @return the cases decided on both sides with different coverage */
    public long coverageChanged() {
        return coverageChanged;
    }

    /** @return the cases decided on both sides with different unit categories */
    public long categoryChanged() {
        return categoryChanged;
    }

    /** @return the cases whose monthly amount paid differs */
    public long amountChanged() {
        return amountChanged;
    }

    /** @return the cases newly eligible */
    public long newlyEligible() {
        return newlyEligible;
    }

    /** @return the cases newly ineligible */
    public long newlyIneligible() {
        return newlyIneligible;
    }

    /** @return the cases not decided before (invalid or a configuration error) */
    public long notDecidedBefore() {
        return notDecidedBefore;
    }

    /** @return the cases not decided after */
    public long notDecidedAfter() {
        return notDecidedAfter;
    }

    /** @return the monthly dibao amounts paid before, summed, never null */
    public Money monthlyBefore() {
        return monthlyBefore;
    }

    /** @return the monthly dibao amounts paid after, summed, never null */
    public Money monthlyAfter() {
        return monthlyAfter;
    }

    /** @return after minus before, per month, never null */
    public Money monthlyDifference() {
        return monthlyAfter.minus(monthlyBefore);
    }

    /** @return twelve times the monthly total before, never null */
    public Money yearlyBefore() {
        return monthlyBefore.times(12);
    }

    /** @return twelve times the monthly total after, never null */
    public Money yearlyAfter() {
        return monthlyAfter.times(12);
    }

    /** @return twelve times the monthly difference, never null */
    public Money yearlyDifference() {
        return monthlyDifference().times(12);
    }
}
