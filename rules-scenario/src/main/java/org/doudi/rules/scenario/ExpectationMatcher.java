package org.doudi.rules.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.doudi.rules.profile.DidYouMean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import org.doudi.rules.api.validation.Bounds;

/**
 * Compares an {@code expect} tree with a decision tree (format: docs/analysts/write-a-scenario.md):
 * <ul>
 *   <li>only the fields the expectation names are compared; objects recursively by the keys given; a key given as
 *       {@code null} must be present with null (inside a {@code disabilitySubsidies} entry, an absent key means "not
 *       due", so {@code nursing: null} asks for "due, amount not configured");</li>
 *   <li>lists element by element, in order, and of equal length;</li>
 *   <li>scalars by their text as written: {@code 194.00} in YAML equals the money string {@code "194.00"} (but not
 *       {@code 194}), {@code 1} equals the category {@code 1}, {@code ELIGIBLE} the outcome {@code "ELIGIBLE"}.</li>
 * </ul>
 * Every difference is reported, at its path ({@code units[0].monthlyAmount}).
 *
 * <p>This class has no state and is thread-safe.
 */
public final class ExpectationMatcher {

    /** How an absent field is shown. */
    public static final String ABSENT = "(absent)";

    private ExpectationMatcher() {
    }

    /**
     * Compares an expectation with an actual tree.
     *
     * @param expected  the expected (partial) tree, not null
     * @param actual    the actual tree, e.g. {@code DoudiJson.toTree(decision)}, not null
     * @return every difference, in document order of the expectation; empty if the actual tree matches
     */
    public static List<ScenarioFailure> compare(JsonNode expected, JsonNode actual) {
        List<ScenarioFailure> failures = new ArrayList<>();
        compare("", expected, actual, failures);
        return failures;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<ScenarioFailure> failures) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                failures.add(ScenarioFailure.mismatch(path, show(expected), show(actual), "expected an object"));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                JsonNode a = actual.get(e.getKey());
                if (a == null) {
                    failures.add(ScenarioFailure.mismatch(child, show(e.getValue()), ABSENT,
                            misspelt(e.getKey(), actual)));
                } else {
                    compare(child, e.getValue(), a, failures);
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray()) {
                failures.add(ScenarioFailure.mismatch(path, show(expected), show(actual), "expected a list"));
                return;
            }
            if (expected.size() != actual.size()) {
                failures.add(ScenarioFailure.mismatch(path, show(expected), show(actual),
                        "expected " + expected.size() + " elements, found " + actual.size()));
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), failures);
            }
        } else if (expected.isNull()) {
            if (!actual.isNull()) {
                failures.add(ScenarioFailure.mismatch(path, "null", show(actual)));
            }
        } else if (actual.isNull() || actual.isContainerNode() || !text(expected).equals(text(actual))) {
            failures.add(ScenarioFailure.mismatch(path, show(expected), show(actual)));
        }
    }

    /**
     * For an expected field the actual object does not have: the field it most likely meant, as a "did you mean"
     * note, or null (a field absent from the decision, e.g. {@code phaseOut} where none applies, has no near name).
     */
    static String misspelt(String field, JsonNode actual) {
        List<String> names = new ArrayList<>();
        actual.fieldNames().forEachRemaining(names::add);
        return DidYouMean.closest(field, names).map(k -> "no field '" + field + "': did you mean '" + k + "'?")
                .orElse(null);
    }

    /**
     * The text of a scalar as written: a decimal with its scale and without exponent ({@code 194.00}), an integer,
     * a boolean, a string.
     *
     * @param scalar  a value node, not null
     * @return its text, never null
     */
    public static String text(JsonNode scalar) {
        if (scalar.isBigDecimal()) {
            BigDecimal value = scalar.decimalValue();
            // a number too long for any field (1e999999999) is shown in its short form, never written out
            return (long) value.precision() - value.scale() > Bounds.STRING_CODE_POINTS ? value.toString()
                    : value.toPlainString();
        }
        return scalar.asText();
    }

    /**
     * A value as a failure message shows it: compact JSON, scalars by their text as written ({@code 194.00} as
     * {@code "194.00"}), Chinese not escaped.
     *
     * @param node  the value, or null for an absent field
     * @return the text, never null
     */
    public static String show(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return ABSENT;
        }
        if (node.isBigDecimal() || node.isTextual()) {
            return new TextNode(text(node)).toString();
        }
        if (node.isContainerNode()) {
            return asWritten(node).toString();
        }
        return node.toString();
    }

    /** A copy of a tree with decimals as their written text, so that 194.00 shows as "194.00", not 194.0. */
    private static JsonNode asWritten(JsonNode node) {
        if (node.isBigDecimal()) {
            return new TextNode(text(node));
        }
        if (node.isObject()) {
            var copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), asWritten(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> copy.add(asWritten(e)));
            return copy;
        }
        return node;
    }
}
