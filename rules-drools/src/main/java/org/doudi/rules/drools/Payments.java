package org.doudi.rules.drools;

import java.math.BigDecimal;
import java.util.Map;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.profile.Parameters;

/**
 * Look-ups of the per-category payment parameters, called from the payment rules. They never throw for a missing
 * entry: a rule tests {@link #perPersonConfigured} or {@link #floorRatioConfigured} and, where the entry is missing,
 * records it (a {@code PaymentParameterMissing} fact), which is a configuration error only for a unit that stands
 * when the rules are done.
 */
public final class Payments {

    private Payments() {
    }

    /**
     * @param p         the parameters, not null
     * @param category  the unit's category 1–4
     * @return true if {@code payment.perPerson} has an amount for the category
     */
    public static boolean perPersonConfigured(Parameters p, int category) {
        return present(p, "payment.perPerson." + category);
    }

    /**
     * @param p         the parameters, not null
     * @param category  the unit's category 1–4
     * @return true if {@code payment.floorRatio} has a ratio for the category
     */
    public static boolean floorRatioConfigured(Parameters p, int category) {
        return present(p, "payment.floorRatio." + category);
    }

    /** A parameter's entry is present when it has a value in force (never throws for a missing one). */
    private static boolean present(Parameters p, String parameter) {
        return p.source(parameter).value() != null;
    }

    /**
     * @param p         the parameters, not null
     * @param category  the unit's category 1–4, with {@link #floorRatioConfigured} true
     * @return {@code payment.floorRatio[category]}, never null
     * @throws PolicyConfigurationException if the profile has no ratio for the category
     */
    public static BigDecimal floorRatio(Parameters p, int category) {
        return entry(p, p.paymentFloorRatio(), "payment.floorRatio", category);
    }

    /**
     * @param p         the parameters, not null
     * @param category  the unit's category 1–4, with {@link #perPersonConfigured} true
     * @return {@code payment.perPerson[category]}, never null
     * @throws PolicyConfigurationException if the profile has no amount for the category
     */
    public static Money perPerson(Parameters p, int category) {
        return entry(p, p.paymentPerPerson(), "payment.perPerson", category);
    }

    private static <T> T entry(Parameters p, Map<Integer, T> byCategory, String parameter, int category) {
        T value = byCategory.get(category);
        if (value == null) {
            throw PolicyConfigurationException.missingValue(p.profileId(), parameter + "." + category,
                    p.residence().name(), p.date());
        }
        return value;
    }
}
