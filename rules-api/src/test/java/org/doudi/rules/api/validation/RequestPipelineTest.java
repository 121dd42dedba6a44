package org.doudi.rules.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.EligibilityService;
import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.InvalidRequestException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.Residence;

/** The one validation pipeline: its stages in order, each run once, whatever the entry point. */
class RequestPipelineTest {

    private static final Problem UNKNOWN_PROFILE = new Problem("profile", "unknown profile xx");

    private static EvaluationRequest valid() {
        return EvaluationRequest.builder().caseId("C-1").kind(Kind.APPLICATION).profile("xx")
                .asOf(LocalDate.of(2020, 6, 15)).residence(Residence.RURAL)
                .members(Member.builder("m1", HeadRelation.HEAD).birthDate(LocalDate.of(1960, 1, 1))
                        .laborCapacity(LaborCapacity.FULL).build())
                .build();
    }

    /** A service of the interface's defaults over the pipeline, counting its profile checks and what it decides. */
    private static final class CountingService implements EligibilityService {
        final AtomicInteger profileChecks = new AtomicInteger();
        final List<DecodedRequest> seen = new ArrayList<>();
        final RequestPipeline pipeline = new RequestPipeline(request -> {
            profileChecks.incrementAndGet();
            return "xx".equals(request.profile()) ? List.of(UNKNOWN_PROFILE) : List.of();
        });

        @Override
        public EvaluationResult evaluate(DecodedRequest decoded, Locale locale) {
            seen.add(decoded);
            List<Problem> problems = pipeline.check(decoded);
            return new EvaluationResult.Rejected(decoded.request().caseId(), problems);
        }

        @Override
        public List<Problem> validate(DecodedRequest decoded) {
            seen.add(decoded);
            return pipeline.check(decoded);
        }
    }

    @Test
    @DisplayName("a Java-built request: the request checks once, then the profile checks once, by every method")
    void javaEntryPointsRunEachStageOnce() {
        EvaluationRequest noCaseId = valid().toBuilder().caseId(null).build();
        List<Problem> expected = List.of(new Problem("caseId", "required"), UNKNOWN_PROFILE);

        CountingService decide = new CountingService();
        assertThatThrownBy(() -> decide.decide(noCaseId)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.problems()).isEqualTo(expected));
        CountingService evaluate = new CountingService();
        assertThat(evaluate.evaluate(noCaseId)).isEqualTo(new EvaluationResult.Rejected(null, expected));
        CountingService validate = new CountingService();
        assertThat(validate.validate(noCaseId)).isEqualTo(expected);
        CountingService batch = new CountingService();
        assertThat(batch.evaluateAll(List.of(noCaseId, noCaseId), Locale.CHINESE)).hasSize(2);

        for (CountingService s : List.of(decide, evaluate, validate)) {
            assertThat(s.profileChecks).hasValue(1);
            assertThat(s.seen).singleElement().satisfies(d -> assertThat(d.problems())
                    .containsExactly(new Problem("caseId", "required")));
        }
        assertThat(batch.profileChecks).hasValue(2);
    }

    @Test
    @DisplayName("a JSON request: decoding gives the request checks' problems; the profile stage adds its own once")
    void jsonEntryPoint() {
        CountingService service = new CountingService();
        DecodedRequest decoded = DoudiJson.decodeRequest(DoudiJson.writeRequest(valid(), false));

        assertThat(decoded.problems()).isEmpty();
        assertThat(service.validate(decoded)).containsExactly(UNKNOWN_PROFILE);
        assertThat(service.profileChecks).hasValue(1);
    }

    @Test
    @DisplayName("a document that could not be read gets no further check; a later stage never repeats a path")
    void rootProblemsStopAndPathsAreNotRepeated() {
        CountingService service = new CountingService();
        assertThat(service.validate(DoudiJson.decodeRequest("{"))).singleElement()
                .satisfies(p -> assertThat(p.path()).isEmpty());
        assertThat(service.profileChecks).hasValue(0);

        RequestPipeline samePath = new RequestPipeline(request -> List.of(new Problem("profile", "also bad")));
        DecodedRequest checked = new DecodedRequest(valid(), List.of(new Problem("profile", "must be a string")));
        assertThat(samePath.check(checked)).containsExactly(new Problem("profile", "must be a string"));
    }
}
