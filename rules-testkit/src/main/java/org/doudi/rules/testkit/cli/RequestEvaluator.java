package org.doudi.rules.testkit.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.InvalidRequestException;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.validation.RequestValidator;
import org.doudi.rules.drools.DroolsEligibilityService;

/**
 * Turns the JSON text of one request into a decision, an invalid-request result with every problem, or a
 * configuration error: what {@code evaluate}, {@code explain} and each line of a batch share.
 *
 * <p>Validation always comes first: the problems of decoding (syntax and profile-independent checks) are merged with
 * the profile-dependent checks of the service on the request as far as it could be read, decoding's first and without
 * repeating a path already reported. Only a request without any problem is decided, so an invalid request that would
 * also lack a profile value is reported as invalid.
 */
public final class RequestEvaluator {

    /** A plain reader for recovering the case id of a rejected request (duplicate keys allowed). */
    private static final ObjectMapper LENIENT = new ObjectMapper();

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
        DecodedRequest decoded = DoudiJson.decodeRequest(json);
        List<Problem> problems = problems(decoded);
        if (!problems.isEmpty()) {
            return new EvaluationResult.Rejected(caseIdOf(json, decoded), problems);
        }
        EvaluationRequest request = decoded.request();
        try {
            return new EvaluationResult.Decided(service.evaluate(request, locale));
        } catch (InvalidRequestException e) {
            return new EvaluationResult.Rejected(request.caseId(), e.problems());
        } catch (PolicyConfigurationException e) {
            return new EvaluationResult.Misconfigured(request.caseId(), e);
        }
    }

    /**
     * Every problem of a decoded request: decoding's, then the service's profile-dependent ones at paths not yet
     * reported.
     *
     * @param decoded  the decoded request, not null
     * @return the problems, empty if the request is valid, never null
     */
    public List<Problem> problems(DecodedRequest decoded) {
        List<Problem> decodeProblems = decoded.problems();
        if (decodeProblems.stream().anyMatch(p -> p.path().isEmpty())) {
            return decodeProblems; // nothing could be read: malformed JSON, a duplicate key, not an object
        }
        List<Problem> serviceProblems;
        try {
            serviceProblems = service.validate(decoded.request());
        } catch (RuntimeException e) {
            if (decodeProblems.isEmpty()) {
                throw e;
            }
            return decodeProblems; // a partial request the profile checks cannot handle: decoding has said enough
        }
        if (decodeProblems.isEmpty()) {
            return serviceProblems;
        }
        // The profile-independent checks were already run by decoding, knowing which fields could not be read;
        // rerun here without that knowledge they could report consequences of those fields, so keep only the others.
        Set<Problem> independent = new HashSet<>(RequestValidator.validate(decoded.request()));
        List<Problem> profileProblems = serviceProblems.stream().filter(p -> !independent.contains(p)).toList();
        return RequestValidator.merge(decodeProblems, profileProblems);
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
        try {
            JsonNode tree = LENIENT.readTree(json);
            JsonNode id = tree == null ? null : tree.get("caseId");
            return id != null && id.isTextual() ? id.textValue() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** @return the service, never null */
    public DroolsEligibilityService service() {
        return service;
    }

}
