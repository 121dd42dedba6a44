package org.doudi.rules.profile;

import java.math.RoundingMode;
import java.util.Objects;

import org.doudi.rules.api.money.BigMoney;
import org.doudi.rules.api.money.Money;

/**
 * The rounding of a payment (profile parameter {@code payment.rounding}): to whole yuan or to the fen, with a mode.
 * The default is whole yuan, CEILING (policy §8).
 *
 * @param wholeYuan  true to round to whole yuan, false to round to 0.01
 * @param mode       the rounding mode, not null
 */
public record Rounding(boolean wholeYuan, RoundingMode mode) {

    /** Whole yuan, rounding up: the default of policy §8. */
    public static final Rounding YUAN_CEILING = new Rounding(true, RoundingMode.CEILING);

    /** Checks for null. */
    public Rounding {
        Objects.requireNonNull(mode, "mode");
    }

    /**
     * @param amount  the exact amount, not null
     * @return the rounded amount, never null
     */
    public Money apply(BigMoney amount) {
        return wholeYuan ? amount.roundedToYuan(mode) : amount.rounded(mode);
    }
}
