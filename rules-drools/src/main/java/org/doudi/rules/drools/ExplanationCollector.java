package org.doudi.rules.drools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Tells, for a fact standing in a session after the rules have fired, which rule concluded it: read from the truth
 * maintenance system, once, at the end of the decision.
 *
 * <p>Derived facts are inserted logically (truth maintenance), so a conclusion whose conditions stop holding is
 * retracted; what remains at the end is the fixpoint, whatever the firing order. Each standing derived fact keeps its
 * justifications: the matches of the rules whose conditions still hold for it. When two rules conclude an equal fact
 * (for example a living subsidy first by the rule for a unit without category, then by the rule for a unit with one,
 * after which the first no longer holds), the justification that stands is the one that counts; reading it at the end
 * makes the explanation independent of the order in which the rules fired (which may differ between sessions and
 * threads). When several rules justify the same fact at the end, each of them has fired and the one with the lowest
 * rule id is named for it.
 *
 * <p>Built on Drools' truth maintenance internals ({@code drools-tms} 10.x): the supported Drools version is the one
 * the project builds with. Stateless and thread-safe.
 */
public final class ExplanationCollector {

    private static final Comparator<Rule> BY_RULE_ID = Comparator.comparing(r -> String.valueOf(meta(r, "ruleId")));

    /**
     * @param handle  a fact handle of a session whose rules have fired
     * @return the rules whose matches justify the fact, by rule id; empty for an input fact
     */
    public List<Rule> rulesOf(FactHandle handle) {
        BeliefSet<?> beliefs = beliefSet(handle);
        if (beliefs == null || beliefs.isEmpty()) {
            return List.of();
        }
        if (!(beliefs.getFirst() instanceof SimpleMode first)) {
            throw new IllegalStateException("unexpected truth maintenance belief set: " + beliefs.getClass().getName());
        }
        List<Rule> rules = new ArrayList<>(beliefs.size());
        for (SimpleMode mode = first; mode != null; mode = mode.getNext()) {
            Rule rule = mode.getObject().getJustifier().getRule();
            if (!rules.contains(rule)) {
                rules.add(rule);
            }
        }
        if (rules.size() > 1) {
            rules.sort(BY_RULE_ID);
        }
        return rules;
    }

    /**
     * @param handle  a fact handle of a session whose rules have fired
     * @return the rule that concluded the fact (the one with the lowest rule id if several justify it), or null for
     *         an input fact
     */
    public Rule ruleOf(FactHandle handle) {
        List<Rule> rules = rulesOf(handle);
        return rules.isEmpty() ? null : rules.get(0);
    }

    private static BeliefSet<?> beliefSet(FactHandle handle) {
        EqualityKey key = ((InternalFactHandle) handle).getEqualityKey();
        return key instanceof TruthMaintenanceSystemEqualityKey tms ? tms.getBeliefSet() : null;
    }

    /**
     * @param rule  a rule, not null
     * @param key   a metadata key such as {@code ruleId}, not null
     * @return the metadata value as text, or null
     */
    static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
