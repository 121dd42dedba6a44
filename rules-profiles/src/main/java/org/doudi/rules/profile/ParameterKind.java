package org.doudi.rules.profile;

/**
 * The shape of a parameter's value as written in a profile file ({@code value:} of an entry), and the Java type its
 * {@link Parameters} getter returns. Every number is non-negative; further limits are on the {@link ParameterSpec}.
 */
public enum ParameterKind {
    /** Yuan, a number with at most two decimals ({@code 335}, {@code 321.67}); Java {@code Money}. */
    MONEY("金额（元，至多两位小数）", "an amount in yuan, at most two decimals"),
    /** A number ({@code 1.5}); Java {@code BigDecimal}. */
    DECIMAL("数值", "a number"),
    /** A whole number ({@code 24}); Java {@code int}. */
    INT("整数", "a whole number"),
    /** {@code true} or {@code false}; Java {@code boolean}. */
    BOOL("开关（true / false）", "a switch (true / false)"),
    /** One name of {@link ParameterSpec#allowedValues()} ({@code GAP}); Java the enum constant or the name. */
    NAME("名称之一", "one name"),
    /** A list of names of {@link ParameterSpec#allowedValues()}, each at most once; Java an unmodifiable set. */
    NAMES("名称列表，每项至多一次", "a list of names, each at most once"),
    /** {@code {unit: YUAN|FEN, mode: CEILING|FLOOR|HALF_UP|HALF_EVEN|HALF_DOWN|UP|DOWN}}; Java {@link Rounding}. */
    ROUNDING("取整方式 {unit: YUAN 或 FEN, mode: CEILING、FLOOR、HALF_UP 等}",
            "a rounding {unit: YUAN or FEN, mode: CEILING, FLOOR, HALF_UP, ...}"),
    /** A mapping category 1–4 → yuan ({@code {1: 335, 2: 318}}); Java {@code Map<Integer, Money>}. */
    MONEY_BY_CATEGORY("按类别（1–4）的金额", "an amount per category (1–4)"),
    /** A mapping category 1–4 → number ({@code {1: 1.00, 2: 0.60}}); Java {@code Map<Integer, BigDecimal>}. */
    DECIMAL_BY_CATEGORY("按类别（1–4）的数值", "a number per category (1–4)"),
    /** A non-empty list of numbers ({@code [100, 50]}); Java {@code List<BigDecimal>}. */
    DECIMAL_LIST("数值列表（至少一项）", "a non-empty list of numbers"),
    /** A mapping {@code "1"}–{@code "4"} or {@code "default"} → yuan; Java {@code Map<String, Money>}. */
    MONEY_BY_KEY("按类别（\"1\"–\"4\"）或 \"default\"（无类别）的金额",
            "an amount per category (\"1\"–\"4\") or \"default\" (no category)"),
    /** A list of tiers {@code {grade: 1, types: [INTELLECTUAL, ...], amount: 100}}; Java {@code Map<NursingKey, Money>}. */
    NURSING("按残疾等级与类别的金额档 [{grade, types, amount}, ...]",
            "tiers of amounts by grade and type [{grade, types, amount}, ...]");

    private final String zh;
    private final String en;

    ParameterKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * @param english  true for English
     * @return how a value of this kind is written, in words, never null
     */
    public String description(boolean english) {
        return english ? en : zh;
    }
}
