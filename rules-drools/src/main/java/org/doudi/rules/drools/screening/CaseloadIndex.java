package org.doudi.rules.drools.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.doudi.rules.api.request.EvaluationRequest;

/**
 * What the first reading of a caseload keeps: every distinct ID number of a listed member or card holder, which cases
 * cover it ({@code enrollment.coveredMembers}) and on how many cards it is the holder ({@link CaseKeys}, case by
 * case). Memory grows with the number of distinct ID numbers only. Not thread-safe while being built; read-only
 * afterwards.
 */
final class CaseloadIndex {

    /** What is known of one ID number. */
    private static final class Entry {
        /** The covering cases: null, one CaseRef, or a list of them. */
        Object covers;
        int cards;
        boolean listed;
    }

    private final Map<String, Entry> ids = new HashMap<>();
    private long cases;

    /**
     * Adds the next case of the caseload.
     *
     * @param line     its line, 0 when unknown
     * @param request  the request as read (valid or not), not null
     */
    void add(long line, EvaluationRequest request) {
        CaseRef ref = new CaseRef(cases++, line, request.caseId());
        for (CaseKeys.Key k : CaseKeys.of(request).keys()) {
            Entry e = ids.computeIfAbsent(k.key(), key -> new Entry());
            e.listed |= k.listed();
            if (k.covered()) {
                cover(e, ref);
            }
            e.cards += k.cards();
        }
    }

    /** Adds a covering case; {@link CaseKeys} gives each key once per case, so no case comes twice. */
    @SuppressWarnings("unchecked")
    private static void cover(Entry e, CaseRef ref) {
        if (e.covers == null) {
            e.covers = ref;
        } else if (e.covers instanceof CaseRef first) {
            List<CaseRef> all = new ArrayList<>(2);
            all.add(first);
            all.add(ref);
            e.covers = all;
        } else {
            ((List<CaseRef>) e.covers).add(ref);
        }
    }

    /** @return the number of cases added */
    long cases() {
        return cases;
    }

    /**
     * @param key  an ID number key ({@link IdNumbers#key}), not null
     * @return true if a listed member of some case has this ID number
     */
    boolean isListed(String key) {
        Entry e = ids.get(key);
        return e != null && e.listed;
    }

    /**
     * @param key  an ID number key, not null
     * @return true if some case covers this ID number
     */
    boolean isCovered(String key) {
        Entry e = ids.get(key);
        return e != null && e.covers != null;
    }

    /**
     * @param key  an ID number key, not null
     * @return the cases covering it, in caseload order, never null
     */
    @SuppressWarnings("unchecked")
    List<CaseRef> coveringCases(String key) {
        Entry e = ids.get(key);
        if (e == null || e.covers == null) {
            return List.of();
        }
        return e.covers instanceof CaseRef one ? List.of(one) : List.copyOf((List<CaseRef>) e.covers);
    }

    /**
     * @param key  an ID number key, not null
     * @return the number of cards in the caseload with this holder
     */
    int cardsHeld(String key) {
        Entry e = ids.get(key);
        return e == null ? 0 : e.cards;
    }
}
