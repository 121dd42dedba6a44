package org.doudi.rules.api.request;

import org.doudi.rules.api.money.Money;

/**
 * A monthly average income of one member over the look-back period.
 *
 * @param type     the income type; null only in a request that fails validation
 * @param monthly  the monthly amount; null only in a request that fails validation
 */
public record Income(IncomeType type, Money monthly) {
}
