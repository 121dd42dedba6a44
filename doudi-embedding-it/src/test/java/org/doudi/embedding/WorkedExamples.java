package org.doudi.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.doudi.rules.api.EligibilityService;
import org.doudi.rules.api.InvalidRequestException;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;

/**
 * Checks a service against a worked example as an embedder would call it: every field of the expected decision
 * (reasons by the codes that must be among them), the error paths of an invalid request, or the configuration error.
 */
final class WorkedExamples {

    private WorkedExamples() {
    }

    static void check(EligibilityService service, Project.Example example) throws Exception {
        DecodedRequest decoded = DoudiJson.decodeRequest(Project.JSON.writeValueAsString(example.request()));
        if (example.exit() == 2) {
            List<Problem> problems = new ArrayList<>(decoded.problems());
            if (problems.isEmpty()) {
                assertThatThrownBy(() -> service.decide(decoded.request(), Locale.CHINESE))
                        .isInstanceOf(InvalidRequestException.class)
                        .satisfies(e -> problems.addAll(((InvalidRequestException) e).problems()));
            }
            Set<String> paths = new HashSet<>();
            problems.forEach(p -> paths.add(p.path()));
            Set<String> wanted = new HashSet<>();
            example.output().get("errors").forEach(e -> wanted.add(e.get("path").asText()));
            assertThat(paths).as(example.name()).isEqualTo(wanted);
            return;
        }
        assertThat(decoded.problems()).as(example.name()).isEmpty();
        if (example.exit() == 3) {
            assertThatThrownBy(() -> service.decide(decoded.request(), Locale.CHINESE))
                    .isInstanceOf(PolicyConfigurationException.class)
                    .satisfies(e -> assertThat(Project.JSON.readTree(DoudiJson.writeConfigurationError(
                            (PolicyConfigurationException) e, false))).as(example.name()).isEqualTo(example.output()));
            return;
        }
        ObjectNode decision = DoudiJson.toTree(service.decide(decoded.request(), Locale.CHINESE));
        List<String> codes = new ArrayList<>();
        decision.get("reasons").forEach(r -> codes.add(r.get("code").asText()));
        decision.remove(List.of("reasons", "firedRules"));
        ObjectNode wanted = ((ObjectNode) example.output()).deepCopy();
        List<String> wantedCodes = new ArrayList<>();
        wanted.get("reasonCodes").forEach(c -> wantedCodes.add(c.asText()));
        wanted.remove("reasonCodes");
        assertThat((JsonNode) decision).as("decision of %s", example.name()).isEqualTo(wanted);
        assertThat(codes).as("reason codes of %s", example.name()).containsAll(wantedCodes);
    }
}
