package org.doudi.rules.drools.facts;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.ExpenseType;

/**
 * One listed rigid expenditure of a member.
 *
 * @param person   the member, not null
 * @param index    its index in the member's expenses
 * @param type     the expense type, not null
 * @param monthly  the monthly amount, not null
 */
public record ExpenseItem(Person person, int index, ExpenseType type, Money monthly) {
}
