package org.doudi.rules.api.whatif;

import java.util.List;
import java.util.Map;

import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.money.Money;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of a comparison: one compact line per changed case, and the summary. Money as strings with two decimals,
 * as in decisions.
 *
 * <p>A case line: {@code {"line": N, "caseId": "...", "profile": "...", "residence": "RURAL", "changes": {...},
 * "newlyEligible": true}} where {@code changes} holds only what changed, each as {@code {"before": ..., "after": ...}}:
 * {@code result} (DECIDED, INVALID, CONFIGURATION_ERROR), {@code outcome}, {@code coverage}, {@code categories} (of the
 * covered units, in unit order) and {@code monthlyAmount} (with {@code difference}); {@code newlyEligible} and
 * {@code newlyIneligible} appear only when true.
 *
 * <p>The summary: the totals ({@code cases}, {@code changed}, {@code resultChanged}, {@code outcomeChanged},
 * {@code coverageChanged}, {@code categoryChanged}, {@code amountChanged}, {@code newlyEligible},
 * {@code newlyIneligible}, {@code notDecided: {before, after}}, {@code monthlyTotal} and {@code yearlyTotal} each
 * {@code {before, after, difference}}), and {@code groups}: the same per profile and residence.
 */
public final class WhatIfJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WhatIfJson() {
    }

    /**
     * @param c  a comparison, not null
     * @return its compact JSON line, without newline
     */
    public static String caseLine(CaseComparison c) {
        ObjectNode line = NODES.objectNode();
        line.put("line", c.position());
        line.put("caseId", c.caseId());
        line.put("profile", c.profile());
        line.put("residence", c.residence() == null ? null : c.residence().name());
        ObjectNode changes = line.putObject("changes");
        if (c.resultChanged()) {
            change(changes, "result", NODES.textNode(CaseComparison.ResultKind.of(c.before()).name()),
                    NODES.textNode(CaseComparison.ResultKind.of(c.after()).name()));
        }
        Decision b = c.decisionBefore();
        Decision a = c.decisionAfter();
        if (c.outcomeChanged()) {
            change(changes, "outcome", NODES.textNode(b.outcome().name()), NODES.textNode(a.outcome().name()));
        }
        if (c.coverageChanged()) {
            change(changes, "coverage", NODES.textNode(b.coverage().name()), NODES.textNode(a.coverage().name()));
        }
        if (c.categoryChanged()) {
            change(changes, "categories", categories(b), categories(a));
        }
        if (c.amountChanged()) {
            change(changes, "monthlyAmount", money(c.paidBefore()), money(c.paidAfter()))
                    .put("difference", c.paidAfter().minus(c.paidBefore()).toString());
        }
        if (c.newlyEligible()) {
            line.put("newlyEligible", true);
        }
        if (c.newlyIneligible()) {
            line.put("newlyIneligible", true);
        }
        return write(line, false);
    }

    /**
     * @param summary  a summary, not null
     * @param pretty   true for indented output
     * @return its JSON text, without final newline
     */
    public static String summary(WhatIfSummary summary, boolean pretty) {
        ObjectNode root = totals(summary.total());
        ArrayNode groups = root.putArray("groups");
        for (Map.Entry<WhatIfSummary.Group, WhatIfTotals> e : summary.groups().entrySet()) {
            ObjectNode g = groups.addObject();
            g.put("profile", e.getKey().profile());
            g.put("residence", e.getKey().residence() == null ? null : e.getKey().residence().name());
            g.setAll(totals(e.getValue()));
        }
        return write(root, pretty);
    }

    private static ObjectNode totals(WhatIfTotals t) {
        ObjectNode o = NODES.objectNode();
        o.put("cases", t.cases());
        o.put("changed", t.changed());
        o.put("resultChanged", t.resultChanged());
        o.put("outcomeChanged", t.outcomeChanged());
        o.put("coverageChanged", t.coverageChanged());
        o.put("categoryChanged", t.categoryChanged());
        o.put("amountChanged", t.amountChanged());
        o.put("newlyEligible", t.newlyEligible());
        o.put("newlyIneligible", t.newlyIneligible());
        ObjectNode notDecided = o.putObject("notDecided");
        notDecided.put("before", t.notDecidedBefore());
        notDecided.put("after", t.notDecidedAfter());
        beforeAfter(o.putObject("monthlyTotal"), t.monthlyBefore(), t.monthlyAfter(), t.monthlyDifference());
        beforeAfter(o.putObject("yearlyTotal"), t.yearlyBefore(), t.yearlyAfter(), t.yearlyDifference());
        return o;
    }

    private static void beforeAfter(ObjectNode o, Money before, Money after, Money difference) {
        o.put("before", before.toString());
        o.put("after", after.toString());
        o.put("difference", difference.toString());
    }

    private static ObjectNode change(ObjectNode changes, String field, JsonNode before, JsonNode after) {
        ObjectNode c = changes.putObject(field);
        c.set("before", before);
        c.set("after", after);
        return c;
    }

    private static JsonNode money(Money m) {
        return NODES.textNode(m.toString());
    }

    private static ArrayNode categories(Decision d) {
        ArrayNode a = NODES.arrayNode();
        List<Integer> categories = CaseComparison.categories(d);
        categories.forEach(a::add);
        return a;
    }

    private static String write(JsonNode node, boolean pretty) {
        return DoudiJson.writeTree(node, pretty);
    }
}
