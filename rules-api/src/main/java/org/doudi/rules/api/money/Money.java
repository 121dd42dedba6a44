package org.doudi.rules.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of Chinese yuan (CNY) with exactly two decimals: the type of every money input and output.
 *
 * <p>Arithmetic that stays within two decimals ({@link #plus}, {@link #minus}) returns {@code Money}. Arithmetic that
 * may need more decimals ({@link #times(BigDecimal)}) returns an exact {@link BigMoney}; going back to {@code Money}
 * always names its {@link RoundingMode} ({@link BigMoney#rounded(RoundingMode)}). Nothing here rounds implicitly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

    /** Zero yuan. */
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    /** What {@link #parse} accepts, compiled once (every money string of every request is parsed). */
    private static final Pattern TEXT = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Obtains an amount from a decimal with at most two decimals. Nothing is rounded: a decimal with fractions of a
     * fen ({@code 1.005}) is refused, as is any double turned into a decimal ({@code BigDecimal.valueOf(1.005)}); round
     * first, naming the rounding ({@link BigMoney#rounded}).
     *
     * @param amount  the amount in yuan, not null, with scale at most 2 after stripping trailing zeros
     * @return the amount, never null
     * @throws InvalidMoneyException if the amount has fractions of a fen
     */
    public static Money of(BigDecimal amount) {
        return of(amount, null);
    }

    /**
     * As {@link #of(BigDecimal)}, naming where the amount came from in the error.
     *
     * @param amount  the amount in yuan, not null, with scale at most 2 after stripping trailing zeros
     * @param source  where the amount came from (a JSON path, a parameter, a rule), for the error; may be null
     * @return the amount, never null
     * @throws InvalidMoneyException if the amount has fractions of a fen
     */
    public static Money of(BigDecimal amount, String source) {
        Objects.requireNonNull(amount, "amount");
        try {
            return new Money(amount.setScale(2, RoundingMode.UNNECESSARY));
        } catch (ArithmeticException e) {
            throw new InvalidMoneyException(amount.toString(), source,
                    "it has fractions of a fen (at most two decimals; round it first, naming the rounding)");
        }
    }

    /**
     * Obtains an amount from a whole number of yuan.
     *
     * @param yuan  the whole yuan
     * @return the amount, never null
     */
    public static Money ofYuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan).setScale(2));
    }

    /**
     * Parses an amount written as digits with at most two decimals and an optional leading minus
     * ({@code "300"}, {@code "300.5"}, {@code "-1.25"}).
     *
     * @param text  the text, not null
     * @return the amount, never null
     * @throws InvalidMoneyException if the text is not such an amount
     */
    public static Money parse(String text) {
        return parse(text, null);
    }

    /**
     * As {@link #parse(String)}, naming where the text came from in the error.
     *
     * @param text    the text, not null
     * @param source  where the text came from (a JSON path, a parameter, a file and line), for the error; may be null
     * @return the amount, never null
     * @throws InvalidMoneyException if the text is not such an amount
     */
    public static Money parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        if (!TEXT.matcher(text).matches()) {
            throw new InvalidMoneyException(text, source, "expected digits with at most two decimals");
        }
        return new Money(new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY));
    }

    /** @return the amount as a decimal of scale 2, never null */
    public BigDecimal amount() {
        return amount;
    }

    /** @return this amount as an exact {@link BigMoney}, never null */
    public BigMoney exact() {
        return BigMoney.of(amount);
    }

    /**
     * @param other  the amount to add, not null
     * @return the exact sum, never null
     */
    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /**
     * @param other  the amount to subtract, not null
     * @return the exact difference (may be negative), never null
     */
    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /**
     * @param factor  the factor, not null
     * @return the exact, unrounded product, never null
     */
    public BigMoney times(BigDecimal factor) {
        return BigMoney.of(amount.multiply(factor));
    }

    /**
     * @param factor  a whole factor such as a number of people or months
     * @return the exact product, never null
     */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    /** @return true if this amount is zero */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** @return true if this amount is greater than zero */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** @return true if this amount is below zero */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * @param other  the amount to compare with, not null
     * @return the larger of the two, never null
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** @return the amount as plain digits with exactly two decimals, e.g. {@code "335.00"} */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
