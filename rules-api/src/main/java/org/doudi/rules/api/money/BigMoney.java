package org.doudi.rules.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of yuan with as many decimals as the arithmetic needs: the type of intermediate figures
 * (policy §0: {@code 0.30 × 321.67 × 2 = 193.002} must not be rounded).
 *
 * <p>Comparisons are by value ({@code 1.5} equals {@code 1.50}). The only way back to a two-decimal {@link Money}
 * is {@link #rounded(RoundingMode)}, which names the rounding.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BigMoney implements Comparable<BigMoney> {

    /** Zero yuan. */
    public static final BigMoney ZERO = new BigMoney(BigDecimal.ZERO);

    private final BigDecimal amount;

    private BigMoney(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * @param amount  the exact amount in yuan, not null
     * @return the amount, never null
     */
    public static BigMoney of(BigDecimal amount) {
        return new BigMoney(Objects.requireNonNull(amount, "amount"));
    }

    /** @return the exact amount, never null */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * @param other  the amount to add, not null
     * @return the exact sum, never null
     */
    public BigMoney plus(BigMoney other) {
        return new BigMoney(amount.add(other.amount));
    }

    /**
     * @param other  the amount to add, not null
     * @return the exact sum, never null
     */
    public BigMoney plus(Money other) {
        return new BigMoney(amount.add(other.amount()));
    }

    /**
     * @param other  the amount to subtract, not null
     * @return the exact difference, never null
     */
    public BigMoney minus(BigMoney other) {
        return new BigMoney(amount.subtract(other.amount));
    }

    /**
     * @param other  the amount to subtract, not null
     * @return the exact difference, never null
     */
    public BigMoney minus(Money other) {
        return new BigMoney(amount.subtract(other.amount()));
    }

    /**
     * @param factor  the factor, not null
     * @return the exact product, never null
     */
    public BigMoney times(BigDecimal factor) {
        return new BigMoney(amount.multiply(factor));
    }

    /**
     * @param factor  a whole factor such as a number of people or months
     * @return the exact product, never null
     */
    public BigMoney times(long factor) {
        return new BigMoney(amount.multiply(BigDecimal.valueOf(factor)));
    }

    /** @return the larger of this and zero, never null */
    public BigMoney atLeastZero() {
        return amount.signum() < 0 ? ZERO : this;
    }

    /**
     * @param other  the amount to compare with, not null
     * @return the larger of the two, never null
     */
    public BigMoney max(BigMoney other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * @param other  the amount to compare with, not null
     * @return the smaller of the two, never null
     */
    public BigMoney min(BigMoney other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * @param other  the amount, not null
     * @return true if this is strictly less than {@code other}
     */
    public boolean isLessThan(BigMoney other) {
        return compareTo(other) < 0;
    }

    /**
     * @param other  the amount, not null
     * @return true if this is less than or equal to {@code other}
     */
    public boolean isAtMost(BigMoney other) {
        return compareTo(other) <= 0;
    }

    /**
     * @param other  the amount, not null
     * @return true if this is strictly greater than {@code other}
     */
    public boolean isGreaterThan(BigMoney other) {
        return compareTo(other) > 0;
    }

    /** @return true if this amount is greater than zero */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Rounds to two decimals: the explicit step from an exact figure to a {@link Money}.
     *
     * @param mode  the rounding mode, not null
     * @return the rounded amount, never null
     */
    public Money rounded(RoundingMode mode) {
        return Money.of(amount.setScale(2, mode));
    }

    /**
     * Rounds to a whole number of yuan.
     *
     * @param mode  the rounding mode, not null
     * @return the rounded amount, never null
     */
    public Money roundedToYuan(RoundingMode mode) {
        return Money.of(amount.setScale(0, mode));
    }

    @Override
    public int compareTo(BigMoney other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BigMoney m && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    /** @return the exact amount as plain digits */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
