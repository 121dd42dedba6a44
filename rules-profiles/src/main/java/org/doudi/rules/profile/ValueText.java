package org.doudi.rules.profile;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.doudi.rules.api.request.DisabilityType;

/**
 * The text of a profile value as a decision's {@code sources} show it, and the names {@link Parameters#source} takes:
 * a parameter of the profile files, or a map-valued parameter followed by one key.
 *
 * <p>Money with two decimals, other numbers as written, switches {@code true}/{@code false}, names as they are; a
 * list or set as its elements joined by {@code ", "} (sets of names in the order the contract lists the names); a map
 * as {@code key: value} pairs joined by {@code ", "} (categories ascending, other keys in the profile's order); a rounding as unit and mode ({@code YUAN
 * CEILING}); a nursing key as {@code TYPE.grade}. Stateless.
 */
final class ValueText {

    private ValueText() {
    }

    /**
     * A resolved name: the parameter and, for one entry of a map, its key.
     *
     * @param def  the parameter, not null
     * @param key  the map key (Integer category, String key or NursingKey), or null for the whole value
     */
    record Name(ParameterDef def, Object key) {

        /**
         * @param value  the parameter's value in force, may be null
         * @return the whole value, or the entry of the key (null when absent)
         */
        Object valueIn(Object value) {
            if (key == null || value == null) {
                return value;
            }
            return ((Map<?, ?>) value).get(key);
        }
    }

    /**
     * @param name  a parameter name, possibly with a map key, not null
     * @return the resolved name, or null when it names no parameter (or no key of the parameter's kind)
     */
    static Name resolve(String name) {
        ParameterDef whole = ParameterDef.byKey(name).orElse(null);
        if (whole != null) {
            return new Name(whole, null);
        }
        for (ParameterDef def : ParameterDef.values()) {
            if (name.startsWith(def.key + ".")) {
                Object key = key(def, name.substring(def.key.length() + 1));
                return key == null ? null : new Name(def, key);
            }
        }
        return null;
    }

    private static Object key(ParameterDef def, String text) {
        switch (def.kind) {
            case MONEY_BY_CATEGORY, DECIMAL_BY_CATEGORY -> {
                return text.matches("[1-4]") ? Integer.valueOf(text) : null;
            }
            case MONEY_BY_KEY -> {
                return text.matches("[1-4]|default") ? text : null;
            }
            case NURSING -> {
                int dot = text.lastIndexOf('.');
                if (dot < 0 || !text.substring(dot + 1).matches("[1-4]")) {
                    return null;
                }
                try {
                    return new NursingKey(DisabilityType.valueOf(text.substring(0, dot)),
                            Integer.parseInt(text.substring(dot + 1)));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * @param value  a converted profile value (or one entry of it), may be null
     * @return its text, null for null
     */
    static String of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Rounding r) {
            return (r.wholeYuan() ? "YUAN " : "FEN ") + r.mode().name();
        }
        if (value instanceof NursingKey k) {
            return k.type().name() + "." + k.grade();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(ValueText::of).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> of(e.getKey()) + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return value.toString(); // Money (two decimals), Integer, Boolean, String
    }
}
