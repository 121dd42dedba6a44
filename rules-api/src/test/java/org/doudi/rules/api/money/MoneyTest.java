package org.doudi.rules.api.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"300, 300.00", "300.5, 300.50", "-1.25, -1.25", "0, 0.00"})
    void parseAcceptsDigitsWithAtMostTwoDecimals(String text, String expected) {
        assertThat(Money.parse(text)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "+1", "1.234", "", " 1", "1.", ".5", "1,00"})
    void parseRejectsAnythingElse(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOfSatisfying(InvalidMoneyException.class, e -> {
            assertThat(e.value()).isEqualTo(text);
            assertThat(e.getMessage()).startsWith("invalid money '" + text + "': ");
        });
    }

    @Test
    @DisplayName("Money.of(1.005): a clear error naming the value and where it came from, not a bare ArithmeticException")
    void fractionsOfAFenNameTheValueAndTheSource() {
        assertThatThrownBy(() -> Money.of(BigDecimal.valueOf(1.005), "members[0].incomes[0].monthly"))
                .isInstanceOfSatisfying(InvalidMoneyException.class, e -> {
                    assertThat(e.value()).isEqualTo("1.005");
                    assertThat(e.source()).isEqualTo("members[0].incomes[0].monthly");
                    assertThat(e.getMessage()).isEqualTo("invalid money '1.005' in members[0].incomes[0].monthly: "
                            + "it has fractions of a fen (at most two decimals; round it first, naming the rounding)");
                });
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.001"))).isInstanceOf(InvalidMoneyException.class)
                .hasMessageStartingWith("invalid money '0.001': ");
    }

    @Test
    @DisplayName("a long value is shortened in the message, an identifier in it masked")
    void longValuesAreShortenedAndIdentifiersMasked() {
        assertThatThrownBy(() -> Money.parse("9".repeat(100) + "x")).hasMessageContaining("(101 characters)")
                .hasMessageNotContaining("9".repeat(41));
        assertThatThrownBy(() -> Money.parse("41142619800101123X", "bankAccount"))
                .hasMessageNotContaining("41142619800101123X");
    }

    @Test
    void timesIsExactAndOnlyRoundingNamesTheMode() {
        BigMoney exact = Money.parse("321.67").times(new BigDecimal("0.30")).times(2);

        assertThat(exact).isEqualTo(BigMoney.of(new BigDecimal("193.002")));
        assertThat(exact).hasToString("193.0020");
        assertThat(exact.roundedToYuan(RoundingMode.CEILING)).isEqualTo(Money.parse("194"));
        assertThat(exact.rounded(RoundingMode.HALF_UP)).isEqualTo(Money.parse("193.00"));
    }

    @Test
    void moneyArithmeticStaysAtTwoDecimals() {
        assertThat(Money.parse("0.1").plus(Money.parse("0.2"))).isEqualTo(Money.parse("0.30"));
        assertThat(Money.parse("1").minus(Money.parse("1.01")).isNegative()).isTrue();
        assertThat(Money.parse("335").times(3)).hasToString("1005.00");
        assertThat(Money.ofYuan(7)).isEqualTo(Money.of(new BigDecimal("7.0")));
    }
}
