package org.doudi.rules.api.request;

import org.doudi.rules.api.money.Money;

/**
 * A vehicle owned by the household (policy §4).
 *
 * @param kind    the kind; null only in a request that fails validation
 * @param value   the value; null only in a request that fails validation
 * @param exempt  true when the office judged the vehicle necessary for work or daily life
 */
public record Vehicle(VehicleKind kind, Money value, boolean exempt) {
}
