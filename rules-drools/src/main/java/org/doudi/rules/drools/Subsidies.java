package org.doudi.rules.drools;

import java.util.Map;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.drools.facts.Person;
import org.doudi.rules.profile.NursingKey;

/** The nursing-subsidy look-up (policy §11), called from the subsidy rules. */
public final class Subsidies {

    private Subsidies() {
    }

    /**
     * The highest configured nursing amount over the member's severe disabilities.
     *
     * @param nursing  {@code disability.nursing}, not null
     * @param person   the member, not null
     * @return the amount, or null where none of the member's severe disabilities is configured
     */
    public static Money nursing(Map<NursingKey, Money> nursing, Person person) {
        return person.getCertifiedDisabilities().stream()
                .filter(d -> d.isSevere())
                .map(d -> nursing.get(new NursingKey(d.type(), d.grade())))
                .filter(java.util.Objects::nonNull)
                .max(Money::compareTo).orElse(null);
    }
}
