package org.doudi.rules.spark;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.Masking;
import org.doudi.rules.api.validation.Bounds;
import org.doudi.rules.drools.DroolsEligibilityService;

/**
 * Decides one request row, exactly as one line of {@code doudi evaluate --batch}: the JSON text is decoded and
 * validated first ({@link DroolsEligibilityService#evaluate(org.doudi.rules.api.json.DecodedRequest, Locale)}), then
 * decided; the decision is encoded by the library's compact encoder. Nothing escapes for a bad row: malformed JSON
 * and invalid requests become {@link CaseStatus#INVALID}, a profile without a needed value
 * {@link CaseStatus#MISCONFIGURED}, and an unexpected exception of the rules {@link CaseStatus#FAILED}.
 *
 * <p>No Spark here: {@link DoudiSpark} applies it to the rows of a partition. Stateless and thread-safe.
 */
final class CaseEvaluator {

    /** Reads the case id of a rejected document, within the same parser limits as the codec. */
    private static final JsonFactory PLAIN = JsonFactory.builder().streamReadConstraints(Bounds.PARSER).build();

    private final DroolsEligibilityService service;
    private final Locale locale;

    /**
     * @param service  the service, not null
     * @param locale   the language of reason messages, not null
     */
    CaseEvaluator(DroolsEligibilityService service, Locale locale) {
        this.service = Objects.requireNonNull(service, "service");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * What came of one request.
     *
     * @param file                the input file, or null when unknown
     * @param line                the physical line number in that file (from 1), or null when unknown
     * @param caseId              the case id as given, null when it could not be read
     * @param status              what came of it, not null
     * @param decision            the decision when {@link CaseStatus#DECIDED}, else null
     * @param decisionJson        the decision as the library's compact JSON when decided, else null
     * @param problems            every problem when {@link CaseStatus#INVALID}, else null
     * @param configurationError  the missing value when {@link CaseStatus#MISCONFIGURED}, else null
     * @param failure             the exception, masked, when {@link CaseStatus#FAILED}, else null
     */
    record Evaluated(String file, Long line, String caseId, CaseStatus status, Decision decision, String decisionJson,
                     List<Problem> problems, PolicyConfigurationException configurationError, String failure) {

        /**
         * The output line of {@code doudi evaluate --batch} for this request: the decision, or
         * {@code {"line": N, "caseId": ..., "errors": [...]}}, {@code {"line": N, "caseId": ..., "configurationError":
         * {...}}}, or (Spark only) {@code {"line": N, "caseId": ..., "failure": "..."}}.
         *
         * @param withFile  true to name the input file after {@code line} (an input of several files)
         * @return one line of JSON without a newline, never null
         */
        String batchLine(boolean withFile) {
            return switch (status) {
                case DECIDED -> decisionJson;
                case INVALID -> ErrorLines.invalid(line, file, withFile, caseId, problems);
                case MISCONFIGURED -> ErrorLines.misconfigured(line, file, withFile, caseId, configurationError);
                case FAILED -> ErrorLines.failed(line, file, withFile, caseId, failure);
            };
        }
    }

    /**
     * Decides one request.
     *
     * @param file  the input file, or null
     * @param line  the physical line number, or null
     * @param json  the request's JSON text; null is read as an empty document (invalid)
     * @return what came of it, never null
     */
    Evaluated evaluate(String file, Long line, String json) {
        String text = json == null ? "" : json;
        try {
            EvaluationResult result = service.evaluate(DoudiJson.decodeRequest(text), locale);
            if (result instanceof EvaluationResult.Decided d) {
                return new Evaluated(file, line, d.caseId(), CaseStatus.DECIDED, d.decision(),
                        DoudiJson.writeDecision(d.decision(), false), null, null, null);
            }
            if (result instanceof EvaluationResult.Rejected r) {
                String caseId = r.caseId() != null ? r.caseId() : caseIdOf(text);
                return new Evaluated(file, line, caseId, CaseStatus.INVALID, null, null, r.problems(), null, null);
            }
            EvaluationResult.Misconfigured m = (EvaluationResult.Misconfigured) result;
            return new Evaluated(file, line, m.caseId(), CaseStatus.MISCONFIGURED, null, null, null, m.error(), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Evaluated(file, line, caseIdOf(text), CaseStatus.FAILED, null, null, null, null, describe(e));
        }
    }

    /**
     * The case id of a document the decoder could not read, as {@code doudi evaluate --batch} recovers it: the
     * top-level {@code caseId} string of a document whose first JSON object is well-formed apart from duplicate keys
     * (the last one counts); null otherwise.
     *
     * @param json  the JSON text, not null
     * @return the case id, or null
     */
    static String caseIdOf(String json) {
        if (!Bounds.documentWithin(json)) {
            return null; // a document beyond the bound is not read again
        }
        try (JsonParser parser = PLAIN.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String caseId = null;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
                if (token == JsonToken.FIELD_NAME && "caseId".equals(parser.currentName())) {
                    caseId = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren(); // a nested value, whatever its key
            }
            return caseId; // like a tree reader, content after the object is not looked at
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The exception and its root cause, for the {@code failure} column: no stack, identifiers masked. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getName() + ": " + e.getMessage();
        if (root != e) {
            text += " (cause: " + root.getClass().getName() + ": " + root.getMessage() + ")";
        }
        return Masking.scrub(text);
    }
}
