package org.doudi.rules.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import org.doudi.rules.api.money.Money;

class MoneyCodecProperties {

    @Property(tries = 200)
    void anAmountWithUpToTwoDecimalsDecodesExactly(@ForAll @LongRange(min = 0, max = 99_999_999_999L) long cents,
                                                   @ForAll @IntRange(min = 0, max = 2) int decimals) {
        BigDecimal amount = BigDecimal.valueOf(cents, 2).setScale(decimals, java.math.RoundingMode.DOWN);
        ObjectNode request = Examples.request("04-xiayi-graded-gap.json");
        ((ObjectNode) request.at("/members/0/incomes/0")).put("monthly", amount.toPlainString());

        Money decoded = DoudiJson.readRequest(Examples.text(request)).members().get(0).incomes().get(0).monthly();

        assertThat(decoded).isEqualTo(Money.of(amount));
    }

    @Property(tries = 100)
    void threeDecimalsAreAlwaysRejected(@ForAll @LongRange(min = 0, max = 9_999_999L) long mills) {
        String text = BigDecimal.valueOf(mills, 3).toPlainString();
        ObjectNode request = Examples.request("04-xiayi-graded-gap.json");
        ((ObjectNode) request.at("/members/0/incomes/0")).put("monthly", text);

        assertThat(DoudiJson.decodeRequest(Examples.text(request)).problems())
                .extracting(p -> p.path() + ": " + p.message())
                .containsExactly("members[0].incomes[0].monthly: must have at most two decimals");
    }
}
