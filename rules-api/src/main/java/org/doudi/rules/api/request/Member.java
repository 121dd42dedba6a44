package org.doudi.rules.api.request;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;


/**
 * A listed household member (家庭成员), as in the JSON contract.
 *
 * <p>Personal identifiers ({@code idNumber}, {@code phone}, {@code bankAccount}) are masked in {@link #toString()}.
 * Lists are never null; a request built with nulls gets empty lists and the defaults of the JSON contract ({@code status}
 * PRESENT, {@code certificate} NONE, {@code education} NONE). Required fields that are null make the request invalid.
 * Build one with {@link #builder(String, HeadRelation)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id                   the member's id within the request; required
 * @param name                 the name, may be null
 * @param idNumber             the ID number (15 or 18 characters), may be null
 * @param phone                the phone number, may be null
 * @param bankAccount          the bank account, may be null
 * @param relation             the relation to the head; required
 * @param birthDate            the birth date; required
 * @param status               the status on the assessment date, never null
 * @param deceasedOn           the date of death, required when status is DECEASED
 * @param laborCapacity        the labor capacity; required
 * @param disabilities         the disabilities, never null
 * @param certificate          the disability certificate, never null
 * @param longTermCare         needs long-term care
 * @param catastrophicIllness  has a catastrophic (重特大) illness
 * @param illnessAidReceived   has received serious-illness aid
 * @param chronicIllness       has a chronic illness
 * @param pregnantOrNursing    is pregnant or nursing
 * @param caregiver            is a full-time caregiver
 * @param dependsOnFamily      depends on the family to live (依附家庭)
 * @param education            the education stage, never null
 * @param employed             has employment
 * @param benefits             benefits already received, never null
 * @param incomes              monthly incomes, never null
 * @param expenses             monthly rigid expenditures, never null
 */
