package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.EvaluationRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The ID numbers of a case as the cross-case joins see them ({@link CaseKeys}), and what the first reading of a
 * caseload keeps of them ({@link CaseloadIndex}): who is listed, which cases cover each number, how many cards each
 * holder holds.
 */
class CaseKeysTest {

    private static final String A = "620422196001011011";
    private static final String B = "620422195905061024";
    private static final String X = "62042219850909133X";
    private static final String H = "620422197202021279";

    /**
     * A REVIEW case.
     *
     * @param covered  the ids of the covered members, e.g. {@code "m1"}
     * @param cards    the card holders' ID numbers
     * @param ids      the members' ID numbers (m1, m2, …; null for none)
     */
    private static EvaluationRequest review(String caseId, List<String> covered, List<String> cards, String... ids) {
        StringBuilder json = new StringBuilder("{\"caseId\":\"" + caseId + "\",\"kind\":\"REVIEW\","
                + "\"profile\":\"gs-huining\",\"asOf\":\"2020-06-15\",\"residence\":\"URBAN\",\"members\":[");
        for (int i = 0; i < ids.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"m").append(i + 1).append("\",\"relation\":\"")
                    .append(i == 0 ? "HEAD" : "CHILD").append("\",\"birthDate\":\"1960-01-01\",\"laborCapacity\":\"NONE\"")
                    .append(ids[i] == null ? "" : ",\"idNumber\":\"" + ids[i] + "\"").append('}');
        }
        json.append("],\"enrollment\":{\"since\":\"2019-01\",\"monthlyAmount\":\"524.00\",\"coveredMembers\":[")
                .append(String.join(",", covered.stream().map(c -> "\"" + c + "\"").toList()))
                .append("],\"filed\":false,\"cards\":[");
        for (int i = 0; i < cards.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"cardId\":\"").append(caseId).append("-K").append(i + 1)
                    .append("\",\"holderIdNumber\":\"").append(cards.get(i))
                    .append("\",\"holderRole\":\"MEMBER\",\"registered\":false}");
        }
        json.append("]}}");
        DecodedRequest decoded = DoudiJson.decodeRequest(json.toString());
        return decoded.request();
    }

    @Test
    @DisplayName("one key per distinct ID number, members' first: trimmed and upper-cased, malformed ones left out; "
            + "covered if any member with it is; cards counted per holder")
    void keysOfACase() {
        EvaluationRequest request = review("C-1", List.of("m2", "m4"), List.of(H, A, H, "12345"),
                A, " 62042219850909133x ", null, A, "620422-1960");

        CaseKeys keys = CaseKeys.of(request);

        assertThat(keys.keys()).containsExactly(new CaseKeys.Key(A, true, true, 1),
                new CaseKeys.Key(X, true, true, 0), new CaseKeys.Key(H, false, false, 2));
        assertThat(keys.cards(H)).isEqualTo(2);
        assertThat(keys.cards(A)).isEqualTo(1);
        assertThat(keys.cards(X)).isZero();
        assertThat(keys.cards(B)).isZero();
    }

    @Test
    @DisplayName("a member listed twice, covered only the second time, is covered; a case without an enrollment covers "
            + "no one and has no cards")
    void coverageAndNoEnrollment() {
        EvaluationRequest request = review("C-1", List.of("m2"), List.of(), A, A);
        assertThat(CaseKeys.of(request).keys()).containsExactly(new CaseKeys.Key(A, true, true, 0));

        EvaluationRequest noEnrollment = request.toBuilder().enrollment(null).build();
        assertThat(CaseKeys.of(noEnrollment).keys()).containsExactly(new CaseKeys.Key(A, true, false, 0));
    }

    @Test
    @DisplayName("the caseload index: the cases covering each number in caseload order, listed numbers, cards summed "
            + "over the caseload")
    void caseloadIndex() {
        CaseloadIndex index = new CaseloadIndex();
        index.add(1, review("C-1", List.of("m1"), List.of(A, H), A, B));
        index.add(0, review("C-2", List.of(), List.of(H), B));
        index.add(5, review("C-3", List.of("m1", "m2"), List.of(), A, B));
        index.add(7, review("C-4", List.of("m1"), List.of(), A));

        assertThat(index.cases()).isEqualTo(4);
        assertThat(index.coveringCases(A)).containsExactly(new CaseRef(0, 1, "C-1"), new CaseRef(2, 5, "C-3"),
                new CaseRef(3, 7, "C-4"));
        assertThat(index.coveringCases(B)).containsExactly(new CaseRef(2, 5, "C-3"));
        assertThat(index.coveringCases(H)).isEmpty();
        assertThat(index.coveringCases(X)).isEmpty();
        assertThat(index.isCovered(A)).isTrue();
        assertThat(index.isCovered(B)).isTrue();
        assertThat(index.isCovered(H)).as("a card holder only").isFalse();
        assertThat(index.isCovered(X)).isFalse();
        assertThat(index.isListed(B)).as("listed, not covered in C-2").isTrue();
        assertThat(index.isListed(H)).as("a card holder only").isFalse();
        assertThat(index.isListed(X)).isFalse();
        assertThat(index.cardsHeld(H)).isEqualTo(2);
        assertThat(index.cardsHeld(A)).isEqualTo(1);
        assertThat(index.cardsHeld(B)).isZero();
        assertThat(index.cardsHeld(X)).isZero();
    }

    @Test
    @DisplayName("a number listed in a later case after being only a card holder becomes listed; two covering cases "
            + "come as a list")
    void laterListing() {
        CaseloadIndex index = new CaseloadIndex();
        index.add(1, review("C-1", List.of(), List.of(H), A));
        index.add(2, review("C-2", List.of("m1"), List.of(), H));
        index.add(3, review("C-3", List.of("m1"), List.of(), H));
        index.add(4, review("C-4", List.of(), List.of(H), A));

        assertThat(index.isListed(H)).isTrue();
        assertThat(index.coveringCases(H)).containsExactly(new CaseRef(1, 2, "C-2"), new CaseRef(2, 3, "C-3"));
        assertThat(index.cardsHeld(H)).isEqualTo(2);
    }
}
