package org.doudi.rules.drools;

import java.math.BigDecimal;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.profile.Parameters;

/** Look-ups of the per-category payment parameters (policy §8), called from the payment rules. */
public final class Payments {

    private Payments() {
    }

    /**
     * @param p         the parameters, not null
     * @param category  the unit's category 1–4
     * @return {@code payment.perPerson[category]}, never null
     * @throws PolicyConfigurationException if the profile has no amount for the category
     */
    public static Money perPerson(Parameters p, int category) {
        Money amount = p.paymentPerPerson().get(category);
        if (amount == null) {
            throw missing(p, "payment.perPerson." + category);
        }
        return amount;
    }

    /**
     * @param p         the parameters, not null
     * @param category  the unit's category 1–4
     * @return {@code payment.floorRatio[category]}, never null
     * @throws PolicyConfigurationException if the profile has no ratio for the category
     */
    public static BigDecimal floorRatio(Parameters p, int category) {
        BigDecimal ratio = p.paymentFloorRatio().get(category);
        if (ratio == null) {
            throw missing(p, "payment.floorRatio." + category);
        }
        return ratio;
    }

    private static PolicyConfigurationException missing(Parameters p, String parameter) {
        return PolicyConfigurationException.missingValue(p.profileId(), parameter, p.residence().name(), p.date());
    }
}
