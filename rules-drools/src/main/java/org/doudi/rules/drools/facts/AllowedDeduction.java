package org.doudi.rules.drools.facts;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.ExpenseType;

/**
 * Derived: a member's rigid expenditure of one type that may be deducted (policy §3), already capped.
 *
 * @param person  the member, not null
 * @param type    the expense type, not null
 * @param amount  the deductible amount, not null
 */
public record AllowedDeduction(Person person, ExpenseType type, Money amount) {
}
