package org.doudi.rules.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every parameter the profile files may set, each declared once ({@link ParameterSpec}: dotted name, kind, unit,
 * policy area, Chinese and English description, optional or required, allowed values and limits). The profile loader
 * reads and checks values by these declarations; {@code doudi profiles show} and {@code doudi profiles params} print
 * them; the parameter table of {@code docs/analysts/profiles.md} is generated from them. Read-only and thread-safe.
 */
public final class ParameterCatalog {

    private static final List<ParameterSpec> ALL = Arrays.stream(ParameterDef.values()).map(d -> d.spec).toList();

    private ParameterCatalog() {
    }

    /** @return every parameter, in table order, unmodifiable, never null */
    public static List<ParameterSpec> all() {
        return ALL;
    }

    /** @return every dotted parameter name, in table order, unmodifiable, never null */
    public static List<String> keys() {
        return ParameterDef.keys();
    }

    /**
     * @param key  a dotted parameter name, e.g. {@code edge.multiplier}, not null
     * @return its declaration, empty when no parameter has that name
     */
    public static Optional<ParameterSpec> byKey(String key) {
        return ParameterDef.byKey(key).map(d -> d.spec);
    }

    /**
     * @param area  a policy area, not null
     * @return the parameters of the area, in table order, never null
     */
    public static List<ParameterSpec> inArea(PolicyArea area) {
        return ALL.stream().filter(s -> s.area() == area).toList();
    }

    /**
     * "Did you mean": the parameter name closest to a misspelt one.
     *
     * @param given    the name as given, not null
     * @param english  true for the English hint
     * @return {@code " (did you mean 'x'?)"} / {@code "（是否想写 x？）"}, or the empty string when none is close
     */
    public static String suggestion(String given, boolean english) {
        return DidYouMean.hint(given, keys(), english);
    }
}
