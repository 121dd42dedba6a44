package org.doudi.rules.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberRelation;
import org.doudi.rules.api.request.PanelMember;
import org.doudi.rules.api.request.PaymentCard;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.ReviewPanel;
import org.doudi.rules.api.request.Vehicle;
import org.doudi.rules.api.request.VehicleKind;

class RequestValidatorTest {

    private static Member.Builder member(String id, HeadRelation relation) {
        return Member.builder(id, relation).birthDate(LocalDate.of(1970, 1, 1)).laborCapacity(LaborCapacity.FULL);
    }

    private static EvaluationRequest.Builder valid() {
        return EvaluationRequest.builder().caseId("C-1").kind(Kind.APPLICATION).profile("gs-huining").asOf(LocalDate.of(2020, 6, 15))
                .residence(Residence.RURAL)
                .members(member("m1", HeadRelation.HEAD).build(), member("m2", HeadRelation.SPOUSE).build());
    }

    private static List<String> paths(EvaluationRequest request) {
        return RequestValidator.validate(request).stream().map(Problem::path).toList();
    }

    @Test
    void aCompleteRequestHasNoProblem() {
        assertThat(RequestValidator.validate(valid().region("620422").build())).isEmpty();
    }

    @Test
    void requiredFieldsAreReportedAtTheirPaths() {
        EvaluationRequest r = valid().caseId(" ").kind(null).profile(null).asOf(null).residence(null)
                .members(Member.builder(null, null).build()).build();

        assertThat(RequestValidator.validate(r)).containsExactly(
                new Problem("caseId", "required"), new Problem("kind", "required"),
                new Problem("profile", "region or profile is required"), new Problem("asOf", "required"),
                new Problem("residence", "required"), new Problem("members[0].id", "required"),
                new Problem("members[0].relation", "required"), new Problem("members[0].birthDate", "required"),
                new Problem("members[0].laborCapacity", "required"));
    }

    @Test
    void moneyAndCountsMustNotBeNegative() {
        Money minus = Money.parse("-0.01");
        EvaluationRequest r = valid()
                .members(member("m1", HeadRelation.HEAD).expenses(List.of(new Expense(ExpenseType.MEDICAL, minus)))
                        .build())
                .assets(new Assets(minus, List.of(new Vehicle(VehicleKind.CAR, minus, false)), -1, -2, true, minus))
                .kind(Kind.REVIEW)
                .enrollment(new Enrollment(YearMonth.of(2018, 3), 0, minus, List.of("m1"), null, null, false,
                        List.of(new DisabilitySubsidy("m1", true, minus, true, minus)), List.of()))
                .bonusMonths(-1).bridgeMonths(-1).reviewPanel(new ReviewPanel(-1, null, List.of()))
                .build();

        assertThat(paths(r)).containsExactly("members[0].expenses[0].monthly", "assets.financial",
                "assets.vehicles[0].value", "assets.residentialProperties", "assets.nonResidentialProperties",
                "assets.businessCapital", "enrollment.category", "enrollment.monthlyAmount",
                "enrollment.subsidiesPaid[0].living", "enrollment.subsidiesPaid[0].nursing", "reviewPanel.poolSize");
    }

    @Test
    void monthCountsAreLeftToTheProfileChecks() {
        // second edition: bonusMonths and bridgeMonths are ignored, even negative, where the profile does not enable
        // the feature; where it does, the service checks them against the profile's [min, max]
        EvaluationRequest r = valid().bonusMonths(-1).bridgeMonths(-7).build();

        assertThat(RequestValidator.validate(r)).isEmpty();
    }

    @Test
    void aReviewPanelNamesEachPersonOnce() {
        EvaluationRequest r = valid()
                .reviewPanel(new ReviewPanel(30, "G1", List.of(new PanelMember("p1", true, false, "G1", List.of()),
                        new PanelMember("p2", true, false, "G1", List.of()),
                        new PanelMember("p1", false, true, "G1", List.of()))))
                .build();

        assertThat(RequestValidator.validate(r)).containsExactly(
                new Problem("reviewPanel.members[2].personId", "duplicate personId in the review panel"));
    }

    @Test
    void referencesMustNameListedMembers() {
        EvaluationRequest r = valid().kind(Kind.VOLUNTARY_EXIT)
                .enrollment(new Enrollment(YearMonth.of(2018, 3), 2, Money.ZERO, List.of("m1", "x"), null, null,
                        false, List.of(new DisabilitySubsidy("y", true, Money.ZERO, false, null)),
                        List.of(new PaymentCard("c1", "41142219660707123x", null, false))))
                .reviewPanel(new ReviewPanel(10, "G1", List.of(new PanelMember("p1", true, false, "G1",
                        List.of(new MemberRelation("z", null))))))
                .build();

        assertThat(RequestValidator.validate(r)).containsExactly(
                new Problem("enrollment.coveredMembers[1]", "refers to an unknown member id x"),
                new Problem("enrollment.subsidiesPaid[0].memberId", "refers to an unknown member id y"),
                new Problem("reviewPanel.members[0].relations[0].memberId", "refers to an unknown member id z"),
                new Problem("reviewPanel.members[0].relations[0].relation", "required"));
    }

    @Test
    void mergeKeepsDecodeProblemsFirstAndDropsCoveredPaths() {
        List<Problem> decode = List.of(new Problem("members[0]", "must be an object"),
                new Problem("asOf", "must be a valid date yyyy-MM-dd"));
        List<Problem> semantic = List.of(new Problem("caseId", "required"), new Problem("asOf", "required"),
                new Problem("members[0].id", "required"), new Problem("members[0]x", "kept"),
                new Problem("members[1].id", "required"));

        assertThat(RequestValidator.merge(decode, semantic)).containsExactly(decode.get(0), decode.get(1),
                semantic.get(0), semantic.get(3), semantic.get(4));
    }

    @Test
    void checksOnAFieldThatFailedDecodingAreSkipped() {
        EvaluationRequest r = valid().members(member("m1", HeadRelation.HEAD).deceasedOn(LocalDate.of(2019, 1, 1))
                .build()).build();

        assertThat(RequestValidator.validate(r)).extracting(Problem::path).containsExactly("members[0].deceasedOn");
        assertThat(RequestValidator.validate(r, List.of(new Problem("members[0].status", "must be one of ..."))))
                .isEmpty();
    }
}
