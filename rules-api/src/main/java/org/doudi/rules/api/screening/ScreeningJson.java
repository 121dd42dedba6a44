package org.doudi.rules.api.screening;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.doudi.rules.api.json.DoudiJson;

/**
 * The JSON of a screening: one compact line per case, one per candidate, and the summary. Deterministic: the same
 * value always gives the same text. Stateless and thread-safe.
 *
 * <ul>
 *   <li>a screened case: {@code {"caseId": ..., "findings": [{"code", "memberId", "detail", "ruleId", "clause"}]}};</li>
 *   <li>an invalid case: {@code {"line": N, "caseId": ..., "errors": [...]}}, a misconfigured one
 *       {@code {"line": N, "caseId": ..., "configurationError": {...}}} (as {@code evaluate --batch});</li>
 *   <li>a candidate: {@code {"code": "MONITORED_NOT_COVERED", "householdId", "risk", "idNumber" (masked), "line"}};</li>
 *   <li>the summary: {@code {"cases", "casesWithFindings", "invalid", "misconfigured", "findings": {CODE: N},
 *       "registries": {FILE: {"read", "rejected", "matched"}}, "candidates", "monthlyOverpaid",
 *       "monthlyUnderpaid"}}.</li>
 * </ul>
 */
public final class ScreeningJson {

    private static final ObjectMapper MAPPER = DoudiJson.mapper();

    private ScreeningJson() {
    }

    /**
     * @param result  a case's result, not null
     * @return its line, compact, without a line end, never null
     */
    public static String writeResult(ScreeningResult result) {
        if (result instanceof ScreeningResult.Rejected r) {
            return DoudiJson.writeBatchErrors(Math.toIntExact(r.line()), r.caseId(), r.problems());
        }
        if (result instanceof ScreeningResult.Misconfigured m) {
            return DoudiJson.writeBatchConfigurationError(Math.toIntExact(m.line()), m.caseId(), m.error());
        }
        ScreeningResult.Screened s = (ScreeningResult.Screened) result;
        ObjectNode root = MAPPER.createObjectNode();
        root.put("caseId", s.caseId());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : s.findings()) {
            ObjectNode n = findings.addObject();
            n.put("code", f.code().name());
            n.put("memberId", f.memberId());
            n.put("detail", f.detail());
            n.put("ruleId", f.ruleId());
            n.put("clause", f.clause());
        }
        return write(root);
    }

    /**
     * @param candidate  a candidate, not null
     * @return its line, compact, without a line end, never null
     */
    public static String writeCandidate(Candidate candidate) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("code", candidate.code());
        root.put("householdId", candidate.householdId());
        root.put("risk", candidate.risk().name());
        root.put("idNumber", candidate.maskedIdNumber());
        root.put("line", candidate.line());
        return write(root);
    }

    /**
     * @param summary  the summary, not null
     * @param pretty   true for the indented form, false for one line
     * @return the summary document without a line end, never null
     */
    public static String writeSummary(ScreeningSummary summary, boolean pretty) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("cases", summary.cases());
        root.put("casesWithFindings", summary.casesWithFindings());
        root.put("invalid", summary.invalid());
        root.put("misconfigured", summary.misconfigured());
        ObjectNode findings = root.putObject("findings");
        summary.findings().forEach((code, n) -> findings.put(code.name(), n));
        ObjectNode registries = root.putObject("registries");
        for (Map.Entry<String, RegistryCount> e : summary.registries().entrySet()) {
            ObjectNode n = registries.putObject(e.getKey());
            n.put("read", e.getValue().read());
            n.put("rejected", e.getValue().rejected());
            n.put("matched", e.getValue().matched());
        }
        root.put("candidates", summary.candidates());
        root.put("monthlyOverpaid", summary.monthlyOverpaid().toString());
        root.put("monthlyUnderpaid", summary.monthlyUnderpaid().toString());
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) : write(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
