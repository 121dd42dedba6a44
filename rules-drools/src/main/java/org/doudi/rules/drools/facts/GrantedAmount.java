package org.doudi.rules.drools.facts;

import org.doudi.rules.api.money.Money;

/**
 * Derived: an amount paid outside the units: the voluntary-exit grant (§9.2) or temporary assistance (§10).
 *
 * @param kind    which amount
 * @param amount  the amount, not null
 */
public record GrantedAmount(Kind kind, Money amount) {

    /** The amounts a decision may carry besides its units. */
    public enum Kind {
        /** 主动退出奖励 (policy §9.2). */
        VOLUNTARY_EXIT_GRANT,
        /** 先行救助 (policy §10). */
        TEMPORARY_ASSISTANCE
    }
}
