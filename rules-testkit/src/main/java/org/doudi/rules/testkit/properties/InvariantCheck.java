package org.doudi.rules.testkit.properties;

import java.util.Objects;

/**
 * What one invariant check did: it either applied (and held: a violation throws {@link AssertionError}) or its
 * precondition did not hold for the inputs (for example "both decisions cover the whole household"). Properties
 * collect these in jqwik statistics to see how often an invariant was really exercised.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invariant  the invariant's name, e.g. {@code "income monotonicity"}, not null
 * @param applied    true if the precondition held and the conclusion was checked
 * @param detail     a short label for statistics (e.g. {@code "GAP"}, {@code "not whole household"}), not null
 */
public record InvariantCheck(String invariant, boolean applied, String detail) {

    /** Checks for null. */
    public InvariantCheck {
        Objects.requireNonNull(invariant, "invariant");
        Objects.requireNonNull(detail, "detail");
    }

    static InvariantCheck applied(String invariant, String detail) {
        return new InvariantCheck(invariant, true, detail);
    }

    static InvariantCheck notApplicable(String invariant, String why) {
        return new InvariantCheck(invariant, false, why);
    }
}
