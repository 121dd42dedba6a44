package org.doudi.rules.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.CaseWorker;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Duty;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.HolderRole;
import org.doudi.rules.api.request.HouseholdFlag;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberRelation;
import org.doudi.rules.api.request.PanelMember;
import org.doudi.rules.api.request.PaymentCard;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.ReviewPanel;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.StaffRole;
import org.doudi.rules.api.request.Vehicle;
import org.doudi.rules.api.request.VehicleKind;

/**
 * A request built in Java past every bound of the contract (a text of 1,001 characters, a date outside 1900–2199, a
 * list of 101 entries), in every field that has one: each is reported at its own path with the bound's message,
 * exactly as decoding reports them for JSON, so that a caller of the Java API cannot get past the bounds.
 */
class JavaRequestBoundsTest {

    private static final String LONG = "x".repeat(Bounds.STRING_CODE_POINTS + 1);
    private static final LocalDate TOO_LATE = LocalDate.of(Bounds.LAST_YEAR + 1, 1, 1);
    private static final LocalDate TOO_EARLY = LocalDate.of(Bounds.FIRST_YEAR - 1, 12, 31);
    private static final String LIST = Bounds.listMessage(false);

    /** One more than the bound, the first entry given, the rest copies of {@code rest}. */
    private static <T> List<T> tooMany(T first, T rest) {
        List<T> list = new java.util.ArrayList<>(Collections.nCopies(Bounds.LIST_ENTRIES + 1, rest));
        list.set(0, first);
        return list;
    }

    private static <T> List<T> tooMany(T each) {
        return tooMany(each, each);
    }

    private static Problem text(String path) {
        return new Problem(path, Bounds.STRING_MESSAGE);
    }

    private static Problem year(String path) {
        return new Problem(path, Bounds.YEAR_MESSAGE);
    }

    private static Problem list(String path) {
        return new Problem(path, LIST);
    }

    @Test
    @DisplayName("every text, date and list of a request built in Java is checked against its bound, at its path")
    void everyBoundedField() {
        MemberRelation relation = new MemberRelation("m1", KinRelation.SIBLING);
        MemberRelation longRelation = new MemberRelation(LONG, KinRelation.SIBLING);
        Member head = Member.builder("m1", HeadRelation.HEAD).name(LONG).idNumber(LONG).phone(LONG).bankAccount(LONG)
                .birthDate(TOO_EARLY).laborCapacity(LaborCapacity.FULL)
                .disabilities(tooMany(new Disability(DisabilityType.VISUAL, 1)))
                .benefits(tooMany(Benefit.ORPHAN))
                .incomes(tooMany(new Income(IncomeType.WAGE, Money.parse("1"))))
                .expenses(tooMany(new Expense(ExpenseType.MEDICAL, Money.parse("1"))))
                .build();
        Member deceased = Member.builder("m2", HeadRelation.SPOUSE).birthDate(LocalDate.of(1970, 1, 1))
                .laborCapacity(LaborCapacity.FULL).status(org.doudi.rules.api.request.MemberStatus.DECEASED)
                .deceasedOn(TOO_LATE).build();
        Enrollment enrollment = new Enrollment(YearMonth.of(Bounds.FIRST_YEAR - 1, 12), 1, Money.parse("100"),
                tooMany(LONG, "m1"), YearMonth.of(Bounds.LAST_YEAR + 1, 1), null, false,
                tooMany(new DisabilitySubsidy("m1", false, null, false, null)),
                tooMany(new PaymentCard(LONG, LONG, HolderRole.MEMBER, true),
                        new PaymentCard("c", null, HolderRole.MEMBER, true)));
        ReviewPanel panel = new ReviewPanel(7, LONG, tooMany(
                new PanelMember(LONG, false, false, LONG, tooMany(longRelation, relation)),
                new PanelMember(null, false, false, null, List.of())));
        EvaluationRequest r = EvaluationRequest.builder().caseId(LONG).kind(Kind.REVIEW).region(LONG).profile(LONG)
                .asOf(TOO_LATE).residence(Residence.RURAL).flags(tooMany(HouseholdFlag.REGISTERED_POOR))
                .members(head, deceased)
                .assets(new Assets(Money.ZERO, tooMany(new Vehicle(VehicleKind.CAR, Money.parse("1"), false)), 0, 0,
                        false, Money.ZERO))
                .enrollment(enrollment)
                .staffRelations(tooMany(new StaffRelation(LONG, LONG, StaffRole.VILLAGE_COMMITTEE, KinRelation.SIBLING),
                        new StaffRelation("m1", "s1", StaffRole.VILLAGE_COMMITTEE, KinRelation.SIBLING)))
                .caseWorkers(tooMany(new CaseWorker(LONG, Duty.HANDLER, false, tooMany(longRelation, relation)),
                        new CaseWorker("s1", Duty.HANDLER, false, List.of())))
                .homeVisitTeam(tooMany(LONG, "s1"))
                .reviewPanel(panel)
                .build();

        List<Problem> problems = RequestValidator.validate(r);

        assertThat(problems).contains(
                text("caseId"), text("region"), text("profile"), year("asOf"),
                list("flags"), list("staffRelations"), list("caseWorkers"), list("homeVisitTeam"),
                text("homeVisitTeam[0]"),
                text("members[0].name"), text("members[0].idNumber"), text("members[0].phone"),
                text("members[0].bankAccount"), year("members[0].birthDate"), year("members[1].deceasedOn"),
                list("members[0].disabilities"), list("members[0].benefits"), list("members[0].incomes"),
                list("members[0].expenses"),
                list("assets.vehicles"),
                year("enrollment.since"), year("enrollment.incomeExceededSince"), list("enrollment.coveredMembers"),
                text("enrollment.coveredMembers[0]"), list("enrollment.subsidiesPaid"), list("enrollment.cards"),
                text("enrollment.cards[0].cardId"), text("enrollment.cards[0].holderIdNumber"),
                text("staffRelations[0].memberId"), text("staffRelations[0].staffId"),
                text("caseWorkers[0].staffId"), list("caseWorkers[0].relations"),
                text("caseWorkers[0].relations[0].memberId"),
                text("reviewPanel.applicantGroup"), list("reviewPanel.members"),
                text("reviewPanel.members[0].personId"), text("reviewPanel.members[0].group"),
                list("reviewPanel.members[0].relations"), text("reviewPanel.members[0].relations[0].memberId"));
        // an over-long text is reported once, as too long: not also as an unknown member id
        assertThat(problems).noneMatch(p -> p.path().equals("enrollment.coveredMembers[0]")
                && p.message().startsWith("refers to an unknown member id"));
    }

