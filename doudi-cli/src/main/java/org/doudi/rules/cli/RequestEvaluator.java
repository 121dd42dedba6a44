package org.doudi.rules.cli;

import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.validation.Bounds;
import org.doudi.rules.drools.DroolsEligibilityService;

/**
 * Turns the JSON text of one request into a decision, an invalid-request result with every problem, or a
 * configuration error: what {@code evaluate}, {@code explain} and each line of a batch share.
 *
 * <p>Validation always comes first ({@link DroolsEligibilityService#validate(DecodedRequest)}): only a request without
 * any problem is decided, so an invalid request that would also lack a profile value is reported as invalid. A
 * rejected request keeps the case id as written even when the rest of the document could not be decoded.
 */
public final class RequestEvaluator {

    /** A plain reader for recovering the case id of a rejected request (duplicate keys allowed; the codec's limits). */
    private static final ObjectMapper LENIENT = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(Bounds.PARSER).build());

    private final DroolsEligibilityService service;

    /**
     * @param service  the service that validates and decides, not null
     */
    public RequestEvaluator(DroolsEligibilityService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * Decides one request.
     *
     * @param json    the request's JSON text, not null
     * @param locale  the language of reason messages, not null
     * @return {@link EvaluationResult.Decided}, {@link EvaluationResult.Rejected} (with the case id as given, or null
     *         when it could not be read) or {@link EvaluationResult.Misconfigured}; never null
     */
    public EvaluationResult evaluate(String json, Locale locale) {
        return evaluate(json, DoudiJson.decodeRequest(json), locale);
    }

    /**
     * Decides one request already decoded from its JSON text.
     *
     * @param json     the request's JSON text, not null (for the case id of a document that could not be decoded)
     * @param decoded  the decoded request, not null
     * @param locale   the language of reason messages, not null
     * @return as {@link #evaluate(String, Locale)}; never null
     */
    public EvaluationResult evaluate(String json, DecodedRequest decoded, Locale locale) {
        EvaluationResult result = service.evaluate(decoded, locale);
        if (result instanceof EvaluationResult.Rejected r && r.caseId() == null) {
            return new EvaluationResult.Rejected(caseIdOf(json, decoded), r.problems());
        }
        return result;
    }

    /**
     * The case id of a request as given: from the decoded request, else the raw {@code caseId} string of the JSON if it
     * can be read at all.
     *
     * @param json     the request's JSON text, not null
     * @param decoded  the decoded request, not null
     * @return the case id, or null
     */
    static String caseIdOf(String json, DecodedRequest decoded) {
        if (decoded.request().caseId() != null) {
            return decoded.request().caseId();
        }
        if (!Bounds.documentWithin(json)) {
            return null; // a document beyond the bound is not read again
        }
        try {
            JsonNode tree = LENIENT.readTree(json);
            JsonNode id = tree == null ? null : tree.get("caseId");
            return id != null && id.isTextual() ? id.textValue() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * What one line of {@code evaluate --batch} gave, and its output line.
     *
     * @param kind  decided, invalid or misconfigured, not null
     * @param json  the compact output line, without final newline, not null
     */
    public record BatchAnswer(Kind kind, String json) {

        /** What a batch line gave. */
        public enum Kind {
            /** A decision. */
            DECIDED,
            /** An invalid request. */
            INVALID,
            /** A configuration error. */
            MISCONFIGURED
        }
    }

    /**
     * Answers one line of {@code evaluate --batch}: decodes, validates and decides the request, and encodes the
     * decision, {@code {"line": N, "caseId": ..., "errors": [...]}} or
     * {@code {"line": N, "caseId": ..., "configurationError": {...}}} as one compact line. Thread-safe: the batch
     * command calls it on its worker threads.
     *
     * @param lineNumber  the physical line number, from 1
     * @param json        the line, not null
     * @param locale      the language of reason messages, not null
     * @return the answer, never null
     */
    public BatchAnswer answerLine(int lineNumber, String json, Locale locale) {
        EvaluationResult result = evaluate(json, locale);
        if (result instanceof EvaluationResult.Decided d) {
            return new BatchAnswer(BatchAnswer.Kind.DECIDED, DoudiJson.writeDecision(d.decision(), false));
        }
        if (result instanceof EvaluationResult.Rejected r) {
            return new BatchAnswer(BatchAnswer.Kind.INVALID,
                    DoudiJson.writeBatchErrors(lineNumber, r.caseId(), r.problems()));
        }
        EvaluationResult.Misconfigured m = (EvaluationResult.Misconfigured) result;
        return new BatchAnswer(BatchAnswer.Kind.MISCONFIGURED,
                DoudiJson.writeBatchConfigurationError(lineNumber, m.caseId(), m.error()));
    }

    /** @return the service, never null */
    public DroolsEligibilityService service() {
        return service;
    }

}
