package org.doudi.rules.drools;

import java.util.Map;
import java.util.Optional;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.drools.facts.Person;
import org.doudi.rules.profile.NursingKey;

/** The nursing-subsidy look-up, called from the subsidy rules. */
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
        return highest(nursing, person).map(nursing::get).orElse(null);
    }

    /**
     * The profile entry the nursing amount comes from, for the subsidy's reason.
     *
     * @param nursing  {@code disability.nursing}, not null
     * @param person   the member, not null
     * @return {@code disability.nursing.TYPE.grade} of the tier paid (the first of equal amounts, in the member's
     *         order of disabilities), or {@code disability.nursing} where none is configured
     */
    public static String nursingParameter(Map<NursingKey, Money> nursing, Person person) {
        return highest(nursing, person).map(k -> "disability.nursing." + k.type().name() + "." + k.grade())
                .orElse("disability.nursing");
    }

    private static Optional<NursingKey> highest(Map<NursingKey, Money> nursing, Person person) {
        return person.getCertifiedDisabilities().stream()
                .filter(d -> d.isSevere())
                .map(d -> new NursingKey(d.type(), d.grade()))
                .filter(k -> nursing.get(k) != null)
                .reduce((a, b) -> nursing.get(b).compareTo(nursing.get(a)) > 0 ? b : a);
    }
}
