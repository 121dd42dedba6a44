package org.doudi.rules.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.testkit.arbitraries.Requests;

/**
 * Writing a request as JSON and reading it back is the identity on valid requests of every kind (applications,
 * reviews, voluntary exits, with enrollments, staff relations, case workers and review panels as generated): a
 * request stored or sent by a Java caller is decided exactly as built. And the written text is a fixed point.
 */
class RequestRoundTripProperties {

    @Property
    void writingThenReadingGivesTheSameRequest(@ForAll("anyKind") EvaluationRequest request) {
        String written = DoudiJson.writeRequest(request, false);

        DecodedRequest read = DoudiJson.decodeRequest(written);

        assertThat(read.problems()).as(written).isEmpty();
        assertThat(read.request()).as(written).isEqualTo(request);
        assertThat(DoudiJson.writeRequest(read.request(), false)).isEqualTo(written);
        assertThat(DoudiJson.decodeRequest(DoudiJson.writeRequest(request, true)).request()).isEqualTo(request);
    }

    @Provide
    Arbitrary<EvaluationRequest> anyKind() {
        return Requests.any().withSinglePersonCandidates().withPhaseOutCandidates();
    }
}
