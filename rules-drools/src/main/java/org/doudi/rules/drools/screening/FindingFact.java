package org.doudi.rules.drools.screening;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.doudi.rules.api.screening.FindingCode;
import org.doudi.rules.drools.facts.Person;

/**
 * Derived by a screening rule: a finding on the case. The rule that inserts it supplies the rule id and clause; the
 * detail is rendered from {@code messageKey} (the code, or a variant of it) and the figures.
 *
 * @param code        the finding code, not null
 * @param registry    true for a finding of registry matching (listed before the caseload's own findings)
 * @param person      the member concerned, null for the case or a card
 * @param order       orders findings of the same code and member (card position, registry line), 0 otherwise
 * @param messageKey  the message template key, not null
 * @param figures     the named figures of the detail, in order
 */
public record FindingFact(FindingCode code, boolean registry, Person person, long order, String messageKey,
                          Map<String, Object> figures) {

    /** Copies the figures. */
    public FindingFact {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /**
     * A finding on the caseload itself.
     *
     * @param code            the code, not null
     * @param person          the member, null for the case
     * @param namesAndValues  alternating figure names and values
     * @return the finding, never null
     */
    public static FindingFact of(FindingCode code, Person person, Object... namesAndValues) {
        return new FindingFact(code, false, person, 0, code.name(), figures(namesAndValues));
    }

    /**
     * A finding on a payment card.
     *
     * @param code            the code, not null
     * @param card            the card, not null
     * @param messageKey      the template key, not null
     * @param namesAndValues  alternating figure names and values
     * @return the finding, never null
     */
    public static FindingFact card(FindingCode code, CardFact card, String messageKey, Object... namesAndValues) {
        return new FindingFact(code, false, null, card.getPosition(), messageKey, figures(namesAndValues));
    }

    /**
     * A finding of registry matching, naming the record.
     *
     * @param code            the code, not null
     * @param evidence        what the registry shows, not null
     * @return the finding, never null
     */
    public static FindingFact registry(FindingCode code, RegistryEvidence evidence) {
        return new FindingFact(code, true, evidence.person(), evidence.line(), evidence.messageKey(),
                evidence.figures());
    }

    /**
     * @param namesAndValues  alternating figure names and values
     * @return the figures in order, never null
     */
    static Map<String, Object> figures(Object... namesAndValues) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            figures.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return figures;
    }
}
