package org.doudi.rules.profile;

/**
 * The unit of a parameter's value. {@link #symbol()} is what a profile file may write as the parameter's {@code unit:}
 * (a different unit there is a problem with file and line); {@link #NONE} is for switches, names and roundings.
 */
public enum ParameterUnit {
    /** Yuan per person per month (元/人·月): standards and amounts paid per person. */
    YUAN_PER_PERSON_MONTH("元/人·月", "yuan per person per month"),
    /** Yuan (元): a limit on a value or a capital. */
    YUAN("元", "yuan"),
    /** Months (月). */
    MONTHS("月", "months"),
    /** Days (天). */
    DAYS("天", "days"),
    /** Years of age (岁). */
    YEARS_OF_AGE("岁", "years of age"),
    /** Persons (人). */
    PERSONS("人", "persons"),
    /** Homes (套). */
    HOMES("套", "homes"),
    /** A number of times (次). */
    TIMES("次", "times"),
    /** A multiple of a figure (倍), e.g. of the standard. */
    MULTIPLE("倍", "multiple"),
    /** A share between 0 and 1 (比例). */
    RATIO("比例", "ratio"),
    /** Percent (%). */
    PERCENT("%", "percent"),
    /** No unit (无): switches, names, roundings. */
    NONE("无", "none");

    private final String symbol;
    private final String en;

    ParameterUnit(String symbol, String en) {
        this.symbol = symbol;
        this.en = en;
    }

    /** @return the Chinese symbol, as a profile file writes it ({@code 元/人·月}), never null */
    public String symbol() {
        return symbol;
    }

    /**
     * @param english  true for English
     * @return the unit in words ({@code 元/人·月} or {@code yuan per person per month}), never null
     */
    public String text(boolean english) {
        return english ? en : symbol;
    }
}