public record Member(String id, String name, String idNumber, String phone, String bankAccount,
                     HeadRelation relation, LocalDate birthDate, MemberStatus status, LocalDate deceasedOn,
                     LaborCapacity laborCapacity, List<Disability> disabilities, Certificate certificate,
                     boolean longTermCare, boolean catastrophicIllness, boolean illnessAidReceived,
                     boolean chronicIllness, boolean pregnantOrNursing, boolean caregiver, boolean dependsOnFamily,
                     Education education, boolean employed, List<Benefit> benefits, List<Income> incomes,
                     List<Expense> expenses) {

    /**
     * Applies the defaults of the JSON contract to omitted values.
     *
     * @param id  the member's id within the request; required
     * @param name  the name, may be null
     * @param idNumber  the ID number (15 or 18 characters), may be null
     * @param phone  the phone number, may be null
     * @param bankAccount  the bank account, may be null
     * @param relation  the relation to the head; required
     * @param birthDate  the birth date; required
     * @param status  the status on the assessment date, never null
     * @param deceasedOn  the date of death, required when status is DECEASED
     * @param laborCapacity  the labor capacity; required
     * @param disabilities  the disabilities, never null
     * @param certificate  the disability certificate, never null
     * @param longTermCare  needs long-term care
     * @param catastrophicIllness  has a catastrophic (重特大) illness
     * @param illnessAidReceived  has received serious-illness aid
     * @param chronicIllness  has a chronic illness
     * @param pregnantOrNursing  is pregnant or nursing
     * @param caregiver  is a full-time caregiver
     * @param dependsOnFamily  depends on the family to live (依附家庭)
     * @param education  the education stage, never null
     * @param employed  has employment
     * @param benefits  benefits already received, never null
     * @param incomes  monthly incomes, never null
     * @param expenses  monthly rigid expenditures, never null
     */
    public Member {
        status = status == null ? MemberStatus.PRESENT : status;
        certificate = certificate == null ? Certificate.NONE : certificate;
        education = education == null ? Education.NONE : education;
        disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
        benefits = benefits == null ? List.of() : List.copyOf(benefits);
        incomes = incomes == null ? List.of() : List.copyOf(incomes);
        expenses = expenses == null ? List.of() : List.copyOf(expenses);
    }

    /**
     * Starts a builder for a member.
     *
     * @param id        the member's id, not null
     * @param relation  the relation to the head, not null
     * @return a builder with every other field at its default, never null
     */
    public static Builder builder(String id, HeadRelation relation) {
        return new Builder().id(id).relation(relation);
    }

    /** @return a builder holding this member's values, never null */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The member's age in completed years on a date (policy §0).
     *
     * @param on  the date, not null
     * @return the age in completed years
     */
    public int ageOn(LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /**
     * The disabilities that count: none without a certificate (policy §0).
     *
     * @return the certified disabilities, never null
     */
    public List<Disability> certifiedDisabilities() {
        return certificate == Certificate.NONE ? List.of() : disabilities;
    }

    /**
     * @param benefit  a benefit, not null
     * @return true if the member receives it already
     */
    public boolean receives(Benefit benefit) {
        return benefits.contains(benefit);
    }

    /** Masks personal identifiers (policy §15). */
    @Override
    public String toString() {
        return "Member[id=" + id + ", name=" + name + ", idNumber=" + Masking.mask(idNumber)
                + ", phone=" + Masking.mask(phone) + ", bankAccount=" + Masking.mask(bankAccount)
                + ", relation=" + relation + ", birthDate=" + birthDate + ", status=" + status
                + ", laborCapacity=" + laborCapacity + ", disabilities=" + disabilities
                + ", certificate=" + certificate + ", incomes=" + incomes + ", expenses=" + expenses + "]";
    }

    /** A mutable builder of {@link Member}; not thread-safe. */
    public static final class Builder {
        private String id;
        private String name;
        private String idNumber;
        private String phone;
        private String bankAccount;
        private HeadRelation relation;
        private LocalDate birthDate;
        private MemberStatus status = MemberStatus.PRESENT;
        private LocalDate deceasedOn;
        private LaborCapacity laborCapacity;
        private List<Disability> disabilities = List.of();
        private Certificate certificate = Certificate.NONE;
        private boolean longTermCare;
        private boolean catastrophicIllness;
        private boolean illnessAidReceived;
        private boolean chronicIllness;
        private boolean pregnantOrNursing;
        private boolean caregiver;
        private boolean dependsOnFamily;
        private Education education = Education.NONE;
        private boolean employed;
        private List<Benefit> benefits = List.of();
        private List<Income> incomes = List.of();
        private List<Expense> expenses = List.of();

        private Builder() {
        }

        private Builder(Member m) {
            id = m.id; name = m.name; idNumber = m.idNumber; phone = m.phone; bankAccount = m.bankAccount;
            relation = m.relation; birthDate = m.birthDate; status = m.status; deceasedOn = m.deceasedOn;
            laborCapacity = m.laborCapacity; disabilities = m.disabilities; certificate = m.certificate;
            longTermCare = m.longTermCare; catastrophicIllness = m.catastrophicIllness;
            illnessAidReceived = m.illnessAidReceived; chronicIllness = m.chronicIllness;
            pregnantOrNursing = m.pregnantOrNursing; caregiver = m.caregiver; dependsOnFamily = m.dependsOnFamily;
            education = m.education; employed = m.employed; benefits = m.benefits; incomes = m.incomes;
            expenses = m.expenses;
        }

        /**
         * @param v  the member's id within the request; required
         * @return this builder
         */
        public Builder id(String v) { id = v; return this; }
        /**
         * @param v  the name, may be null
         * @return this builder
         */
        public Builder name(String v) { name = v; return this; }
        /**
         * @param v  the ID number (15 or 18 characters), may be null
         * @return this builder
         */
        public Builder idNumber(String v) { idNumber = v; return this; }
        /**
         * @param v  the phone number, may be null
         * @return this builder
         */
        public Builder phone(String v) { phone = v; return this; }
        /**
         * @param v  the bank account, may be null
         * @return this builder
         */
        public Builder bankAccount(String v) { bankAccount = v; return this; }
        /**
         * @param v  the relation to the head; required
         * @return this builder
         */
        public Builder relation(HeadRelation v) { relation = v; return this; }
        /**
         * @param v  the birth date; required
         * @return this builder
         */
        public Builder birthDate(LocalDate v) { birthDate = v; return this; }
        /**
         * @param v  the status on the assessment date, never null
         * @return this builder
         */
        public Builder status(MemberStatus v) { status = v; return this; }
        /**
         * @param v  the date of death, required when status is DECEASED
         * @return this builder
         */
        public Builder deceasedOn(LocalDate v) { deceasedOn = v; return this; }
        /**
         * @param v  the labor capacity; required
         * @return this builder
         */
        public Builder laborCapacity(LaborCapacity v) { laborCapacity = v; return this; }
        /**
         * @param v  the disabilities, never null
         * @return this builder
         */
        public Builder disabilities(List<Disability> v) { disabilities = v; return this; }
        /**
         * @param v  the disability certificate, never null
         * @return this builder
         */
        public Builder certificate(Certificate v) { certificate = v; return this; }
        /**
         * @param v  needs long-term care
         * @return this builder
         */
        public Builder longTermCare(boolean v) { longTermCare = v; return this; }
        /**
         * @param v  has a catastrophic (重特大) illness
         * @return this builder
         */
        public Builder catastrophicIllness(boolean v) { catastrophicIllness = v; return this; }
        /**
         * @param v  has received serious-illness aid
         * @return this builder
         */
        public Builder illnessAidReceived(boolean v) { illnessAidReceived = v; return this; }
        /**
         * @param v  has a chronic illness
         * @return this builder
         */
        public Builder chronicIllness(boolean v) { chronicIllness = v; return this; }
        /**
         * @param v  is pregnant or nursing
         * @return this builder
         */
        public Builder pregnantOrNursing(boolean v) { pregnantOrNursing = v; return this; }
        /**
         * @param v  is a full-time caregiver
         * @return this builder
         */
        public Builder caregiver(boolean v) { caregiver = v; return this; }
        /**
         * @param v  depends on the family to live (依附家庭)
         * @return this builder
         */
        public Builder dependsOnFamily(boolean v) { dependsOnFamily = v; return this; }
        /**
         * @param v  the education stage, never null
         * @return this builder
         */
        public Builder education(Education v) { education = v; return this; }
        /**
         * @param v  has employment
         * @return this builder
         */
        public Builder employed(boolean v) { employed = v; return this; }
        /**
         * @param v  benefits already received, never null
         * @return this builder
         */
        public Builder benefits(List<Benefit> v) { benefits = v; return this; }
        /**
         * @param v  monthly incomes, never null
         * @return this builder
         */
        public Builder incomes(List<Income> v) { incomes = v; return this; }
        /**
         * @param v  monthly rigid expenditures, never null
         * @return this builder
         */
        public Builder expenses(List<Expense> v) { expenses = v; return this; }

        /** @return the member, never null */
        public Member build() {
            return new Member(id, name, idNumber, phone, bankAccount, relation, birthDate, status, deceasedOn,
                    laborCapacity, disabilities, certificate, longTermCare, catastrophicIllness, illnessAidReceived,
                    chronicIllness, pregnantOrNursing, caregiver, dependsOnFamily, education, employed, benefits,
                    incomes, expenses);
        }
    }
}
