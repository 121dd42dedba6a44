package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.money.BigMoney;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.drools.facts.ExpenseItem;
import org.doudi.rules.drools.facts.HouseholdIncome;
import org.doudi.rules.drools.facts.Person;

/**
 * The arithmetic helpers the rules call: the phase-out schedule and payment, the employment-cost cap, per-capita
 * income for display. Each at the boundary where a slip would change an amount.
 */
class HelpersArithmeticTest {

    private static Money m(String amount) {
        return Money.parse(amount);
    }

    private static final List<BigDecimal> SCHEDULE = List.of(new BigDecimal("100"), new BigDecimal("50"),
            new BigDecimal("25"));

    @Test
    @DisplayName("phase-out: the schedule entry by months since the start; the first before it; the last repeating")
    void phaseOutSchedule() {
        YearMonth start = YearMonth.of(2020, 11);

        assertThat(PhaseOuts.percentFor(SCHEDULE, start, YearMonth.of(2020, 10))).isEqualByComparingTo("100");
        assertThat(PhaseOuts.percentFor(SCHEDULE, start, start)).isEqualByComparingTo("100");
        assertThat(PhaseOuts.percentFor(SCHEDULE, start, YearMonth.of(2020, 12))).isEqualByComparingTo("50");
        assertThat(PhaseOuts.percentFor(SCHEDULE, start, YearMonth.of(2021, 1))).isEqualByComparingTo("25");
        assertThat(PhaseOuts.percentFor(SCHEDULE, start, YearMonth.of(2022, 6))).isEqualByComparingTo("25");
    }

    @Test
    @DisplayName("phase-out payment: enrolled × percent / 100, exact (rounding is the rule's, later)")
    void phaseOutPayment() {
        assertThat(PhaseOuts.payment(m("636.00"), new BigDecimal("33.3")))
                .isEqualTo(BigMoney.of(new BigDecimal("211.788")));
        assertThat(PhaseOuts.payment(m("636.00"), new BigDecimal("100"))).isEqualTo(BigMoney.of(new BigDecimal("636")));
    }

    private static Person worker(String wage, String business, String other) {
        Member member = Member.builder("m1", HeadRelation.HEAD).birthDate(LocalDate.of(1980, 1, 1))
                .laborCapacity(LaborCapacity.FULL).incomes(List.of(new Income(IncomeType.WAGE, m(wage)),
                        new Income(IncomeType.BUSINESS, m(business)), new Income(IncomeType.TRANSFER, m(other))))
                .build();
        EvaluationRequest request = EvaluationRequest.builder().caseId("A").kind(Kind.APPLICATION)
                .profile("hn-xiayi").asOf(LocalDate.of(2023, 7, 1)).residence(Residence.URBAN).members(member).build();
        return new Person(member, 0, request);
    }

    @Test
    @DisplayName("employment cost: the actual cost up to cap × (wage + business income), the cap rounded HALF_UP")
    void employmentCost() {
        Person p = worker("1000.00", "1.10", "5000.00"); // earned 1001.10; transfers do not count
        BigDecimal cap = new BigDecimal("0.05");          // 50.055 → 50.06
        List<ExpenseItem> below = List.of(new ExpenseItem(p, 0, ExpenseType.EMPLOYMENT_COST, m("30.00")),
                new ExpenseItem(p, 1, ExpenseType.EMPLOYMENT_COST, m("20.05")));
        List<ExpenseItem> at = List.of(new ExpenseItem(p, 0, ExpenseType.EMPLOYMENT_COST, m("50.06")));
        List<ExpenseItem> above = List.of(new ExpenseItem(p, 0, ExpenseType.EMPLOYMENT_COST, m("80.00")));

        assertThat(Expenses.total(below)).isEqualTo(m("50.05"));
        assertThat(Expenses.employmentCost(below, p, cap)).isEqualTo(m("50.05"));
        assertThat(Expenses.employmentCost(at, p, cap)).isEqualTo(m("50.06"));
        assertThat(Expenses.employmentCost(above, p, cap)).isEqualTo(m("50.06"));
        assertThat(Expenses.employmentCost(above, p, null)).as("no cap").isEqualTo(m("80.00"));
        assertThat(Expenses.total(List.of())).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("per-capita income: net / n HALF_UP to 0.01 for display, 0.00 when nobody is counted")
    void perCapita() {
        Person p = worker("0.00", "0.00", "0.00");
        HouseholdIncome three = new HouseholdIncome(List.of(p, p, p), m("100.00"), Money.ZERO, Money.ZERO, m("100.00"),
                m("399.00"), m("1197.00"));
        HouseholdIncome halfCent = new HouseholdIncome(List.of(p, p), m("0.01"), Money.ZERO, Money.ZERO, m("0.01"),
                m("399.00"), m("798.00"));
        HouseholdIncome nobody = new HouseholdIncome(List.of(), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                m("399.00"), Money.ZERO);

        assertThat(Figures.perCapita(three)).isEqualTo(m("33.33"));
        assertThat(Figures.perCapita(halfCent)).isEqualTo(m("0.01"));
        assertThat(Figures.perCapita(nobody)).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("dates: months added to a date, the month of a date")
    void dates() {
        assertThat(Dates.plusMonths(LocalDate.of(2021, 1, 31), 1)).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(Dates.monthOf(LocalDate.of(2021, 2, 28))).isEqualTo(YearMonth.of(2021, 2));
    }
}
