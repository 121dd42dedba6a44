package org.doudi.rules.api.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.decision.IncomeSummary;
import org.doudi.rules.api.decision.ParameterSource;
import org.doudi.rules.api.decision.PhaseOut;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.decision.Recusal;
import org.doudi.rules.api.decision.Unit;
import org.doudi.rules.api.decision.Verification;
import org.doudi.rules.api.money.BigMoney;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.StaffRelation;

/**
 * Builds the JSON trees of the JSON contract's outputs: decisions (fields in the contract's order, every field present),
 * error lists and configuration errors. Stateless and thread-safe.
 */
final class DecisionEncoder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DecisionEncoder() {
    }

    static ObjectNode decision(Decision d) {
        ObjectNode o = NODES.objectNode();
        o.put("caseId", d.caseId());
        o.put("profile", d.profile());
        o.put("asOf", text(d.asOf()));
        o.put("kind", text(d.kind()));
        o.put("outcome", text(d.outcome()));
        o.put("coverage", text(d.coverage()));
        o.put("householdStatus", text(d.householdStatus()));
        o.put("standard", text(d.standard()));
        o.set("income", nullable(d.income(), DecisionEncoder::income));
        o.put("assetsPassed", d.assetsPassed());
        o.set("units", array(d.units(), DecisionEncoder::unit));
        o.put("monthlyAmount", text(d.monthlyAmount()));
        o.set("phaseOut", nullable(d.phaseOut(), DecisionEncoder::phaseOut));
        o.put("voluntaryExitGrant", text(d.voluntaryExitGrant()));
        o.put("temporaryAssistance", text(d.temporaryAssistance()));
        o.set("disabilitySubsidies", array(d.disabilitySubsidies(), DecisionEncoder::subsidy));
        o.set("verification", nullable(d.verification(), DecisionEncoder::verification));
        o.set("recusals", array(d.recusals(), DecisionEncoder::recusal));
        o.set("procedureProblems", array(d.procedureProblems(), p -> NODES.textNode(p.name())));
        o.set("reasons", array(d.reasons(), DecisionEncoder::reason));
        o.set("firedRules", array(d.firedRules(), NODES::textNode));
        return o;
    }

    private static ObjectNode income(IncomeSummary i) {
        ObjectNode o = NODES.objectNode();
        o.put("countedMembers", i.countedMembers());
        o.put("gross", text(i.gross()));
        o.put("excluded", text(i.excluded()));
        o.put("deductions", text(i.deductions()));
        o.put("net", text(i.net()));
        o.put("perCapita", text(i.perCapita()));
        return o;
    }

    private static ObjectNode unit(Unit u) {
        ObjectNode o = NODES.objectNode();
        o.set("members", array(u.members(), NODES::textNode));
        o.put("category", u.category());
        o.put("supportType", text(u.supportType()));
        o.put("monthlyAmount", text(u.monthlyAmount()));
        return o;
    }

    private static ObjectNode phaseOut(PhaseOut p) {
        ObjectNode o = NODES.objectNode();
        o.put("startMonth", text(p.startMonth()));
        o.put("endMonth", text(p.endMonth()));
        o.put("monthlyAmount", text(p.monthlyAmount()));
        return o;
    }

    /** Inside an entry only, an absent key means "not due" and null "due, amount not configured". */
    static ObjectNode subsidy(DisabilitySubsidy s) {
        ObjectNode o = NODES.objectNode();
        o.put("memberId", s.memberId());
        if (s.livingDue()) {
            o.put("living", text(s.living()));
        }
        if (s.nursingDue()) {
            o.put("nursing", text(s.nursing()));
        }
        return o;
    }

    private static ObjectNode verification(Verification v) {
        ObjectNode o = NODES.objectNode();
        o.put("filingRequired", v.filingRequired());
        o.put("homeVisit", text(v.homeVisit()));
        o.set("relatedStaff", array(v.relatedStaff(), DecisionEncoder::staffRelation));
        return o;
    }

    private static ObjectNode staffRelation(StaffRelation r) {
        ObjectNode o = NODES.objectNode();
        o.put("memberId", r.memberId());
        o.put("staffId", r.staffId());
        o.put("staffRole", text(r.staffRole()));
        o.put("relation", text(r.relation()));
        return o;
    }

    private static ObjectNode recusal(Recusal r) {
        ObjectNode o = NODES.objectNode();
        o.put("staffId", r.staffId());
        o.put("memberId", r.memberId());
        o.put("relation", text(r.relation()));
        return o;
    }

    private static ObjectNode reason(Reason r) {
        ObjectNode o = NODES.objectNode();
        o.put("code", r.code());
        o.put("ruleId", r.ruleId());
        o.put("memberId", r.memberId());
        o.put("clause", r.clause());
        ObjectNode figures = o.putObject("figures");
        r.figures().forEach((name, value) -> figures.set(name, figure(value)));
        o.put("message", r.message());
        o.set("sources", array(r.sources(), DecisionEncoder::source));
        return o;
    }

    /** {@code {"parameter": ..., "value": ..., "from": ..., "source": ...}}, each field always present. */
    private static ObjectNode source(ParameterSource s) {
        ObjectNode o = NODES.objectNode();
        o.put("parameter", s.parameter());
        o.put("value", s.value());
        o.put("from", text(s.from()));
        o.put("source", s.source());
        return o;
    }

    /**
     * Counts as numbers (the smallest node type that holds them, as a parser would build it, so that trees compare
     * equal to parsed ones); money, decimals, codes and anything else as strings.
     */
    private static JsonNode figure(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            BigInteger n = value instanceof BigInteger b ? b : BigInteger.valueOf(((Number) value).longValue());
            return n.bitLength() < Integer.SIZE ? NODES.numberNode(n.intValue())
                    : n.bitLength() < Long.SIZE ? NODES.numberNode(n.longValue()) : NODES.numberNode(n);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        return NODES.textNode(text(value));
    }

    static ObjectNode errors(List<Problem> problems) {
        ObjectNode o = NODES.objectNode();
        o.set("errors", array(problems, p -> {
            ObjectNode e = NODES.objectNode();
            e.put("path", p.path());
            e.put("message", p.message());
            return e;
        }));
        return o;
    }

    /**
     * {@code {"configurationError": {...}}}: file and line for a broken file (and {@code rule} for a rule that failed
     * while deciding), else the missing value.
     */
    static ObjectNode configurationErrorDocument(PolicyConfigurationException e) {
        ObjectNode root = NODES.objectNode();
        ObjectNode o = root.putObject("configurationError");
        if (e.file() != null) {
            o.put("file", e.file());
            o.put("line", e.line());
            if (e.rule() != null) {
                o.put("rule", e.rule());
            }
        } else if (e.rule() != null) {
            o.put("rule", e.rule());
        } else {
            o.put("profile", e.profile());
            o.put("parameter", e.parameter());
            o.put("residence", e.residence());
            o.put("date", text(e.date()));
        }
        o.put("message", e.getMessage());
        return root;
    }

    static ObjectNode batchLine(int line, String caseId) {
        ObjectNode o = NODES.objectNode();
        o.put("line", line);
        o.put("caseId", caseId);
        return o;
    }

    /** The contract's text of a scalar: money with two decimals, exact decimals plain, enums by name; null for null. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigMoney m) {
            return m.amount().toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString(); // Money (two decimals), LocalDate, YearMonth, String
    }

    private static <T> JsonNode nullable(T value, Function<T, JsonNode> encoder) {
        return value == null ? NODES.nullNode() : encoder.apply(value);
    }

    static <T> ArrayNode array(List<T> values, Function<T, JsonNode> encoder) {
        ArrayNode array = NODES.arrayNode(values.size());
        values.forEach(v -> array.add(encoder.apply(v)));
        return array;
    }
}
