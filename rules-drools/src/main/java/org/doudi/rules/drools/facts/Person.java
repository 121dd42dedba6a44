package org.doudi.rules.drools.facts;

import java.time.LocalDate;
import java.util.List;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Education;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberStatus;

/**
 * A listed household member as the rules see it, with the conventions of policy §0 as named properties
 * ("has a disability" only with a certificate; "severe" = grade 1–2; age in completed years on {@code asOf}).
 *
 * <p>One instance per member and decision; equality is identity. Immutable.
 */
public final class Person {

    private final Member member;
    private final int position;
    private final int age;
    private final LocalDate asOf;
    private final boolean enrolled;
    // read by many rule conditions: worked out once per decision rather than at every evaluation
    private final boolean severelyDisabled;
    private final boolean grade3IntellectualOrMental;
    private final boolean grade3Or4IntellectualOrMental;
    private final boolean moderatelyDisabled;
    private final Money earnedIncome;

    /**
     * @param member    the member, not null
     * @param position  its position in the request (0-based)
     * @param request   the request, not null
     */
    public Person(Member member, int position, EvaluationRequest request) {
        this.member = member;
        this.position = position;
        this.asOf = request.asOf();
        this.age = member.ageOn(asOf);
        this.enrolled = request.enrollment() != null && request.enrollment().coveredMembers().contains(member.id());
        boolean severe = false;
        boolean grade3IntellectualMental = false;
        boolean grade3Or4IntellectualMental = false;
        boolean moderate = false;
        for (Disability d : member.certifiedDisabilities()) {
            severe |= d.isSevere();
            boolean grade3Or4 = d.grade() != null && d.grade() >= 3;
            moderate |= grade3Or4;
            grade3IntellectualMental |= d.isIntellectualOrMental() && d.grade() != null && d.grade() == 3;
            grade3Or4IntellectualMental |= d.isIntellectualOrMental() && grade3Or4;
        }
        this.severelyDisabled = severe;
        this.grade3IntellectualOrMental = grade3IntellectualMental;
        this.grade3Or4IntellectualOrMental = grade3Or4IntellectualMental;
        this.moderatelyDisabled = moderate;
        Money earned = Money.ZERO;
        for (Income i : member.incomes()) {
            if (i.type() == IncomeType.WAGE || i.type() == IncomeType.BUSINESS) {
                earned = earned.plus(i.monthly());
            }
        }
        this.earnedIncome = earned;
    }

    public Member getMember() { return member; }
    public String getId() { return member.id(); }
    public int getPosition() { return position; }
    public int getAge() { return age; }
    public MemberStatus getStatus() { return member.status(); }
    public LaborCapacity getLaborCapacity() { return member.laborCapacity(); }
    public Education getEducation() { return member.education(); }
    public Certificate getCertificate() { return member.certificate(); }
    public boolean isCatastrophicIllness() { return member.catastrophicIllness(); }
    public boolean isChronicIllness() { return member.chronicIllness(); }
    public boolean isPregnantOrNursing() { return member.pregnantOrNursing(); }
    public boolean isCaregiver() { return member.caregiver(); }
    public boolean isEmployed() { return member.employed(); }
    public boolean isLongTermCare() { return member.longTermCare(); }
    public boolean isDependsOnFamily() { return member.dependsOnFamily(); }
    public boolean isIllnessAidReceived() { return member.illnessAidReceived(); }

    /** @return true if the member is listed in {@code enrollment.coveredMembers} */
    public boolean isEnrolled() {
        return enrolled;
    }

    /** @return true if the member receives the orphan allowance (孤儿基本生活费) */
    public boolean isOrphanRecipient() {
        return member.receives(Benefit.ORPHAN);
    }

    /** @return true if the member receives the work-injury nursing allowance (工伤保险生活护理费) */
    public boolean isWorkInjuryNursingRecipient() {
        return member.receives(Benefit.WORK_INJURY_NURSING);
    }

    /** @return true if the member died on or before the assessment date */
    public boolean isDeceasedByAsOf() {
        return member.status() == MemberStatus.DECEASED && member.deceasedOn() != null
                && !member.deceasedOn().isAfter(asOf);
    }

    /** @return true if the member receives tekun support (特困供养) */
    public boolean isTekunRecipient() {
        return member.receives(Benefit.TEKUN);
    }

    /** @return true if the member holds a certificate and lists a disability */
    public boolean isDisabled() {
        return !member.certifiedDisabilities().isEmpty();
    }

    /** @return true for a certified disability of grade 1–2 */
    public boolean isSeverelyDisabled() {
        return severelyDisabled;
    }

    /** @return true for a certified grade 3 intellectual or mental disability */
    public boolean isGrade3IntellectualOrMental() {
        return grade3IntellectualOrMental;
    }

    /** @return true for a certified grade 3 or 4 intellectual or mental disability */
    public boolean isGrade3Or4IntellectualOrMental() {
        return grade3Or4IntellectualOrMental;
    }

    /** @return true for a certified disability of grade 3 or 4 (any type) */
    public boolean isModeratelyDisabled() {
        return moderatelyDisabled;
    }

    /**
     * @param type  a disability type
     * @return true for a certified disability of that type
     */
    public boolean hasDisabilityOfType(DisabilityType type) {
        return member.certifiedDisabilities().stream().anyMatch(d -> d.type() == type);
    }

    /** @return true in high school, vocational or higher education (非义务教育阶段) */
    public boolean isInNonCompulsoryEducation() {
        Education e = member.education();
        return e == Education.HIGH_SCHOOL || e == Education.VOCATIONAL || e == Education.HIGHER;
    }

    /** @return the member's WAGE + BUSINESS income (the base of the employment-cost cap), never null */
    public Money getEarnedIncome() {
        return earnedIncome;
    }

    /** @return the member's disabilities that count (empty without certificate), never null */
    public List<Disability> getCertifiedDisabilities() {
        return member.certifiedDisabilities();
    }

    @Override
    public String toString() {
        return "Person[" + member.id() + "]";
    }
}
