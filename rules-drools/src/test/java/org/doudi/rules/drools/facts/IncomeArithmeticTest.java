package org.doudi.rules.drools.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/**
 * The money arithmetic of the income facts, which the rules compare with the standard: a household's and a
 * single-person unit's own income (gross, what is left out, deductions, net never below zero), and the edge limit.
 */
class IncomeArithmeticTest {

    private static Money m(String amount) {
        return Money.parse(amount);
    }

    private static final EvaluationRequest REQUEST = EvaluationRequest.builder().caseId("A").kind(Kind.APPLICATION)
            .profile("gs-huining").asOf(LocalDate.of(2021, 3, 1)).residence(Residence.RURAL).build();

    private static Person person(String id, int position, Income... incomes) {
        Member member = Member.builder(id, position == 0 ? HeadRelation.HEAD : HeadRelation.CHILD)
                .birthDate(LocalDate.of(1980, 1, 1)).laborCapacity(LaborCapacity.FULL).incomes(List.of(incomes))
                .build();
        return new Person(member, position, REQUEST);
    }

    private static Income income(IncomeType type, String amount) {
        return new Income(type, m(amount));
    }

    @Test
    @DisplayName("a unit's own income: all its incomes, less those left out and its deductions")
    void ownIncome() {
        Person son = person("m2", 1, income(IncomeType.TRANSFER, "300.00"), income(IncomeType.SUPPORT_PAYMENT, "200.00"),
                income(IncomeType.WAGE, "50.25"));
        ExcludedIncome support = new ExcludedIncome(new IncomeItem(son, 1, IncomeType.SUPPORT_PAYMENT, m("200.00")),
                true);

        MemberIncome i = MemberIncome.of(son, List.of(support),
                List.of(new AllowedDeduction(son, ExpenseType.MEDICAL, m("30.00"))), m("520.00"));

        assertThat(i.countable()).isEqualTo(m("350.25"));
        assertThat(i.deductions()).isEqualTo(m("30.00"));
        assertThat(i.net()).isEqualTo(m("320.25"));
        assertThat(i.standard()).isEqualTo(m("520.00"));
        assertThat(i.isBelowStandard()).isTrue();
        assertThat(i.person()).isSameAs(son);
    }

    @Test
    @DisplayName("a unit's own net never goes below zero, and equal to the standard is not below it")
    void ownIncomeBounds() {
        Person son = person("m2", 1, income(IncomeType.TRANSFER, "100.00"));

        MemberIncome negative = MemberIncome.of(son, List.of(),
                List.of(new AllowedDeduction(son, ExpenseType.MEDICAL, m("150.00"))), m("520.00"));
        MemberIncome equal = MemberIncome.of(person("m3", 2, income(IncomeType.TRANSFER, "520.00")), List.of(),
                List.of(), m("520.00"));
        MemberIncome justBelow = MemberIncome.of(person("m4", 3, income(IncomeType.TRANSFER, "519.99")), List.of(),
                List.of(), m("520.00"));

        assertThat(negative.net()).isEqualTo(Money.ZERO);
        assertThat(equal.isBelowStandard()).isFalse();
        assertThat(justBelow.isBelowStandard()).isTrue();
    }

    @Test
    @DisplayName("a household: the counted members in member order, gross of all their incomes, S × n, net ≥ 0")
    void household() {
        Person head = person("m1", 0, income(IncomeType.WAGE, "900.00"));
        Person child = person("m2", 1, income(IncomeType.SUPPORT_PAYMENT, "100.00"), income(IncomeType.WAGE, "0.50"));
        ExcludedIncome left = new ExcludedIncome(new IncomeItem(child, 0, IncomeType.SUPPORT_PAYMENT, m("100.00")),
                false);

        HouseholdIncome h = HouseholdIncome.of(List.of(child, head), List.of(left),
                List.of(new AllowedDeduction(head, ExpenseType.MEDICAL, m("0.50"))), m("399.00"));

        assertThat(h.members()).containsExactly(head, child);
        assertThat(h.countedMembers()).isEqualTo(2);
        assertThat(h.gross()).isEqualTo(m("1000.50"));
        assertThat(h.excluded()).isEqualTo(m("100.00"));
        assertThat(h.countableGross()).isEqualTo(m("900.50"));
        assertThat(h.deductions()).isEqualTo(m("0.50"));
        assertThat(h.net()).isEqualTo(m("900.00"));
        assertThat(h.standardTimesMembers()).isEqualTo(m("798.00"));
        assertThat(h.isBelowStandard()).isFalse();

        HouseholdIncome none = HouseholdIncome.of(List.of(person("m1", 0)), List.of(),
                List.of(new AllowedDeduction(head, ExpenseType.MEDICAL, m("10.00"))), m("399.00"));
        assertThat(none.net()).isEqualTo(Money.ZERO);
        assertThat(none.isBelowStandard()).isTrue();
    }

    @Test
    @DisplayName("the edge: 1.5 × S × n exactly is within when the profile includes the limit, outside otherwise")
    void edge() {
        HouseholdIncome atLimit = HouseholdIncome.of(List.of(person("m1", 0, income(IncomeType.WAGE, "1197.00")),
                person("m2", 1)), List.of(), List.of(), m("399.00"));
        HouseholdIncome justBelow = HouseholdIncome.of(List.of(person("m1", 0, income(IncomeType.WAGE, "1196.99")),
                person("m2", 1)), List.of(), List.of(), m("399.00"));
        BigDecimal oneAndHalf = new BigDecimal("1.5");

        assertThat(atLimit.edgeLimit(oneAndHalf)).isEqualTo(BigMoney.of(new BigDecimal("1197.00")));
        assertThat(atLimit.isWithinEdge(oneAndHalf, true)).isTrue();
        assertThat(atLimit.isWithinEdge(oneAndHalf, false)).isFalse();
        assertThat(justBelow.isWithinEdge(oneAndHalf, false)).isTrue();
        assertThat(atLimit.financialLimit(new BigDecimal("24"))).isEqualTo(BigMoney.of(new BigDecimal("19152")));
    }
}
