package org.doudi.rules.api.decision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a figure of a reason comes from: one profile value the rule used, with the date its entry took effect and the
 * source written beside it in the profile data (a 文号 or title, "assumed: ..." or "setting: ..."). An analyst can then
 * answer "which document set this 610?" from the decision alone.
 *
 * <p>{@code value} is the value in force as text: money with two decimals ({@code "610.00"}), other numbers as
 * written ({@code "1.5"}, {@code "24"}), switches {@code "true"}/{@code "false"}, names as they are ({@code
 * "GAP"}, {@code "national-2021"}); a list as its elements joined by {@code ", "} ({@code "EMPLOYMENT,
 * FLEXIBLE_WORK"}; a set of names in the order the contract lists the names); a map as {@code key: value} pairs
 * joined by {@code ", "} ({@code "1: 399.00, 2: 378.00"}); a rounding as unit and mode ({@code "YUAN CEILING"}). A rule that uses one entry of
 * a map names the entry: {@code payment.perPerson.2} with value {@code "378.00"}, {@code disability.living.default},
 * {@code disability.nursing.PHYSICAL.1}. {@code value} is null where the profile has no value in force (never given,
 * or ended by a dated null), {@code from} is null for an undated value (one that holds for all dates), and {@code
 * source} is null only where the profile has no entry at all.
 *
 * @param parameter  the parameter's dotted name as in the profile files, with the map key of an entry; not null
 * @param value      the value in force as text, or null
 * @param from       the first day the entry is in force, or null for an undated entry
 * @param source     the source as written in the profile data, or null
 */
public record ParameterSource(String parameter, String value, LocalDate from, String source) {

    /**
     * Checks the name.
     *
     * @param parameter  the parameter's dotted name as in the profile files, with the map key of an entry; not null
     * @param value  the value in force as text, or null
     * @param from  the first day the entry is in force, or null for an undated entry
     * @param source  the source as written in the profile data, or null
     */
    public ParameterSource {
        Objects.requireNonNull(parameter, "parameter");
    }
}
