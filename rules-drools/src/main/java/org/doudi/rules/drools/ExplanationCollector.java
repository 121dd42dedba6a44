package org.doudi.rules.drools;

import java.util.HashMap;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Records, for one decision, which rule inserted each derived fact that still stands. Attached to a session for one
 * decision only and then removed, never shared between decisions or threads.
 *
 * <p>Derived facts are inserted logically (truth maintenance), so a conclusion whose conditions stop holding is
 * retracted; what remains at the end is the fixpoint, whatever the firing order.
 */
public final class ExplanationCollector implements RuleRuntimeEventListener {

    private final Map<FactHandle, Rule> insertedBy = new HashMap<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            insertedBy.put(event.getFactHandle(), event.getRule());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // derived facts are never updated
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        insertedBy.remove(event.getFactHandle());
    }

    /**
     * @param handle  a fact handle of the session
     * @return the rule that inserted it, or null for an input fact
     */
    public Rule ruleOf(FactHandle handle) {
        return insertedBy.get(handle);
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
