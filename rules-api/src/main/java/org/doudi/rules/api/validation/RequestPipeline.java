package org.doudi.rules.api.validation;

import java.util.List;
import java.util.Objects;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.EvaluationRequest;

/**
 * The one validation pipeline of a request, whatever its source: <b>decode</b> (JSON text, a YAML tree: syntax, types,
 * enum values, formats, unknown fields, duplicate keys, the parser's limits), <b>structure</b> (the {@link Bounds}
 * of sizes, digits and years), <b>meaning</b> (required fields, exactly one head, unique ids and known references,
 * dates in order, ranges: {@link RequestValidator}), then <b>profile</b> (the {@link ProfileChecks} the engine plugs
 * in). Every entry point runs it once per request; only a request without any problem is decided.
 *
 * <p>The first three stages need no profile and give a {@link DecodedRequest}: {@link DoudiJson#decodeRequest(String)}
 * and {@link DoudiJson#decodeRequest(com.fasterxml.jackson.databind.JsonNode)} for JSON and YAML,
 * {@link #requestChecks(EvaluationRequest)} for a request built in Java. {@link #check(DecodedRequest)} adds the
 * profile stage. A later stage never repeats a problem at or under a path an earlier stage reported (a field that
 * could not be read is null in the request, not also "required"); a document that could not be read at all (a problem
 * at path {@code ""}) gets no further check.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequestPipeline {

    private final ProfileChecks profileChecks;

    /**
     * @param profileChecks  the checks that need the profile, not null ({@link ProfileChecks#NONE} for none)
     */
    public RequestPipeline(ProfileChecks profileChecks) {
        this.profileChecks = Objects.requireNonNull(profileChecks, "profileChecks");
    }

    /**
     * The stages after decoding, for a request built in Java: structure and meaning.
     *
     * @param request  the request, not null
     * @return the request with the problems found, never null
     */
    public static DecodedRequest requestChecks(EvaluationRequest request) {
        return new DecodedRequest(request, RequestValidator.validate(Objects.requireNonNull(request, "request")));
    }

    /**
     * The stages after decoding, for a request decoded from JSON or YAML: the decoding problems first, then the
     * structure and meaning problems at paths decoding has not reported.
     *
     * @param partial         the request as far as it could be decoded, not null
     * @param decodeProblems  the problems decoding found, in document order, not null
     * @return the request with every problem found, never null
     */
    public static DecodedRequest afterDecoding(EvaluationRequest partial, List<Problem> decodeProblems) {
        if (hasRootProblem(decodeProblems)) {
            return new DecodedRequest(partial, decodeProblems);
        }
        return new DecodedRequest(partial, RequestValidator.merge(decodeProblems,
                RequestValidator.validate(partial, decodeProblems)));
    }

    /**
     * The profile stage: every problem of a request that has been through the other stages.
     *
     * @param checked  the request and the problems of decoding, structure and meaning, not null
     * @return every problem, empty if the request may be decided; never null
     */
    public List<Problem> check(DecodedRequest checked) {
        List<Problem> earlier = checked.problems();
        if (hasRootProblem(earlier)) {
            return earlier;
        }
        List<Problem> profile;
        try {
            profile = profileChecks.check(checked.request());
        } catch (RuntimeException e) {
            if (earlier.isEmpty()) {
                throw e;
            }
            return earlier; // a partial request the profile checks cannot read: the earlier stages have said enough
        }
        return earlier.isEmpty() ? List.copyOf(profile) : RequestValidator.merge(earlier, profile);
    }

    /**
     * Every stage for a request built in Java.
     *
     * @param request  the request, not null
     * @return every problem, empty if the request may be decided; never null
     */
    public List<Problem> check(EvaluationRequest request) {
        return check(requestChecks(request));
    }

    private static boolean hasRootProblem(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.path().isEmpty());
    }
}
