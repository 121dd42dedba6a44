package org.doudi.rules.api.request;

import java.util.List;

import org.doudi.rules.api.money.Money;

/**
 * The household's assets (车子、房子、票子, policy §4).
 *
 * @param financial                 deposits, securities and insurance cash value; never null ("0.00" when omitted)
 * @param vehicles                  the vehicles, never null
 * @param residentialProperties     number of homes
 * @param nonResidentialProperties  number of shops, offices, parking spaces
 * @param businessRegistered        true if a member has a registered business
 * @param businessCapital           its registered capital; never null
 */
public record Assets(Money financial, List<Vehicle> vehicles, int residentialProperties, int nonResidentialProperties,
                     boolean businessRegistered, Money businessCapital) {

    /** No assets at all: the default of an omitted {@code assets} object. */
    public static final Assets NONE = new Assets(Money.ZERO, List.of(), 0, 0, false, Money.ZERO);

    /**
     * Normalises omitted values to their defaults.
     *
     * @param financial  deposits, securities and insurance cash value; never null ("0.00" when omitted)
     * @param vehicles  the vehicles, never null
     * @param residentialProperties  number of homes
     * @param nonResidentialProperties  number of shops, offices, parking spaces
     * @param businessRegistered  true if a member has a registered business
     * @param businessCapital  its registered capital; never null
     */
    public Assets {
        financial = financial == null ? Money.ZERO : financial;
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        businessCapital = businessCapital == null ? Money.ZERO : businessCapital;
    }
}
