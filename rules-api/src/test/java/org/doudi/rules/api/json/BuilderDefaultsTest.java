package org.doudi.rules.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Member;

/** The Java builders start where the JSON contract's defaults are: a field left out means the same either way. */
class BuilderDefaultsTest {

    @Test
    @DisplayName("an empty request builder and the JSON request {} give equal records")
    void emptyRequest() {
        assertThat(EvaluationRequest.builder().build()).isEqualTo(DoudiJson.decodeRequest("{}").request());
    }

    @Test
    @DisplayName("a member builder with only id and relation equals the JSON member giving only those")
    void minimalMember() {
        EvaluationRequest decoded = DoudiJson.decodeRequest("{\"members\": [{\"id\": \"m1\", \"relation\": \"HEAD\"}]}")
                .request();

        assertThat(decoded.members()).containsExactly(
                Member.builder("m1", org.doudi.rules.api.request.HeadRelation.HEAD).build());
        assertThat(EvaluationRequest.builder().members(decoded.members()).build()).isEqualTo(decoded);
    }

    @Test
    @DisplayName("explicit nulls on optional fields equal omitting them, in JSON and in the builder")
    void explicitNulls() {
        EvaluationRequest decoded = DoudiJson.decodeRequest("{\"enrollment\": null, \"assets\": null, \"flags\": null,"
                + " \"reviewPanel\": null, \"homeVisitTeam\": null}").request();

        assertThat(decoded).isEqualTo(EvaluationRequest.builder().enrollment(null).assets(null).flags(null)
                .reviewPanel(null).homeVisitTeam(null).build());
    }
}
