package org.doudi.rules.api.decision;

import java.util.List;

import org.doudi.rules.api.money.Money;

/**
 * A covered unit: the whole household or one single-person unit (policy §5–§8).
 *
 * @param members        ids of the unit's members, in member order, never null
 * @param category       the category 1–4, null where the profile has none
 * @param supportType    the support type, null where the profile has none or the household is not registered
 * @param monthlyAmount  the rounded monthly amount, never null
 */
public record Unit(List<String> members, Integer category, SupportType supportType, Money monthlyAmount) {

    /**
     * Copies the member list.
     *
     * @param members  ids of the unit's members, in member order, never null
     * @param category  the category 1–4, null where the profile has none
     * @param supportType  the support type, null where the profile has none or the household is not registered
     * @param monthlyAmount  the rounded monthly amount, never null
     */
    public Unit {
        members = List.copyOf(members);
    }
}
