package org.doudi.rules.drools.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.rules.api.decision.ParameterSource;
import org.doudi.rules.profile.Parameters;

/**
 * Derived: a reason of the decision. The rule that inserts it supplies the rule id and clause (from its {@code
 * @ruleId} and {@code @clause} metadata); the message is rendered from the code and figures.
 *
 * <p>A rule that uses profile values names them with {@link #using}, so that the decision shows, for each, the value
 * in force, the date its entry took effect and its source:
 * <pre>
 * insertLogical( ReasonFact.household( "HOUSEHOLD_EDGE", "net", $i.net(), ... )
 *         .using( $p, "standard", "edge.multiplier", "edge.upperInclusive" ) );
 * </pre>
 *
 * @param code     the reason code, not null
 * @param person   the member concerned, null for the household
 * @param figures  the named figures, in order
 * @param sources  the profile values the rule used, in the order it names them; never null
 */
public record ReasonFact(String code, Person person, Map<String, Object> figures, List<ParameterSource> sources) {

    /** Copies the figures and sources. */
    public ReasonFact {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        sources = List.copyOf(sources);
    }

    /**
     * @param code            the reason code, not null
     * @param person          the member concerned, null for the household
     * @param namesAndValues  alternating figure names and values (Money, BigMoney, Integer, String, enum)
     * @return the reason, using no profile value; never null
     */
    public static ReasonFact of(String code, Person person, Object... namesAndValues) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            figures.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new ReasonFact(code, person, figures, List.of());
    }

    /**
     * @param code            the reason code, not null
     * @param namesAndValues  alternating figure names and values
     * @return a household reason, using no profile value; never null
     */
    public static ReasonFact household(String code, Object... namesAndValues) {
        return of(code, null, namesAndValues);
    }

    /**
     * Names the profile values the rule used: each is looked up in the parameters in force ({@link
     * Parameters#source}), with its value, effective date and source.
     *
     * @param parameters  the parameters the decision uses, not null
     * @param names       parameter names as the profile files write them ({@code "standard"}, {@code
     *                    "edge.multiplier"}), a map-valued one with the key used ({@code "payment.perPerson.2"})
     * @return this reason with those sources added, never null
     * @throws IllegalArgumentException if a name is no parameter of the profile files
     */
    public ReasonFact using(Parameters parameters, String... names) {
        return using(parameters, List.of(names));
    }

    /**
     * As {@link #using(Parameters, String...)}, for names carried by another fact.
     *
     * @param parameters  the parameters the decision uses, not null
     * @param names       parameter names, not null
     * @return this reason with those sources added, never null
     */
    public ReasonFact using(Parameters parameters, List<String> names) {
        List<ParameterSource> all = new ArrayList<>(sources);
        names.forEach(name -> all.add(parameters.source(name)));
        return new ReasonFact(code, person, figures, all);
    }
}
