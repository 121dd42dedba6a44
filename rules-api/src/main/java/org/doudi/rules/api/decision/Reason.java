package org.doudi.rules.api.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.doudi.rules.api.request.Masking;

/**
 * One reason of a decision (policy §16): what a rule concluded, with the clause it implements and the figures used.
 *
 * @param code      the stable reason code, e.g. {@code INCOME_BELOW_STANDARD}, not null
 * @param ruleId    the id of the rule that produced it, not null
 * @param memberId  the member concerned, null when it concerns the household
 * @param clause    the document and article the rule implements, not null
 * @param figures   named figures: {@link org.doudi.rules.api.money.Money} amounts, counts and codes, in a stable
 *                  order; never null
 * @param message   the message in the requested language, not null; masked by the one masking rule (policy §15):
 *                  names, member and staff ids and groups inside it lose any identifier they carry, while
 *                  {@code memberId} and the figures named by a caller's key ({@code staffId}, {@code applicantGroup})
 *                  echo the keys as given
 * @param sources   for each profile value the rule used, its value, effective date and source, in the order the rule
 *                  names them; empty when it used none; never null
 */
public record Reason(String code, String ruleId, String memberId, String clause, Map<String, Object> figures,
                     String message, List<ParameterSource> sources) {

    /**
     * Copies the figures, keeping their order, and the sources.
     *
     * @param code  the stable reason code, e.g. {@code INCOME_BELOW_STANDARD}, not null
     * @param ruleId  the id of the rule that produced it, not null
     * @param memberId  the member concerned, null when it concerns the household
     * @param clause  the document and article the rule implements, not null
     * @param figures  named figures: {@link org.doudi.rules.api.money.Money} amounts, counts and codes, in a stable order; never null
     * @param message  the message in the requested language, not null
     * @param sources  for each profile value the rule used, its value, effective date and source, in the order the rule names them; empty when it used none; never null
     */
    public Reason {
        Objects.requireNonNull(code, "code");
        message = Masking.scrub(message);
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * A reason that used no profile value.
     *
     * @param code      the stable reason code, not null
     * @param ruleId    the id of the rule that produced it
     * @param memberId  the member concerned, or null
     * @param clause    the document and article
     * @param figures   named figures, not null
     * @param message   the message
     */
    public Reason(String code, String ruleId, String memberId, String clause, Map<String, Object> figures,
                  String message) {
        this(code, ruleId, memberId, clause, figures, message, List.of());
    }
}
