package org.doudi.rules.api.whatif;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import org.doudi.rules.api.request.Residence;

/**
 * The summary of a comparison: the totals over every case, and per profile and residence. Add each
 * {@link CaseComparison} once, in any order. Mutable; not thread-safe.
 */
public final class WhatIfSummary {

    /**
     * A group of cases: one profile and one residence.
     *
     * @param profile    the profile id (or region code, or null when unknown)
     * @param residence  the residence, or null when unknown
     */
    public record Group(String profile, Residence residence) {
    }

    private static final Comparator<Group> ORDER = Comparator
            .comparing(Group::profile, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Group::residence, Comparator.nullsLast(Comparator.naturalOrder()));

    private final WhatIfTotals total = new WhatIfTotals();
    private final Map<Group, WhatIfTotals> groups = new TreeMap<>(ORDER);

    /**
     * Adds one compared case.
     *
     * @param comparison  the case, not null
     * @return this summary
     */
    public WhatIfSummary add(CaseComparison comparison) {
        total.add(comparison);
        groups.computeIfAbsent(new Group(comparison.profile(), comparison.residence()), g -> new WhatIfTotals())
                .add(comparison);
        return this;
    }

    /** @return the totals over every case added, never null */
    public WhatIfTotals total() {
        return total;
    }

    /** @return the totals per profile and residence, sorted by profile then residence, unmodifiable, never null */
    public Map<Group, WhatIfTotals> groups() {
        return Collections.unmodifiableMap(groups);
    }
}
