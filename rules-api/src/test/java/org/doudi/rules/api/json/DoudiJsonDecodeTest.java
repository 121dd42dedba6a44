package org.doudi.rules.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.doudi.rules.api.InvalidRequestException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Education;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.request.Residence;

class DoudiJsonDecodeTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String VALID = "04-xiayi-graded-gap.json";

    @Test
    void example11ListsEveryProblemAtItsPath() {
        ObjectNode example = Examples.load("11-invalid-request.json");
        List<Problem> expected = DoudiJson.mapper().convertValue(example.at("/expected/output/errors"),
                DoudiJson.mapper().getTypeFactory().constructCollectionType(List.class, Problem.class));

        DecodedRequest decoded = DoudiJson.decodeRequest(Examples.text(example.get("request")));

        assertThat(decoded.problems()).extracting(Problem::path)
                .containsExactlyInAnyOrder("asOf", "members[0].incomes[0].monthly", "members[1].laborCapacity",
                        "colour", "members[1].id");
        assertThat(decoded.problems()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(decoded.request().caseId()).isEqualTo("EX-11");
    }

    @Test
    void example04DecodesEveryFieldWithDefaults() {
        EvaluationRequest r = DoudiJson.readRequest(Examples.text(Examples.request(VALID)));

        assertThat(r.caseId()).isEqualTo("EX-04");
        assertThat(r.kind()).isEqualTo(Kind.APPLICATION);
        assertThat(r.profile()).isEqualTo("hn-xiayi");
        assertThat(r.region()).isNull();
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(r.residence()).isEqualTo(Residence.RURAL);
        assertThat(r.flags()).isEmpty();
        assertThat(r.assets()).isEqualTo(Assets.NONE);
        assertThat(r.enrollment()).isNull();
        assertThat(r.categoryOverride()).isNull();
        assertThat(r.bonusMonths()).isNull();
        assertThat(r.bridgeMonths()).isNull();
        assertThat(r.staffRelations()).isEmpty();
        assertThat(r.caseWorkers()).isEmpty();
        assertThat(r.homeVisitTeam()).isEmpty();
        assertThat(r.reviewPanel()).isNull();
        assertThat(r.members()).hasSize(2);

        Member head = r.members().get(0);
        assertThat(head.id()).isEqualTo("m1");
        assertThat(head.name()).isEqualTo("孙建设");
        assertThat(head.relation()).isEqualTo(HeadRelation.HEAD);
        assertThat(head.birthDate()).isEqualTo(LocalDate.of(1966, 7, 7));
        assertThat(head.laborCapacity()).isEqualTo(LaborCapacity.PARTIAL);
        assertThat(head.chronicIllness()).isTrue();
        assertThat(head.incomes()).containsExactly(new Income(IncomeType.WAGE, Money.parse("600.00")));
        assertThat(head.status()).isEqualTo(MemberStatus.PRESENT);
        assertThat(head.certificate()).isEqualTo(Certificate.NONE);
        assertThat(head.education()).isEqualTo(Education.NONE);
        assertThat(head.idNumber()).isNull();
        assertThat(head.longTermCare()).isFalse();
        assertThat(head.expenses()).isEmpty();

        Member spouse = r.members().get(1);
        assertThat(spouse.relation()).isEqualTo(HeadRelation.SPOUSE);
        assertThat(spouse.laborCapacity()).isEqualTo(LaborCapacity.FULL);
        assertThat(spouse.chronicIllness()).isFalse();
        assertThat(spouse.incomes()).isEmpty();
    }

    @Test
    void everyFieldOfTheContractExampleIsAccepted() {
        String json = """
                {"caseId": "GS-2020-0007", "kind": "REVIEW", "region": "620422", "profile": "gs-huining",
                 "asOf": "2020-06-15", "residence": "RURAL", "flags": ["REGISTERED_POOR"],
                 "members": [
                   {"id": "m1", "name": "王某某", "idNumber": "62042219650101123X", "phone": "13800000000",
                    "bankAccount": "6228480000000000000", "relation": "HEAD", "birthDate": "1965-01-01",
                    "status": "PRESENT", "deceasedOn": null, "laborCapacity": "PARTIAL",
                    "disabilities": [{"type": "PHYSICAL", "grade": 3}], "certificate": "SECOND_GENERATION",
                    "longTermCare": true, "catastrophicIllness": false, "illnessAidReceived": false,
                    "chronicIllness": true, "pregnantOrNursing": false, "caregiver": false, "dependsOnFamily": false,
                    "education": "NONE", "employed": false, "benefits": ["TEKUN"],
                    "incomes": [{"type": "WAGE", "monthly": "300"}], "expenses": [{"type": "MEDICAL", "monthly": "120.5"}]},
                   {"id": "m2", "relation": "SPOUSE", "birthDate": "1967-02-02", "laborCapacity": "FULL",
                    "status": "DECEASED", "deceasedOn": "2020-01-01"}
                 ],
                 "assets": {"financial": "8000.00", "vehicles": [{"kind": "MOTORCYCLE", "value": "3000.00", "exempt": true}],
                            "residentialProperties": 1, "nonResidentialProperties": 0,
                            "businessRegistered": false, "businessCapital": "0.00"},
                 "enrollment": {"since": "2018-03", "category": 2, "monthlyAmount": "636.00", "coveredMembers": ["m1", "m2"],
                                "incomeExceededSince": "2020-01", "incomeRiseCause": "EMPLOYMENT", "filed": false,
                                "subsidiesPaid": [{"memberId": "m1", "living": "10.00"}, {"memberId": "m2", "nursing": null}],
                                "cards": [{"cardId": "c1", "holderIdNumber": "620422650101123", "holderRole": "MEMBER",
                                           "registered": false}]},
                 "categoryOverride": null, "bonusMonths": 2, "bridgeMonths": null,
                 "staffRelations": [{"memberId": "m1", "staffId": "s9", "staffRole": "VILLAGE_COMMITTEE", "relation": "SIBLING"}],
                 "caseWorkers": [{"staffId": "s9", "duty": "INVESTIGATOR", "townshipStaff": true,
                                  "relations": [{"memberId": "m1", "relation": "SIBLING"}]}],
                 "homeVisitTeam": ["s9", "s10"],
                 "reviewPanel": {"poolSize": 32, "applicantGroup": "G3",
                                 "members": [{"personId": "p1", "townshipCadre": true, "groupLeaderOrInformed": false,
                                              "group": "G1", "relations": []}]}}
                """;

        EvaluationRequest r = DoudiJson.readRequest(json);

        assertThat(r.members().get(0).idNumber()).isEqualTo("62042219650101123X");
        assertThat(r.members().get(0).incomes().get(0).monthly()).isEqualTo(Money.parse("300.00"));
        assertThat(r.members().get(0).expenses().get(0).monthly()).isEqualTo(Money.parse("120.50"));
        assertThat(r.members().get(1).deceasedOn()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(r.assets().vehicles().get(0).exempt()).isTrue();
        assertThat(r.assets().residentialProperties()).isEqualTo(1);
        assertThat(r.enrollment().since()).isEqualTo(YearMonth.of(2018, 3));
        assertThat(r.enrollment().coveredMembers()).containsExactly("m1", "m2");
        assertThat(r.enrollment().subsidiesPaid().get(0).livingDue()).isTrue();
        assertThat(r.enrollment().subsidiesPaid().get(0).nursingDue()).isFalse();
        assertThat(r.enrollment().subsidiesPaid().get(1).nursingDue()).isTrue();
        assertThat(r.enrollment().subsidiesPaid().get(1).nursing()).isNull();
        assertThat(r.bonusMonths()).isEqualTo(2);
        assertThat(r.reviewPanel().members().get(0).townshipCadre()).isTrue();
        assertThat(r.caseWorkers().get(0).relations()).hasSize(1);
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                invalid("bad enum", r -> member(r, 1).put("laborCapacity", "SOMETIMES"),
                        "members[1].laborCapacity", "must be one of FULL, PARTIAL, NONE"),
                invalid("missing required field", r -> r.remove("caseId"), "caseId", "required"),
                invalid("null on a required field", r -> member(r, 0).putNull("birthDate"),
                        "members[0].birthDate", "required"),
                invalid("missing required list entry field", r -> income(r).remove("type"),
                        "members[0].incomes[0].type", "required"),
                invalid("negative money", r -> income(r).put("monthly", "-1.00"),
                        "members[0].incomes[0].monthly", "must not be negative"),
                invalid("more than two decimals", r -> income(r).put("monthly", "600.001"),
                        "members[0].incomes[0].monthly", "must have at most two decimals"),
                invalid("JSON number for money", r -> income(r).put("monthly", new BigDecimal("600.00")),
                        "members[0].incomes[0].monthly", "must be a money string such as \"300.00\""),
                invalid("exponent in money", r -> income(r).put("monthly", "6e2"),
                        "members[0].incomes[0].monthly", "must be a money string such as \"300.00\""),
                invalid("plus sign in money", r -> income(r).put("monthly", "+600"),
                        "members[0].incomes[0].monthly", "must be a money string such as \"300.00\""),
                invalid("unknown field", r -> r.put("colour", "blue"), "colour", "unknown field"),
                invalid("unknown field nested", r -> member(r, 0).put("foo", 1), "members[0].foo", "unknown field"),
                invalid("unknown field in a list entry", r -> income(r).put("note", "x"),
                        "members[0].incomes[0].note", "unknown field"),
                invalid("duplicate member id", r -> member(r, 1).put("id", "m1"),
                        "members[1].id", "duplicate member id m1"),
                invalid("unknown member reference", r -> r.putArray("staffRelations").addObject()
                                .put("memberId", "m9").put("staffId", "s1").put("staffRole", "VILLAGE_COMMITTEE")
                                .put("relation", "SIBLING"),
                        "staffRelations[0].memberId", "refers to an unknown member id m9"),
                invalid("a member's subsidies paid in two records", r -> {
                    r.put("kind", "REVIEW");
                    ObjectNode e = r.putObject("enrollment").put("since", "2018-03").put("monthlyAmount", "100.00");
                    e.putArray("coveredMembers").add("m1");
                    ArrayNode paid = e.putArray("subsidiesPaid");
                    paid.addObject().put("memberId", "m1").put("living", "10.00");
                    paid.addObject().put("memberId", "m2").put("living", "10.00");
                    paid.addObject().put("memberId", "m1").put("nursing", "20.00");
                }, "enrollment.subsidiesPaid[2].memberId", "duplicate member id m1: one record per member"),
                invalid("unknown covered member", r -> {
                    r.put("kind", "REVIEW");
                    ObjectNode e = r.putObject("enrollment").put("since", "2018-03").put("monthlyAmount", "100.00");
                    e.putArray("coveredMembers").add("m1").add("m9");
                }, "enrollment.coveredMembers[1]", "refers to an unknown member id m9"),
                invalid("unknown case-worker relation member", r -> r.putArray("caseWorkers").addObject()
                                .put("staffId", "s1").putArray("relations").addObject()
                                .put("memberId", "m3").put("relation", "SELF"),
                        "caseWorkers[0].relations[0].memberId", "refers to an unknown member id m3"),
                invalid("deceasedOn without DECEASED", r -> member(r, 1).put("deceasedOn", "2019-01-01"),
                        "members[1].deceasedOn", "allowed only when status is DECEASED"),
                invalid("DECEASED without deceasedOn", r -> member(r, 1).put("status", "DECEASED"),
                        "members[1].deceasedOn", "required"),
                invalid("birthDate after asOf", r -> member(r, 1).put("birthDate", "2019-05-02"),
                        "members[1].birthDate", "must not be after asOf"),
                invalid("deceasedOn before birthDate", r -> member(r, 1).put("status", "DECEASED")
                                .put("deceasedOn", "1969-09-08"),
                        "members[1].deceasedOn", "must not be before birthDate"),
                invalid("categoryOverride 5", r -> r.put("categoryOverride", 5),
                        "categoryOverride", "must be between 1 and 4"),
                invalid("grade 0", r -> member(r, 0).putArray("disabilities").addObject()
                                .put("type", "PHYSICAL").put("grade", 0),
                        "members[0].disabilities[0].grade", "must be between 1 and 4"),
                invalid("missing HEAD", r -> member(r, 0).put("relation", "CHILD"),
                        "members", "must have exactly one HEAD"),
                invalid("extra HEAD", r -> member(r, 1).put("relation", "HEAD"),
                        "members", "must have exactly one HEAD"),
                invalid("no members", r -> r.putArray("members"), "members", "required"),
                invalid("impossible date", r -> r.put("asOf", "2019-02-29"),
                        "asOf", "must be a valid date yyyy-MM-dd"),
                invalid("date in another format", r -> member(r, 0).put("birthDate", "1966/07/07"),
                        "members[0].birthDate", "must be a valid date yyyy-MM-dd"),
                invalid("impossible month", r -> {
                    r.put("kind", "REVIEW");
                    ObjectNode e = r.putObject("enrollment").put("since", "2018-13").put("monthlyAmount", "1");
                    e.putArray("coveredMembers").add("m1");
                }, "enrollment.since", "must be a valid month yyyy-MM"),
                invalid("enrollment required for REVIEW", r -> r.put("kind", "REVIEW"), "enrollment", "required"),
                invalid("covered members required", r -> r.put("kind", "VOLUNTARY_EXIT").putObject("enrollment")
                                .put("since", "2018-03").put("monthlyAmount", "100.00"),
                        "enrollment.coveredMembers", "required: must name at least one member"),
                invalid("covered members empty", r -> {
                    r.put("kind", "REVIEW");
                    ObjectNode e = r.putObject("enrollment").put("since", "2018-03").put("monthlyAmount", "1");
                    e.putArray("coveredMembers");
                }, "enrollment.coveredMembers", "required: must name at least one member"),
                invalid("duplicate panel personId", r -> {
                    ObjectNode panel = r.putObject("reviewPanel").put("poolSize", 30);
                    panel.putArray("members").add(NODES.objectNode().put("personId", "p1"))
                            .add(NODES.objectNode().put("personId", "p2"))
                            .add(NODES.objectNode().put("personId", "p1"));
                }, "reviewPanel.members[2].personId", "duplicate personId in the review panel"),
                invalid("region or profile", r -> r.remove("profile"), "profile", "region or profile is required"),
                invalid("region of 5 digits", r -> r.put("region", "41142"), "region", "must be 6 digits"),
                invalid("negative count", r -> r.putObject("assets").put("residentialProperties", -1),
                        "assets.residentialProperties", "must not be negative"),
                invalid("not an integer", r -> r.put("bridgeMonths", "2"), "bridgeMonths", "must be an integer"),
                invalid("fractional integer", r -> r.put("bridgeMonths", 1.5), "bridgeMonths", "must be an integer"),
                invalid("not a boolean", r -> member(r, 0).put("employed", "yes"),
                        "members[0].employed", "must be a boolean"),
                invalid("not a string", r -> r.put("caseId", 7), "caseId", "must be a string"),
                invalid("not a list", r -> r.put("flags", "REGISTERED_POOR"), "flags", "must be a list"),
                invalid("not an object", r -> r.putArray("assets"), "assets", "must be an object"),
                invalid("list entry not an object", r -> ((ArrayNode) r.get("members")).add("m3"),
                        "members[2]", "must be an object"),
                invalid("null list element", r -> member(r, 0).putArray("benefits").addNull(),
                        "members[0].benefits[0]", "required"),
                invalid("bad ID number", r -> member(r, 0).put("idNumber", "4114221966070"),
                        "members[0].idNumber", "must be 15 or 18 characters of digits with an optional final X"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void eachInvalidRequestIsReportedAtItsPath(String name, Consumer<ObjectNode> mutation, String path,
                                               String message) {
        ObjectNode request = Examples.request(VALID);
        mutation.accept(request);

        DecodedRequest decoded = DoudiJson.decodeRequest(Examples.text(request));

        assertThat(decoded.problems()).containsExactly(new Problem(path, message));
        assertThat(decoded.isValid()).isFalse();
    }

    @Test
    void explicitNullOnAnOptionalFieldIsOmission() {
        ObjectNode request = Examples.request(VALID);
        request.putNull("categoryOverride").putNull("assets").putNull("flags").putNull("enrollment");
        member(request, 0).putNull("status").putNull("incomes").putNull("longTermCare");

        EvaluationRequest r = DoudiJson.readRequest(Examples.text(request));

        assertThat(r.categoryOverride()).isNull();
        assertThat(r.assets()).isEqualTo(Assets.NONE);
        assertThat(r.members().get(0).status()).isEqualTo(MemberStatus.PRESENT);
        assertThat(r.members().get(0).incomes()).isEmpty();
    }

    @Test
    void moneyAcceptsDigitsWithUpToTwoDecimals() {
        ObjectNode request = Examples.request(VALID);
        ArrayNode incomes = member(request, 0).putArray("incomes");
        for (String amount : List.of("300", "300.5", "300.50", "0")) {
            incomes.addObject().put("type", "WAGE").put("monthly", amount);
        }

        EvaluationRequest r = DoudiJson.readRequest(Examples.text(request));

        assertThat(r.members().get(0).incomes()).extracting(i -> i.monthly().toString())
                .containsExactly("300.00", "300.50", "300.50", "0.00");
    }

    @Test
    void problemsComeInDocumentOrderThenSemanticOnes() {
        ObjectNode request = Examples.request(VALID);
        request.put("colour", "blue");
        request.put("categoryOverride", 9);
        member(request, 1).put("laborCapacity", "SOMETIMES").put("id", "m1");
        request.remove("caseId");

        List<Problem> problems = DoudiJson.decodeRequest(Examples.text(request)).problems();

        assertThat(problems).extracting(Problem::path).containsExactly(
                "members[1].laborCapacity", "colour", "caseId", "members[1].id", "categoryOverride");
    }

    @Test
    void aFieldThatFailedDecodingIsNotCheckedAgain() {
        ObjectNode request = Examples.request(VALID);
        member(request, 1).put("status", "GONE").put("deceasedOn", "2019-01-01");
        member(request, 0).put("relation", "BOSS");
        request.put("kind", "RENEWAL");

        List<Problem> problems = DoudiJson.decodeRequest(Examples.text(request)).problems();

        assertThat(problems).extracting(Problem::path)
                .containsExactly("kind", "members[0].relation", "members[1].status");
    }

    @Test
    void aDuplicateKeyIsReportedAtItsPathWithLineAndColumn() {
        String json = """
                {"caseId": "a",
                 "members": [{"id": "m1"}, {"id": "m2", "relation": "HEAD", "id": "m3"}]}""";

        List<Problem> problems = DoudiJson.decodeRequest(json).problems();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEqualTo("members[1].id");
        assertThat(problems.get(0).message()).startsWith("duplicate key").contains("line 2, column");
        assertThat(DoudiJson.decodeRequest("{\"caseId\": \"a\", \"caseId\": \"b\"}").problems())
                .extracting(Problem::path).containsExactly("caseId");
    }

    @Test
    void malformedJsonIsReportedAtTheRootWithLineAndColumn() {
        List<Problem> problems = DoudiJson.decodeRequest("{\"caseId\": \"a\",\n  \"kind\": }").problems();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEmpty();
        assertThat(problems.get(0).message()).startsWith("malformed JSON").contains("line 2, column 11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"request\"", "42", "null", "", "  ", "{} {}", "{\"caseId\": \"a\""})
    void aNonObjectOrBrokenDocumentIsOneProblemAtTheRoot(String json) {
        DecodedRequest decoded = DoudiJson.decodeRequest(json);

        assertThat(decoded.problems()).hasSize(1);
        assertThat(decoded.problems().get(0).path()).isEmpty();
        assertThat(decoded.problems().get(0).message()).contains("line 1, column");
        assertThat(decoded.request()).isNotNull();
    }

    @Test
    void readRequestThrowsWithEveryProblem() {
        String json = Examples.text(Examples.load("11-invalid-request.json").get("request"));

        assertThatThrownBy(() -> DoudiJson.readRequest(json))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems()).hasSize(5));
    }

    @Test
    void messagesNeverContainPersonalIdentifiers() {
        ObjectNode request = Examples.request(VALID);
        member(request, 0).put("idNumber", "41142219660707ABCD").put("phone", 13912345678L)
                .put("bankAccount", true);
        ObjectNode card = NODES.objectNode().put("cardId", "c1").put("holderIdNumber", "98765432100");
        request.put("kind", "REVIEW").putObject("enrollment").put("since", "2018-03").put("monthlyAmount", "1")
                .set("cards", NODES.arrayNode().add(card));
        ((ObjectNode) request.get("enrollment")).putArray("coveredMembers").add("m1");

        List<Problem> problems = DoudiJson.decodeRequest(Examples.text(request)).problems();
        String broken = DoudiJson.decodeRequest("{\"members\": [{\"idNumber\": 41142219660707123X}]}")
                .problems().toString();

        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("members[0].idNumber",
                "members[0].phone", "members[0].bankAccount", "enrollment.cards[0].holderIdNumber");
        assertThat(problems.toString() + broken)
                .doesNotContain("41142219660707", "13912345678", "98765432100", "true");
    }

    @Test
    void aTreeFromYamlIsReadAsWritten() {
        ObjectNode request = Examples.request(VALID);
        request.remove("profile");
        request.put("region", 411422);
        request.put("bridgeMonths", "2");
        member(request, 0).put("employed", "true").put("name", 12345);
        income(request).put("monthly", new BigDecimal("300.00"));
        ObjectNode second = ((ArrayNode) member(request, 0).get("incomes")).addObject().put("type", "OTHER");
        second.put("monthly", 25);

        DecodedRequest decoded = DoudiJson.decodeRequest((JsonNode) request);

        assertThat(decoded.problems()).isEmpty();
        EvaluationRequest r = decoded.request();
        assertThat(r.region()).isEqualTo("411422");
        assertThat(r.bridgeMonths()).isEqualTo(2);
        assertThat(r.members().get(0).employed()).isTrue();
        assertThat(r.members().get(0).name()).isEqualTo("12345");
        assertThat(r.members().get(0).incomes()).extracting(i -> i.monthly().toString())
                .containsExactly("300.00", "25.00");
    }

    @Test
    void aTreeStillRejectsTooManyDecimalsAndNonObjects() throws Exception {
        ObjectNode request = Examples.request(VALID);
        income(request).put("monthly", new BigDecimal("300.001"));

        assertThat(DoudiJson.decodeRequest((JsonNode) request).problems())
                .containsExactly(new Problem("members[0].incomes[0].monthly", "must have at most two decimals"));
        assertThat(DoudiJson.decodeRequest(NODES.arrayNode()).problems()).extracting(Problem::path)
                .containsExactly("");
        assertThat(DoudiJson.decodeRequest((JsonNode) null).problems()).hasSize(1);
        JsonNode parsed = DoudiJson.mapper().readTree("{\"monthly\": 300.10}");
        assertThat(parsed.get("monthly").decimalValue().toPlainString()).isEqualTo("300.10");
    }

    @Test
    void twoHeadsAreReportedEvenWhenAnotherRelationCannotBeRead() {
        ObjectNode request = Examples.request(VALID);
        member(request, 1).put("relation", "HEAD");
        ((ArrayNode) request.get("members")).addObject().put("id", "m3").put("relation", "COUSIN")
                .put("birthDate", "2000-01-01").put("laborCapacity", "FULL");

        assertThat(DoudiJson.decodeRequest(Examples.text(request)).problems()).extracting(Problem::path)
                .containsExactlyInAnyOrder("members[2].relation", "members");
    }

    @Test
    void aStatusThatCannotBeReadDoesNotAlsoMakeDeceasedOnWrong() {
        ObjectNode request = Examples.request(VALID);
        member(request, 1).put("status", "GONE").put("deceasedOn", "2019-01-01");

        assertThat(DoudiJson.decodeRequest(Examples.text(request)).problems()).extracting(Problem::path)
                .containsExactly("members[1].status");
    }

    private static Arguments invalid(String name, Consumer<ObjectNode> mutation, String path, String message) {
        return Arguments.of(name, mutation, path, message);
    }

    private static ObjectNode member(ObjectNode request, int index) {
        return (ObjectNode) request.get("members").get(index);
    }

    private static ObjectNode income(ObjectNode request) {
        return (ObjectNode) member(request, 0).get("incomes").get(0);
    }
}
