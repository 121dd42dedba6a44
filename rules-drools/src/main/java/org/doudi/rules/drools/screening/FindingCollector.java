package org.doudi.rules.drools.screening;

import java.util.HashMap;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Records which screening rule inserted each finding that still stands. Attached to one session for one case only.
 */
final class FindingCollector implements RuleRuntimeEventListener {

    private final Map<FactHandle, Rule> insertedBy = new HashMap<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && event.getObject() instanceof FindingFact) {
            insertedBy.put(event.getFactHandle(), event.getRule());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // findings are never updated
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        insertedBy.remove(event.getFactHandle());
    }

    /**
     * @param handle  a fact handle
     * @return the rule that inserted the finding, never null for a finding
     */
    Rule ruleOf(FactHandle handle) {
        Rule rule = insertedBy.get(handle);
        if (rule == null) {
            throw new IllegalStateException("a finding was inserted outside a screening rule");
        }
        return rule;
    }
}