    @Test
    @DisplayName("at the bounds exactly nothing is reported: 1,000 characters, the years 1900 and 2199, 100 entries")
    void atTheBounds() {
        String longest = "x".repeat(Bounds.STRING_CODE_POINTS);
        Member head = Member.builder("m1", HeadRelation.HEAD).name(longest)
                .birthDate(LocalDate.of(Bounds.FIRST_YEAR, 1, 1)).laborCapacity(LaborCapacity.FULL)
                .incomes(Collections.nCopies(Bounds.LIST_ENTRIES, new Income(IncomeType.WAGE, Money.parse("1"))))
                .build();
        EvaluationRequest r = EvaluationRequest.builder().caseId(longest).kind(Kind.APPLICATION).profile("gs-huining")
                .asOf(LocalDate.of(Bounds.LAST_YEAR, 12, 31)).residence(Residence.RURAL)
                .flags(Collections.nCopies(Bounds.LIST_ENTRIES, HouseholdFlag.REGISTERED_POOR))
                .members(head).build();

        assertThat(RequestValidator.validate(r)).isEmpty();
    }

    @Test
    @DisplayName("more than 100 members: the members' own message")
    void tooManyMembers() {
        List<Member> members = new java.util.ArrayList<>();
        members.add(Member.builder("m0", HeadRelation.HEAD).birthDate(LocalDate.of(1970, 1, 1))
                .laborCapacity(LaborCapacity.FULL).build());
        for (int i = 1; i <= Bounds.MEMBERS; i++) {
            members.add(Member.builder("m" + i, HeadRelation.CHILD).birthDate(LocalDate.of(2000, 1, 1))
                    .laborCapacity(LaborCapacity.FULL).build());
        }
        EvaluationRequest r = EvaluationRequest.builder().caseId("C").kind(Kind.APPLICATION).profile("gs-huining")
                .asOf(LocalDate.of(2020, 1, 1)).residence(Residence.RURAL).members(members).build();

        assertThat(RequestValidator.validate(r)).containsExactly(
                new Problem("members", Bounds.listMessage(true)));
        assertThat(RequestValidator.validate(r.toBuilder().members(members.subList(0, Bounds.MEMBERS)).build()))
                .isEmpty();
    }
}
