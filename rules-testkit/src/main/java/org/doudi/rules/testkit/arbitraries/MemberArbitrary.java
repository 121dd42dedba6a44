package org.doudi.rules.testkit.arbitraries;

import java.time.LocalDate;

import net.jqwik.api.Arbitrary;

import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.Member;

/**
 * Generates household members, valid by construction for a given assessment date: birth date before it,
 * {@code deceasedOn} only with status {@code DECEASED} and not before the birth date (sometimes after the assessment
 * date: such a member still counts), labor capacity and education plausible for the age. Personal identifiers are
 * left out. Each configuring method returns a new arbitrary.
 */
public interface MemberArbitrary extends Arbitrary<Member> {

    /**
     * @param asOf  the assessment date the member is generated for, not null (default 2020-06-15)
     * @return an arbitrary of members valid on that date, never null
     */
    MemberArbitrary on(LocalDate asOf);

    /**
     * @param id  the member id, not null (default {@code m1})
     * @return an arbitrary of members with that id, never null
     */
    MemberArbitrary withId(String id);

    /**
     * @param relation  the relation to the head, not null (default {@code HEAD}); also sets a plausible age range
     *                  unless {@link #aged} was given
     * @return an arbitrary of members with that relation, never null
     */
    MemberArbitrary withRelation(HeadRelation relation);

    /**
     * @param minAge  the youngest age in completed years on the assessment date, ≥ 0
     * @param maxAge  the oldest, ≥ {@code minAge}, ≤ 110
     * @return an arbitrary of members of these ages, never null
     */
    MemberArbitrary aged(int minAge, int maxAge);

    /**
     * @return an arbitrary of members who are always counted (policy §2): status {@code PRESENT}, no tekun
     *         support; never null
     */
    MemberArbitrary counted();

    /**
     * @param incomes  the incomes to draw 0–3 of per member, not null (default {@link Incomes#incomes()})
     * @return an arbitrary of members with such incomes, never null
     */
    MemberArbitrary withIncomes(Arbitrary<Income> incomes);

    /**
     * @param expenses  the expenses to draw 0–2 of per member, not null (default {@link Expenses#expenses()})
     * @return an arbitrary of members with such expenses, never null
     */
    MemberArbitrary withExpenses(Arbitrary<Expense> expenses);
}
