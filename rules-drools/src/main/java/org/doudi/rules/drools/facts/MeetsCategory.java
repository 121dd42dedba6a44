package org.doudi.rules.drools.facts;

import java.util.List;

/**
 * Derived: a covered unit meets the definition of a category on a named basis; the lowest number met applies. Each
 * basis is its own fact, so every rule that places a unit in a category stands in the explanation.
 *
 * @param coveredUnit  the unit, not null
 * @param category     1–4
 * @param basis        which part of the definition is met, e.g. SEVERE_DISABILITY_OR_ILLNESS
 * @param parameters   the profile values the definition used (e.g. {@code category.rigidShare}), named for the
 *                     reason that assigns the category; never null
 */
public record MeetsCategory(CoveredUnit coveredUnit, int category, String basis, List<String> parameters) {

    /** Copies the list. */
    public MeetsCategory {
        parameters = List.copyOf(parameters);
    }

    /**
     * @param coveredUnit  the unit, not null
     * @param category     1–4
     * @param basis        which part of the definition is met
     * @param parameters   the profile values the definition used, if any
     */
    public MeetsCategory(CoveredUnit coveredUnit, int category, String basis, String... parameters) {
        this(coveredUnit, category, basis, List.of(parameters));
    }
}
