package org.doudi.rules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.drools.DroolsEligibilityService;

/** One request row in, what {@code doudi evaluate --batch} makes of it out; no Spark. */
class CaseEvaluatorTest {

    private static DroolsEligibilityService service;
    private static CaseEvaluator evaluator;
    private static List<String> examples;

    @BeforeAll
    static void build() {
        service = DroolsEligibilityService.builtIn();
        evaluator = new CaseEvaluator(service, Locale.CHINESE);
        examples = Fixtures.workedExamples();
    }

    @Test
    void aValidRequestGivesTheLibrarysDecisionBytes() {
        String json = examples.get(0);
        CaseEvaluator.Evaluated e = evaluator.evaluate("requests.jsonl", 1L, json);

        assertThat(e.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(e.caseId()).isEqualTo("EX-01");
        String expected = DoudiJson.writeDecision(service.decide(DoudiJson.readRequest(json)), false);
        assertThat(e.decisionJson()).isEqualTo(expected);
        assertThat(e.batchLine(false)).isEqualTo(expected);
        assertThat(e.batchLine(true)).isEqualTo(expected);
    }

    @Test
    void anInvalidRequestGivesEveryProblemAndTheBatchErrorLine() {
        String json = examples.get(10); // EX-11: 2020-02-30 is no date
        CaseEvaluator.Evaluated e = evaluator.evaluate(null, 11L, json);

        assertThat(e.status()).isEqualTo(CaseStatus.INVALID);
        assertThat(e.caseId()).isEqualTo("EX-11");
        EvaluationResult.Rejected library = (EvaluationResult.Rejected) service.evaluate(DoudiJson.decodeRequest(json),
                Locale.CHINESE);
        assertThat(e.problems()).isEqualTo(library.problems());
        assertThat(e.batchLine(false)).isEqualTo(DoudiJson.writeBatchErrors(11, "EX-11", library.problems()));
    }

    @Test
    void aProfileWithoutTheValueGivesTheConfigurationErrorLine() {
        CaseEvaluator.Evaluated e = evaluator.evaluate(null, 12L, examples.get(11)); // EX-12: Ludian before 2018

        assertThat(e.status()).isEqualTo(CaseStatus.MISCONFIGURED);
        assertThat(e.configurationError().profile()).isEqualTo("yn-ludian");
        assertThat(e.configurationError().parameter()).isEqualTo("standard");
        assertThat(e.batchLine(false))
                .isEqualTo(DoudiJson.writeBatchConfigurationError(12, "EX-12", e.configurationError()));
    }

    @Test
    void malformedJsonIsAnInvalidRowWithoutCaseId() {
        CaseEvaluator.Evaluated e = evaluator.evaluate(null, 3L, "{\"caseId\": \"BAD-1\", \"kind\": ");

        assertThat(e.status()).isEqualTo(CaseStatus.INVALID);
        assertThat(e.caseId()).isNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEmpty();
            assertThat(p.message()).startsWith("malformed JSON");
        });
        assertThat(e.batchLine(false)).startsWith("{\"line\":3,\"caseId\":null,\"errors\":[{\"path\":\"\"");
    }

    @Test
    void aNullRowIsAnEmptyDocument() {
        CaseEvaluator.Evaluated e = evaluator.evaluate(null, null, null);

        assertThat(e.status()).isEqualTo(CaseStatus.INVALID);
        assertThat(e.batchLine(false)).startsWith("{\"line\":null,\"caseId\":null,\"errors\":[");
    }

    @Test
    void theCaseIdOfADocumentWithADuplicateKeyIsRecoveredAsTheCommandLineDoes() {
        CaseEvaluator.Evaluated e = evaluator.evaluate(null, 1L,
                "{\"caseId\": \"DUP-1\", \"caseId\": \"DUP-2\", \"kind\": \"APPLICATION\"}");

        assertThat(e.status()).isEqualTo(CaseStatus.INVALID);
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("caseId"));
        assertThat(e.caseId()).isEqualTo("DUP-2");
    }

    @Test
    void caseIdRecovery() {
        assertThat(CaseEvaluator.caseIdOf("{\"a\": {\"caseId\": \"inner\"}, \"caseId\": \"X\", \"b\": [1, {}]}"))
                .isEqualTo("X");
        assertThat(CaseEvaluator.caseIdOf("{\"caseId\": {\"nested\": \"Y\"}, \"other\": \"Z\"}")).isNull();
        assertThat(CaseEvaluator.caseIdOf("{\"caseId\": 7}")).isNull();
        assertThat(CaseEvaluator.caseIdOf("{\"caseId\": \"X\", ")).isNull();
        assertThat(CaseEvaluator.caseIdOf("[\"caseId\"]")).isNull();
        assertThat(CaseEvaluator.caseIdOf("")).isNull();
    }

    @Test
    void errorLinesNameTheFileWhenAskedAfterTheLine() {
        CaseEvaluator.Evaluated e = evaluator.evaluate("hdfs:///in/part-2.jsonl", 7L, "not json");

        assertThat(e.batchLine(true)).startsWith(
                "{\"line\":7,\"file\":\"hdfs:///in/part-2.jsonl\",\"caseId\":null,\"errors\":[{\"path\":\"\",");
    }

    @Test
    void aFailureIsDescribedWithoutPersonalIdentifiers() {
        RuntimeException e = new RuntimeException("rule failed",
                new IllegalStateException("member 620422196501011234 phone 13800000000"));

        String text = CaseEvaluator.describe(e);

        assertThat(text).isEqualTo("java.lang.RuntimeException: rule failed (cause: java.lang.IllegalStateException: "
                + "member **************1234 phone *******0000)");
        CaseEvaluator.Evaluated failed = new CaseEvaluator.Evaluated(null, 4L, "C-1", CaseStatus.FAILED, null, null,
                null, null, text);
        assertThat(failed.batchLine(false))
                .isEqualTo("{\"line\":4,\"caseId\":\"C-1\",\"failure\":\"" + text + "\"}");
    }
}
