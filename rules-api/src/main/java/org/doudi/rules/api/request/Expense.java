package org.doudi.rules.api.request;

import org.doudi.rules.api.money.Money;

/**
 * A monthly average rigid expenditure of one member (policy §3).
 *
 * @param type     the expense type; null only in a request that fails validation
 * @param monthly  the monthly amount; null only in a request that fails validation
 */
public record Expense(ExpenseType type, Money monthly) {
}
