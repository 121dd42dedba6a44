package org.doudi.rules.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.CaseWorker;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberRelation;
import org.doudi.rules.api.request.PanelMember;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.ReviewPanel;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.Vehicle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A request built in Java (not decoded from JSON, so nothing was reported before the checks) with gaps in its nested
 * parts: each gap is reported at its own path, and a grade outside 1–4 is reported at both ends of the range.
 */
class NestedFieldsValidatorTest {

    static Member.Builder head() {
        return Member.builder("m1", HeadRelation.HEAD).birthDate(LocalDate.of(1970, 1, 1))
                .laborCapacity(LaborCapacity.FULL);
    }

    static EvaluationRequest.Builder request(Member member) {
        return EvaluationRequest.builder().caseId("C-1").kind(Kind.APPLICATION).profile("gs-huining").asOf(LocalDate.of(2020, 6, 15))
                .residence(Residence.RURAL).members(member);
    }

    @Test
    @DisplayName("成员的残疾、收入、支出缺少类型、等级或金额：逐项在其路径报告")
    void aMembersNestedGaps() {
        Member m = head().disabilities(List.of(new Disability(null, null)))
                .incomes(List.of(new Income(null, null))).expenses(List.of(new Expense(null, null))).build();
        assertThat(RequestValidator.validate(request(m).build())).containsExactly(
                new Problem("members[0].disabilities[0].type", "required"),
                new Problem("members[0].disabilities[0].grade", "required"),
                new Problem("members[0].incomes[0].type", "required"),
                new Problem("members[0].incomes[0].monthly", "required"),
                new Problem("members[0].expenses[0].type", "required"),
                new Problem("members[0].expenses[0].monthly", "required"));
    }

    @Test
    @DisplayName("残疾等级与低保类别：1 和 4 有效，0 和 5 无效")
    void gradesAndCategoriesFromOneToFour() {
        for (int grade : new int[] {1, 4}) {
            Member m = head().disabilities(List.of(new Disability(DisabilityType.PHYSICAL, grade))).build();
            assertThat(RequestValidator.validate(request(m).build())).as("grade %d", grade).isEmpty();
        }
        for (int grade : new int[] {0, 5}) {
            Member m = head().disabilities(List.of(new Disability(DisabilityType.PHYSICAL, grade))).build();
            assertThat(RequestValidator.validate(request(m).build())).as("grade %d", grade)
                    .containsExactly(new Problem("members[0].disabilities[0].grade", "must be between 1 and 4"));
        }
        for (int category : new int[] {0, 5}) {
            EvaluationRequest r = request(head().build()).kind(Kind.REVIEW).enrollment(new Enrollment(
                    YearMonth.of(2019, 1), category, Money.parse("300"), List.of("m1"), null, null, false, List.of(),
                    List.of())).build();
            assertThat(RequestValidator.validate(r)).as("category %d", category)
                    .containsExactly(new Problem("enrollment.category", "must be between 1 and 4"));
        }
    }

    @Test
    @DisplayName("车辆、近亲属关系、经办人、评议小组成员、在保信息缺项：逐项在其路径报告")
    void theHouseholdsNestedGaps() {
        EvaluationRequest r = request(head().build()).kind(Kind.REVIEW)
                .assets(new Assets(Money.ZERO, List.of(new Vehicle(null, null, false)), 0, 0, false, Money.ZERO))
                .staffRelations(List.of(new StaffRelation(null, null, null, null)))
                .caseWorkers(List.of(new CaseWorker(null, null, false, List.of(new MemberRelation(null, null)))))
                .reviewPanel(new ReviewPanel(9, "1组", List.of(new PanelMember(null, false, false, null,
                        List.of(new MemberRelation("m9", null))))))
                .enrollment(new Enrollment(null, 2, null, List.of("m1"), null, null, false,
                        List.of(new DisabilitySubsidy("m1", true, Money.parse("-1"), false, null)), List.of()))
                .build();
        assertThat(RequestValidator.validate(r)).extracting(Problem::path).containsExactlyInAnyOrder(
                "assets.vehicles[0].kind", "assets.vehicles[0].value",
                "enrollment.since", "enrollment.monthlyAmount", "enrollment.subsidiesPaid[0].living",
                "staffRelations[0].memberId", "staffRelations[0].staffId", "staffRelations[0].staffRole",
                "staffRelations[0].relation",
                "caseWorkers[0].staffId", "caseWorkers[0].relations[0].memberId",
                "caseWorkers[0].relations[0].relation",
                "reviewPanel.members[0].personId", "reviewPanel.members[0].relations[0].memberId",
                "reviewPanel.members[0].relations[0].relation");
    }
}
