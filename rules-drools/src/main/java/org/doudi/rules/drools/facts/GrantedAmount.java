package org.doudi.rules.drools.facts;

import org.doudi.rules.api.money.Money;

/**
 * Derived: a one-off or monthly amount outside the units: the voluntary-exit grant (§9.2), temporary assistance
 * (§10), or the phase-out payment (§9.1).
 *
 * @param kind    which amount
 * @param amount  the amount, not null
 */
public record GrantedAmount(Kind kind, Money amount) {

    /** The amounts a decision may carry besides its units. */
    public enum Kind {
        /** 主动退出奖励 (POLICY.md §9.2). */
        VOLUNTARY_EXIT_GRANT,
        /** 先行救助 (POLICY.md §10). */
        TEMPORARY_ASSISTANCE,
        /** 渐退期发放 (POLICY.md §9.1). */
        PHASE_OUT_PAYMENT
    }
}
