package org.doudi.rules.api.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reason of a decision (policy §16): what a rule concluded, with the clause it implements and the figures used.
 *
 * @param code      the stable reason code, e.g. {@code INCOME_BELOW_STANDARD}, not null
 * @param ruleId    the id of the rule that produced it, not null
 * @param memberId  the member concerned, null when it concerns the household
 * @param clause    the document and article the rule implements, not null
 * @param figures   named figures: {@link org.doudi.rules.api.money.Money} amounts, counts and codes, in a stable
 *                  order; never null
 * @param message   the message in the requested language, not null
 */
public record Reason(String code, String ruleId, String memberId, String clause, Map<String, Object> figures,
                     String message) {

    /** Copies the figures, keeping their order. */
    public Reason {
        Objects.requireNonNull(code, "code");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
