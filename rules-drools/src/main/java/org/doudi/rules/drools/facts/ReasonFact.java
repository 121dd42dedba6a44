package org.doudi.rules.drools.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Derived: a reason of the decision (policy §16). The rule that inserts it supplies the rule id and clause (from its
 * {@code @ruleId} and {@code @clause} metadata); the message is rendered from the code and figures.
 *
 * @param code     the reason code, not null
 * @param person   the member concerned, null for the household
 * @param figures  the named figures, in order
 */
public record ReasonFact(String code, Person person, Map<String, Object> figures) {

    /** Copies the figures. */
    public ReasonFact {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /**
     * @param code          the reason code, not null
     * @param person        the member concerned, null for the household
     * @param namesAndValues  alternating figure names and values (Money, BigMoney, Integer, String, enum)
     * @return the reason, never null
     */
    public static ReasonFact of(String code, Person person, Object... namesAndValues) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            figures.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new ReasonFact(code, person, figures);
    }

    /**
     * @param code     the reason code, not null
     * @param namesAndValues  alternating figure names and values
     * @return a household reason, never null
     */
    public static ReasonFact household(String code, Object... namesAndValues) {
        return of(code, null, namesAndValues);
    }
}
