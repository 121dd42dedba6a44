package org.doudi.rules.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.CaseWorker;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Duty;
import org.doudi.rules.api.request.Education;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.HolderRole;
import org.doudi.rules.api.request.HouseholdFlag;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeRiseCause;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberRelation;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.request.PanelMember;
import org.doudi.rules.api.request.PaymentCard;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.ReviewPanel;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.StaffRole;
import org.doudi.rules.api.request.Vehicle;
import org.doudi.rules.api.request.VehicleKind;

/**
 * A request built in Java, written as JSON and read back, is the same request: with every optional part given (each
 * list non-empty, each flag set), and with every optional part absent (written as null or an empty list, which the
 * contract reads as omitted). The property over generated requests is {@code RequestRoundTripProperties} in
 * rules-testkit.
 */
class RequestRoundTripTest {

    private static Money m(String amount) {
        return Money.parse(amount);
    }

    static EvaluationRequest everyPart() {
        Member head = Member.builder("m1", HeadRelation.HEAD).name("王建国").idNumber("41142619660707123X")
                .phone("13812345678").bankAccount("6222020200112233445").birthDate(LocalDate.of(1966, 7, 7))
                .laborCapacity(LaborCapacity.PARTIAL).disabilities(List.of(new Disability(DisabilityType.PHYSICAL, 2)))
                .certificate(Certificate.SECOND_GENERATION).longTermCare(true).catastrophicIllness(true)
                .illnessAidReceived(true).chronicIllness(true).caregiver(true).dependsOnFamily(true)
                .education(Education.COMPULSORY).employed(true).benefits(List.of(Benefit.WORK_INJURY_NURSING))
                .incomes(List.of(new Income(IncomeType.WAGE, m("900.00")), new Income(IncomeType.SUPPORT_PAYMENT,
                        m("100.50"))))
                .expenses(List.of(new Expense(ExpenseType.MEDICAL, m("120.00"))))
                .build();
        Member spouse = Member.builder("m2", HeadRelation.SPOUSE).birthDate(LocalDate.of(1968, 1, 2))
                .laborCapacity(LaborCapacity.NONE).status(MemberStatus.DECEASED).deceasedOn(LocalDate.of(2021, 1, 5))
                .pregnantOrNursing(true).build();
        return EvaluationRequest.builder().caseId("RT-1").kind(Kind.REVIEW).region("620422").profile("gs-huining")
                .asOf(LocalDate.of(2021, 4, 15)).residence(Residence.RURAL)
                .flags(List.of(HouseholdFlag.REGISTERED_POOR)).members(head, spouse)
                .assets(new Assets(m("5000.00"), List.of(new Vehicle(VehicleKind.FARM_MACHINERY, m("8000.00"), true)),
                        1, 1, true, m("20000.00")))
                .enrollment(new Enrollment(YearMonth.of(2019, 4), 2, m("636.00"), List.of("m1", "m2"),
                        YearMonth.of(2021, 1), IncomeRiseCause.FLEXIBLE_WORK, true,
                        List.of(new DisabilitySubsidy("m1", true, m("100.00"), false, null)),
                        List.of(new PaymentCard("card-1", "41142619660707123X", HolderRole.MEMBER, true))))
                .categoryOverride(1).bonusMonths(3).bridgeMonths(2)
                .staffRelations(List.of(new StaffRelation("m1", "s9", StaffRole.VILLAGE_COMMITTEE, KinRelation.SIBLING)))
                .caseWorkers(List.of(new CaseWorker("s3", Duty.INVESTIGATOR, true,
                        List.of(new MemberRelation("m2", KinRelation.IN_LAW)))))
                .homeVisitTeam(List.of("s3", "s4"))
                .reviewPanel(new ReviewPanel(32, "G3", List.of(new PanelMember("p1", true, true, "G3",
                        List.of(new MemberRelation("m1", KinRelation.OTHER))))))
                .build();
    }

    @Test
    @DisplayName("every part given: written and read back, the same request, with no problem")
    void everyPartGiven() {
        EvaluationRequest request = everyPart();

        DecodedRequest read = DoudiJson.decodeRequest(DoudiJson.writeRequest(request, false));

        assertThat(read.problems()).isEmpty();
        assertThat(read.isValid()).isTrue();
        assertThat(read.request()).isEqualTo(request);
    }

    @Test
    @DisplayName("every optional part absent: written as null or [], read back as the same request")
    void everyPartAbsent() {
        EvaluationRequest request = EvaluationRequest.builder().caseId("RT-2").kind(Kind.APPLICATION)
                .profile("gs-huining").asOf(LocalDate.of(2021, 4, 15)).residence(Residence.RURAL)
                .members(Member.builder("m1", HeadRelation.HEAD).birthDate(LocalDate.of(1966, 7, 7))
                        .laborCapacity(LaborCapacity.FULL).build())
                .build();

        ObjectNode tree = DoudiJson.toTree(request);
        DecodedRequest read = DoudiJson.decodeRequest(DoudiJson.writeRequest(request, true));

        assertThat(tree.get("enrollment").isNull()).isTrue();
        assertThat(tree.get("reviewPanel").isNull()).isTrue();
        assertThat(tree.get("region").isNull()).isTrue();
        assertThat(tree.get("categoryOverride").isNull()).isTrue();
        assertThat(tree.get("members").get(0).get("deceasedOn").isNull()).isTrue();
        assertThat(tree.get("members").get(0).get("benefits")).isEmpty();
        assertThat(read.problems()).isEmpty();
        assertThat(read.request()).isEqualTo(request);
    }

    @Test
    @DisplayName("a member id that cannot be read does not hide the problem of the idNumber field beside it")
    void neighbouringFieldWithALongerName() {
        ObjectNode tree = DoudiJson.toTree(everyPart());
        ((ObjectNode) tree.get("members").get(0)).put("id", 5).put("idNumber", "123");

        DecodedRequest read = DoudiJson.decodeRequest(Examples.text(tree));

        assertThat(read.isValid()).isFalse();
        assertThat(read.problems()).extracting(Problem::path).contains("members[0].id", "members[0].idNumber");
    }
}
