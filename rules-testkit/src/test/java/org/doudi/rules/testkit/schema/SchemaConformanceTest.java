package org.doudi.rules.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.scenario.Scenario;
import org.doudi.rules.scenario.ScenarioLoader;
import org.doudi.rules.testkit.arbitraries.Requests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON Schemas shipped in rules-api against what the project really exchanges: every valid request of the
 * scenario suite (YAML read as the contract's types, then written as JSON) and generated requests of every kind
 * validate against the request schema, and the decisions the engine gives for them against the decision schema.
 */
class SchemaConformanceTest {

    static final Path SUITE = Path.of("../scenarios");

    static final Schema REQUEST = schema(DoudiJson.REQUEST_SCHEMA);
    static final Schema DECISION = schema(DoudiJson.DECISION_SCHEMA);

    private static final class Services {
        static final DroolsEligibilityService BUILT_IN = DroolsEligibilityService.builtIn();
        static final Map<Path, DroolsEligibilityService> OVERLAID = new ConcurrentHashMap<>();

        static DroolsEligibilityService forParams(Path params) {
            return params == null ? BUILT_IN
                    : OVERLAID.computeIfAbsent(params, p -> DroolsEligibilityService.fromDirectories(null, p));
        }
    }

    static Schema schema(String resource) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                        .locale(Locale.ENGLISH).build()));
        try (InputStream in = SchemaConformanceTest.class.getClassLoader().getResourceAsStream(resource)) {
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertValid(Schema schema, JsonNode document, String what) {
        List<Error> errors = schema.validate(document);
        assertThat(errors).as("%s:\n%s\n%s", what,
                errors.stream().map(Error::toString).collect(Collectors.joining("\n")), document).isEmpty();
    }

    /** Validates a request, decides it, and validates the decision, if there is one. */
    static void check(EvaluationRequest request, DroolsEligibilityService service, String what) {
        assertValid(REQUEST, DoudiJson.toTree(request), what + " (request)");
        if (service.evaluate(request, Locale.CHINESE) instanceof EvaluationResult.Decided decided) {
            assertValid(DECISION, DoudiJson.toTree(decided.decision()), what + " (decision)");
        }
    }

    @TestFactory
    @DisplayName("every valid scenario request of the suite, and its decision, validate")
    Stream<DynamicTest> scenarioRequests() throws IOException {
        List<Scenario> valid = new ArrayList<>();
        for (Path file : ScenarioLoader.findFiles(SUITE)) {
            for (Scenario s : ScenarioLoader.load(file)) {
                if (!s.isMalformed() && s.expectErrors() == null) {
                    valid.add(s);
                }
            }
        }
        assertThat(valid).hasSizeGreaterThan(150);
        return valid.stream().map(s -> DynamicTest.dynamicTest(s.location() + " " + s.name(), () -> {
            DecodedRequest decoded = DoudiJson.decodeRequest(s.request());
            assertThat(decoded.problems()).as(s.location()).isEmpty();
            check(decoded.request(), Services.forParams(s.params()), s.location());
        }));
    }

    /** 200 generated requests of every kind (schema validation costs about as much as deciding, twice). */
    @Property(tries = 200)
    void generatedRequestsAndTheirDecisionsValidate(@ForAll("anyKind") EvaluationRequest request) {
        check(request, Services.BUILT_IN, request.caseId());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<EvaluationRequest> anyKind() {
        return Requests.any();
    }
}
