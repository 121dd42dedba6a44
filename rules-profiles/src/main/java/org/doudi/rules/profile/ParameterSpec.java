package org.doudi.rules.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The declaration of one profile parameter, as the catalog ({@link ParameterCatalog}) holds it: what the loader reads
 * and checks, what the parameter explorer ({@code doudi profiles show}, {@code doudi profiles params}) prints, and what
 * the parameter table of {@code docs/analysts/profiles.md} is generated from.
 *
 * @param key            the dotted name used in profile files and in a decision's {@code sources}, e.g.
 *                       {@code edge.multiplier}; the {@link Parameters} getter is the same name in camel case
 *                       ({@code edgeMultiplier()})
 * @param kind           the shape of a value
 * @param unit           the unit of a value (for a map or list: of each amount or number in it)
 * @param area           the policy area that reads it
 * @param descriptionZh  what it means, in Chinese
 * @param descriptionEn  what it means, in English
 * @param optional       true if no value in force is allowed (the getter then returns null or an empty map); for
 *                       every other parameter a rule that needs a missing value stops with a configuration error
 * @param allowedValues  the names a {@link ParameterKind#NAME} or {@link ParameterKind#NAMES} value may use (for
 *                       {@link ParameterKind#NURSING}, the disability types of a tier); empty for other kinds
 * @param positive       true if a value must be greater than zero (else zero is allowed; no number is negative)
 * @param maximum        the largest value allowed for each number of the value, null when there is no limit
 * @param datesRequired  true if every entry needs {@code from:} (an undated value is not allowed)
 * @param yearlyAllowed  true if an entry may give a yearly amount ({@code yearly:}) instead of {@code value:}: it is
 *                       converted once, when the file is read, to yearly / 12 rounded HALF_UP to 0.01
 */
public record ParameterSpec(String key, ParameterKind kind, ParameterUnit unit, PolicyArea area, String descriptionZh,
                            String descriptionEn, boolean optional, List<String> allowedValues, boolean positive,
                            BigDecimal maximum, boolean datesRequired, boolean yearlyAllowed) {

    /** Checks for null and copies the list. */
    public ParameterSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(descriptionZh, "descriptionZh");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        allowedValues = List.copyOf(allowedValues);
    }

    /**
     * @param english  true for English
     * @return the description in that language, never null
     */
    public String description(boolean english) {
        return english ? descriptionEn : descriptionZh;
    }

    /**
     * How a value is written, in words: kind, unit, limits, allowed names, and whether it may be left unset, e.g.
     * {@code 数值；单位：比例；不大于 1；必需} / {@code a number; unit: ratio; at most 1; required}.
     *
     * @param english  true for English
     * @return the text, never null
     */
    public String valueDescription(boolean english) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        parts.add(kind.description(english));
        if (unit != ParameterUnit.NONE) {
            parts.add((english ? "unit: " : "单位：") + unit.text(english));
        }
        if (!allowedValues.isEmpty()) {
            parts.add((kind == ParameterKind.NURSING ? (english ? "types: " : "残疾类别：") : (english ? "names: " : "可用名称："))
                    + String.join(", ", allowedValues));
        }
        if (positive) {
            parts.add(english ? "greater than 0" : "大于 0");
        }
        if (maximum != null) {
            parts.add((english ? "at most " : "不大于 ") + maximum.toPlainString());
        }
        if (datesRequired) {
            parts.add(english ? "every entry dated (from:)" : "每项须写日期（from:）");
        }
        if (yearlyAllowed) {
            parts.add(english ? "a yearly amount may be given as yearly:" : "可写按年金额 yearly:");
        }
        parts.add(optional ? (english ? "optional" : "可不设") : (english ? "required" : "必需"));
        return String.join(english ? "; " : "；", parts);
    }

    /**
     * @return the name of the {@link Parameters} getter that returns the value in force: the key in camel case
     *         ({@code assets.vehicleValueCap} → {@code assetsVehicleValueCap})
     */
    public String getterName() {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '.') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
