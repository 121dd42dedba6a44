package org.doudi.rules.drools.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Education;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.Residence;

/**
 * The definitions a member's fact gives the rules by name (disability grades and types, education stage, pregnancy,
 * long-term care), the household's residence, and the member a single-person unit's reasons name.
 */
class PersonDefinitionsTest {

    private static final EvaluationRequest REQUEST = EvaluationRequest.builder().caseId("P").kind(Kind.APPLICATION)
            .profile("gs-huining").asOf(LocalDate.of(2021, 3, 1)).residence(Residence.RURAL).build();

    private static Member.Builder member(String id) {
        return Member.builder(id, HeadRelation.HEAD).birthDate(LocalDate.of(1980, 1, 1))
                .laborCapacity(LaborCapacity.FULL);
    }

    private static Person disabled(Certificate certificate, DisabilityType type, Integer grade) {
        return new Person(member("m1").certificate(certificate).disabilities(List.of(new Disability(type, grade)))
                .build(), 0, REQUEST);
    }

    private static Person disabled(DisabilityType type, Integer grade) {
        return disabled(Certificate.SECOND_GENERATION, type, grade);
    }

    @Test
    @DisplayName("grade 3 and 4 are moderate; grade 1 and 2 severe; an intellectual or mental disability of grade 3 "
            + "or 4 is named apart, grade 3 alone too")
    void disabilityGrades() {
        Person physical3 = disabled(DisabilityType.PHYSICAL, 3);
        assertThat(physical3.isModeratelyDisabled()).isTrue();
        assertThat(physical3.isSeverelyDisabled()).isFalse();
        assertThat(physical3.isGrade3Or4IntellectualOrMental()).isFalse();
        assertThat(physical3.isGrade3IntellectualOrMental()).isFalse();

        Person mental4 = disabled(DisabilityType.MENTAL, 4);
        assertThat(mental4.isModeratelyDisabled()).isTrue();
        assertThat(mental4.isGrade3Or4IntellectualOrMental()).isTrue();
        assertThat(mental4.isGrade3IntellectualOrMental()).isFalse();

        Person intellectual3 = disabled(DisabilityType.INTELLECTUAL, 3);
        assertThat(intellectual3.isGrade3Or4IntellectualOrMental()).isTrue();
        assertThat(intellectual3.isGrade3IntellectualOrMental()).isTrue();

        Person intellectual2 = disabled(DisabilityType.INTELLECTUAL, 2);
        assertThat(intellectual2.isSeverelyDisabled()).isTrue();
        assertThat(intellectual2.isModeratelyDisabled()).isFalse();
        assertThat(intellectual2.isGrade3Or4IntellectualOrMental()).isFalse();

        Person ungraded = disabled(DisabilityType.MENTAL, null);
        assertThat(ungraded.isDisabled()).isTrue();
        assertThat(ungraded.isModeratelyDisabled()).isFalse();
        assertThat(ungraded.isSeverelyDisabled()).isFalse();
        assertThat(ungraded.isGrade3Or4IntellectualOrMental()).isFalse();
    }

    @Test
    @DisplayName("a disability without a certificate counts for none of the definitions; a type is one certified")
    void certificate() {
        Person uncertified = disabled(Certificate.NONE, DisabilityType.PHYSICAL, 3);
        assertThat(uncertified.isDisabled()).isFalse();
        assertThat(uncertified.isModeratelyDisabled()).isFalse();
        assertThat(uncertified.hasDisabilityOfType(DisabilityType.PHYSICAL)).isFalse();

        Person physical = disabled(DisabilityType.PHYSICAL, 3);
        assertThat(physical.hasDisabilityOfType(DisabilityType.PHYSICAL)).isTrue();
        assertThat(physical.hasDisabilityOfType(DisabilityType.VISUAL)).isFalse();
    }

    @Test
    @DisplayName("high school, vocational and higher education are non-compulsory; the other stages are not")
    void education() {
        for (Education e : Education.values()) {
            Person p = new Person(member("m1").education(e).build(), 0, REQUEST);
            assertThat(p.getEducation()).isEqualTo(e);
            assertThat(p.isInNonCompulsoryEducation()).as(e.name())
                    .isEqualTo(e == Education.HIGH_SCHOOL || e == Education.VOCATIONAL || e == Education.HIGHER);
        }
    }

    @Test
    @DisplayName("pregnancy or nursing and long-term care are the member's own, each apart")
    void conditions() {
        Person pregnant = new Person(member("m1").pregnantOrNursing(true).build(), 0, REQUEST);
        Person cared = new Person(member("m1").longTermCare(true).build(), 0, REQUEST);

        assertThat(pregnant.isPregnantOrNursing()).isTrue();
        assertThat(pregnant.isLongTermCare()).isFalse();
        assertThat(cared.isLongTermCare()).isTrue();
        assertThat(cared.isPregnantOrNursing()).isFalse();
    }

    @Test
    @DisplayName("the household's residence is the request's")
    void residence() {
        assertThat(new Household(REQUEST).getResidence()).isEqualTo(Residence.RURAL);
    }

    @Test
    @DisplayName("a single-person unit's reasons name its member; a whole household's name nobody")
    void soleMember() {
        Person head = new Person(member("m1").build(), 0, REQUEST);
        Person spouse = new Person(Member.builder("m2", HeadRelation.SPOUSE).birthDate(LocalDate.of(1981, 1, 1))
                .laborCapacity(LaborCapacity.FULL).build(), 1, REQUEST);
        Money zero = Money.ZERO;

        assertThat(new CoveredUnit(List.of(spouse), UnitKind.SINGLE_PERSON, zero, zero).soleMember()).isSameAs(spouse);
        assertThat(new CoveredUnit(List.of(head, spouse), UnitKind.WHOLE_HOUSEHOLD, zero, zero).soleMember()).isNull();
        assertThat(new CoveredUnit(List.of(head), UnitKind.WHOLE_HOUSEHOLD, zero, zero).soleMember()).isNull();
    }
}
