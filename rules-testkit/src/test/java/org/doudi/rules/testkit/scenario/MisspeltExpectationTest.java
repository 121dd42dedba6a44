package org.doudi.rules.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.doudi.rules.scenario.ExpectationMatcher;
import org.doudi.rules.scenario.ScenarioFailure;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An expected field the decision does not have: the failure suggests the field the analyst most likely meant. */
class MisspeltExpectationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void a_misspelt_field_gets_a_suggestion() throws Exception {
        JsonNode actual = json("{\"outcome\": \"ELIGIBLE\", \"monthlyAmount\": \"194.00\","
                + " \"units\": [{\"members\": [\"m1\"], \"category\": 3, \"monthlyAmount\": \"194.00\"}]}");
        assertThat(ExpectationMatcher.compare(json("{\"monthlyAmont\": \"194.00\"}"), actual)).containsExactly(
                ScenarioFailure.mismatch("monthlyAmont", "\"194.00\"", ExpectationMatcher.ABSENT,
                        "no field 'monthlyAmont': did you mean 'monthlyAmount'?"));
        assertThat(ExpectationMatcher.compare(json("{\"units\": [{\"catgory\": 3}]}"), actual)).singleElement()
                .satisfies(f -> assertThat(f.describe()).isEqualTo("units[0].catgory: expected 3, actual (absent)"
                        + " (no field 'catgory': did you mean 'category'?)"));
    }

    @Test
    void a_field_with_no_near_name_is_only_absent() throws Exception {
        assertThat(ExpectationMatcher.compare(json("{\"phaseOut\": {\"months\": 3}}"), json("{\"outcome\": \"EXIT\"}")))
                .containsExactly(ScenarioFailure.mismatch("phaseOut", "{\"months\":3}", ExpectationMatcher.ABSENT));
    }
}
