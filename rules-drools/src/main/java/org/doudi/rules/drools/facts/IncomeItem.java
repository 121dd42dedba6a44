package org.doudi.rules.drools.facts;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.IncomeType;

/**
 * One listed income of a member.
 *
 * @param person   the member, not null
 * @param index    its index in the member's incomes
 * @param type     the income type, not null
 * @param monthly  the monthly amount, not null
 */
public record IncomeItem(Person person, int index, IncomeType type, Money monthly) {
}
