package org.doudi.rules.drools.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.PaymentCard;

/**
 * The ID numbers of one case as the cross-case joins of a screening see them: each distinct ID number key
 * ({@code idNumber} trimmed and upper-cased; absent or malformed numbers are left out) of a listed member or of a card
 * holder, with how the case uses it. What the first reading of a caseload collects, case by case. Immutable.
 *
 * @param keys  one entry per distinct key, members' keys first (in member order), then card holders', never null
 */
public record CaseKeys(List<Key> keys) {

    /**
     * How one case uses one ID number.
     *
     * @param key      the ID number key, not null
     * @param listed   true if a listed member has it (registry rows of this key are joined to the caseload)
     * @param covered  true if such a member is covered ({@code enrollment.coveredMembers})
     * @param cards    the number of the case's payment cards with this holder ID number
     */
    public record Key(String key, boolean listed, boolean covered, int cards) {
    }

    /** Copies the list. */
    public CaseKeys {
        keys = List.copyOf(keys);
    }

    /**
     * @param request  a case as read (valid or not), not null
     * @return its ID number keys, never null
     */
    public static CaseKeys of(EvaluationRequest request) {
        Map<String, Key> keys = new LinkedHashMap<>();
        List<String> covered = request.enrollment() == null ? List.of() : request.enrollment().coveredMembers();
        for (Member m : request.members()) {
            String key = IdNumbers.key(m.idNumber());
            if (key != null) {
                boolean isCovered = m.id() != null && covered.contains(m.id());
                keys.merge(key, new Key(key, true, isCovered, 0),
                        (a, b) -> new Key(key, true, a.covered() || b.covered(), a.cards()));
            }
        }
        if (request.enrollment() != null) {
            for (PaymentCard card : request.enrollment().cards()) {
                String key = IdNumbers.key(card.holderIdNumber());
                if (key != null) {
                    keys.merge(key, new Key(key, false, false, 1),
                            (a, b) -> new Key(key, a.listed(), a.covered(), a.cards() + 1));
                }
            }
        }
        return new CaseKeys(Collections.unmodifiableList(new ArrayList<>(keys.values())));
    }

    /**
     * @param key  an ID number key
     * @return the number of the case's cards with this holder, 0 when none
     */
    public int cards(String key) {
        for (Key k : keys) {
            if (k.key().equals(key)) {
                return k.cards();
            }
        }
        return 0;
    }
}
