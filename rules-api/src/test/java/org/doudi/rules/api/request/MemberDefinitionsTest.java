package org.doudi.rules.api.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.money.Money;

/**
 * The definitions a member carries for the rules (a severe disability, an intellectual or mental one, a certified
 * one, age on a date, a benefit received) and the builder that makes members in Java.
 */
class MemberDefinitionsTest {

    private static final LocalDate BIRTH = LocalDate.of(2005, 3, 15);

    @Test
    @DisplayName("severe means grade 1 or 2; grades 3 and 4, and a missing grade, are not severe")
    void severe() {
        assertThat(new Disability(DisabilityType.PHYSICAL, 1).isSevere()).isTrue();
        assertThat(new Disability(DisabilityType.PHYSICAL, 2).isSevere()).isTrue();
        assertThat(new Disability(DisabilityType.PHYSICAL, 3).isSevere()).isFalse();
        assertThat(new Disability(DisabilityType.PHYSICAL, 4).isSevere()).isFalse();
        assertThat(new Disability(DisabilityType.PHYSICAL, null).isSevere()).isFalse();
    }

    @Test
    @DisplayName("intellectual and mental disabilities are one group; every other type is outside it")
    void intellectualOrMental() {
        for (DisabilityType type : DisabilityType.values()) {
            boolean expected = type == DisabilityType.INTELLECTUAL || type == DisabilityType.MENTAL;
            assertThat(new Disability(type, 3).isIntellectualOrMental()).as(type.name()).isEqualTo(expected);
        }
        assertThat(new Disability(null, 3).isIntellectualOrMental()).isFalse();
    }

    @Test
    @DisplayName("a disability counts only with a certificate: without one the member has no certified disability")
    void certified() {
        List<Disability> both = List.of(new Disability(DisabilityType.MENTAL, 2),
                new Disability(DisabilityType.VISUAL, 4));
        Member without = Member.builder("m1", HeadRelation.HEAD).disabilities(both).build();
        Member with = without.toBuilder().certificate(Certificate.SECOND_GENERATION).build();

        assertThat(without.certifiedDisabilities()).isEmpty();
        assertThat(with.certifiedDisabilities()).isEqualTo(both);
    }

    @Test
    @DisplayName("age on a date: full years, the birthday itself counting")
    void age() {
        Member m = Member.builder("m1", HeadRelation.CHILD).birthDate(BIRTH).build();

        assertThat(m.ageOn(LocalDate.of(2023, 3, 14))).isEqualTo(17);
        assertThat(m.ageOn(LocalDate.of(2023, 3, 15))).isEqualTo(18);
        assertThat(m.ageOn(BIRTH)).isZero();
    }

    @Test
    @DisplayName("a benefit is received only when listed")
    void receives() {
        Member m = Member.builder("m1", HeadRelation.HEAD).benefits(List.of(Benefit.TEKUN)).build();

        assertThat(m.receives(Benefit.TEKUN)).isTrue();
        assertThat(m.receives(Benefit.ORPHAN)).isFalse();
    }

    @Test
    @DisplayName("every builder setter reaches its field; toBuilder copies every field; a change touches one field")
    void builderSetsAndCopiesEveryField() {
        Member m = Member.builder("m7", HeadRelation.SPOUSE)
                .name("王芳").idNumber("41142619800101123X").phone("13812345678").bankAccount("6222020200112233445")
                .birthDate(BIRTH).status(MemberStatus.DECEASED).deceasedOn(LocalDate.of(2023, 1, 2))
                .laborCapacity(LaborCapacity.PARTIAL).disabilities(List.of(new Disability(DisabilityType.HEARING, 3)))
                .certificate(Certificate.SECOND_GENERATION).longTermCare(true).catastrophicIllness(true)
                .illnessAidReceived(true).chronicIllness(true).pregnantOrNursing(true).caregiver(true)
                .dependsOnFamily(true).education(Education.HIGHER).employed(true)
                .benefits(List.of(Benefit.ORPHAN)).incomes(List.of(new Income(IncomeType.WAGE, Money.parse("100"))))
                .expenses(List.of(new Expense(ExpenseType.MEDICAL, Money.parse("20"))))
                .build();

        assertThat(m.id()).isEqualTo("m7");
        assertThat(m.relation()).isEqualTo(HeadRelation.SPOUSE);
        assertThat(m.name()).isEqualTo("王芳");
        assertThat(m.idNumber()).isEqualTo("41142619800101123X");
        assertThat(m.phone()).isEqualTo("13812345678");
        assertThat(m.bankAccount()).isEqualTo("6222020200112233445");
        assertThat(m.birthDate()).isEqualTo(BIRTH);
        assertThat(m.status()).isEqualTo(MemberStatus.DECEASED);
        assertThat(m.deceasedOn()).isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(m.laborCapacity()).isEqualTo(LaborCapacity.PARTIAL);
        assertThat(m.disabilities()).containsExactly(new Disability(DisabilityType.HEARING, 3));
        assertThat(m.certificate()).isEqualTo(Certificate.SECOND_GENERATION);
        assertThat(List.of(m.longTermCare(), m.catastrophicIllness(), m.illnessAidReceived(), m.chronicIllness(),
                m.pregnantOrNursing(), m.caregiver(), m.dependsOnFamily(), m.employed())).containsOnly(true);
        assertThat(m.education()).isEqualTo(Education.HIGHER);
        assertThat(m.benefits()).containsExactly(Benefit.ORPHAN);
        assertThat(m.incomes()).containsExactly(new Income(IncomeType.WAGE, Money.parse("100")));
        assertThat(m.expenses()).containsExactly(new Expense(ExpenseType.MEDICAL, Money.parse("20")));

        assertThat(m.toBuilder().build()).isEqualTo(m);
        Member renamed = m.toBuilder().id("m8").relation(HeadRelation.CHILD).build();
        assertThat(renamed.id()).isEqualTo("m8");
        assertThat(renamed.relation()).isEqualTo(HeadRelation.CHILD);
        assertThat(renamed.toBuilder().id("m7").relation(HeadRelation.SPOUSE).build()).isEqualTo(m);
    }

    @Test
    @DisplayName("the toString of a member never shows its ID, phone or account number in full")
    void toStringMasks() {
        Member m = Member.builder("m1", HeadRelation.HEAD).idNumber("41142619800101123X").phone("13812345678")
                .bankAccount("6222020200112233445").build();

        assertThat(m.toString()).doesNotContain("41142619800101123X", "13812345678", "6222020200112233445")
                .contains("123X", "5678", "3445");
    }
}
