package org.doudi.rules.api.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The comparisons the rules decide with, at their edges: a household whose income equals the standard is not below
 * it, a limit that equals the value is not exceeded, a gap of zero pays nothing. Each assertion pins one side of a
 * boundary, so that {@code <} written for {@code <=} (or the reverse) fails here before it changes a decision.
 */
class MoneyComparisonsTest {

    static final BigMoney STANDARD = big("335.00");
    static final BigMoney BELOW = big("334.99");
    static final BigMoney ABOVE = big("335.01");

    @Test
    @DisplayName("收入等于标准：不低于标准（isLessThan 为假），不超过标准（isAtMost 为真），不高于标准（isGreaterThan 为假）")
    void comparisonsAtTheStandard() {
        assertThat(BELOW.isLessThan(STANDARD)).isTrue();
        assertThat(big("335").isLessThan(STANDARD)).isFalse();
        assertThat(ABOVE.isLessThan(STANDARD)).isFalse();

        assertThat(BELOW.isAtMost(STANDARD)).isTrue();
        assertThat(big("335.000").isAtMost(STANDARD)).isTrue();
        assertThat(ABOVE.isAtMost(STANDARD)).isFalse();

        assertThat(ABOVE.isGreaterThan(STANDARD)).isTrue();
        assertThat(big("335").isGreaterThan(STANDARD)).isFalse();
        assertThat(BELOW.isGreaterThan(STANDARD)).isFalse();

        assertThat(BELOW.compareTo(STANDARD)).isNegative();
        assertThat(ABOVE.compareTo(STANDARD)).isPositive();
        assertThat(big("335.0").compareTo(STANDARD)).isZero();
    }

    @Test
    @DisplayName("差额为零不是正数，负差额按零计；较大、较小者取其一，相等时取自身")
    void signsAndBounds() {
        assertThat(big("0.0001").isPositive()).isTrue();
        assertThat(BigMoney.ZERO.isPositive()).isFalse();
        assertThat(big("-0.01").isPositive()).isFalse();

        assertThat(big("-12.5").atLeastZero()).isSameAs(BigMoney.ZERO);
        BigMoney zero = big("0.00");
        assertThat(zero.atLeastZero()).isSameAs(zero);
        assertThat(ABOVE.atLeastZero()).isSameAs(ABOVE);

        assertThat(BELOW.max(STANDARD)).isSameAs(STANDARD);
        assertThat(ABOVE.max(STANDARD)).isSameAs(ABOVE);
        BigMoney same = big("335.0");
        assertThat(same.max(STANDARD)).isSameAs(same);
        assertThat(BELOW.min(STANDARD)).isSameAs(BELOW);
        assertThat(ABOVE.min(STANDARD)).isSameAs(STANDARD);
        assertThat(same.min(STANDARD)).isSameAs(same);
    }

    @Test
    @DisplayName("精确金额的加减乘：不丢失分以下的位数")
    void exactArithmetic() {
        assertThat(STANDARD.plus(big("0.005"))).isEqualTo(big("335.005"));
        assertThat(STANDARD.plus(Money.parse("10.10"))).isEqualTo(big("345.10"));
        assertThat(STANDARD.minus(big("0.005"))).isEqualTo(big("334.995"));
        assertThat(STANDARD.minus(Money.parse("35"))).isEqualTo(big("300"));
        assertThat(STANDARD.times(new BigDecimal("1.5"))).isEqualTo(big("502.5"));
        assertThat(STANDARD.times(3)).isEqualTo(big("1005"));
        assertThat(STANDARD.amount()).isEqualByComparingTo("335");
        assertThat(BigMoney.of(new BigDecimal("1.10"))).isEqualTo(big("1.1")).isNotEqualTo(big("1.11"))
                .isNotEqualTo("1.10").hasSameHashCodeAs(big("1.1000"));
    }

    @Test
    @DisplayName("两位小数金额：零、正负、较大者、精确值、相等（比较两位小数的值）")
    void moneyAtItsEdges() {
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.parse("0.01").isZero()).isFalse();
        assertThat(Money.parse("0.01").isPositive()).isTrue();
        assertThat(Money.ZERO.isPositive()).isFalse();
        assertThat(Money.parse("-0.01").isPositive()).isFalse();
        assertThat(Money.parse("-0.01").isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();

        Money a = Money.parse("194");
        Money b = Money.parse("194.00");
        assertThat(a.max(Money.parse("193.99"))).isSameAs(a);
        assertThat(a.max(Money.parse("194.01"))).isEqualTo(Money.parse("194.01"));
        assertThat(a.max(b)).isSameAs(a);
        assertThat(a.compareTo(Money.parse("194.01"))).isNegative();
        assertThat(a.compareTo(Money.parse("193.99"))).isPositive();
        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isEqualTo(b).isNotEqualTo(Money.parse("194.01")).isNotEqualTo("194.00");
        assertThat(a.amount()).isEqualTo(new BigDecimal("194.00"));
        assertThat(a.exact()).isEqualTo(big("194"));
    }

    static BigMoney big(String amount) {
        return BigMoney.of(new BigDecimal(amount));
    }
}
