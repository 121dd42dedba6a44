package org.doudi.rules.api.screening;

import java.util.Objects;

import org.doudi.rules.api.request.Masking;

/**
 * One finding of a screened case: what is wrong, about which member, in words a caseworker can act on, and the rule
 * and clause that found it.
 *
 * <p>{@code detail} never holds an unmasked ID, phone or account number: it is scrubbed on construction
 * ({@link Masking#scrub}). {@code memberId} is the caller's key, echoed as given. This class is immutable and
 * thread-safe.
 *
 * @param code      the finding code, not null
 * @param memberId  the member concerned as given in the request, null for the case or a card
 * @param detail    readable Chinese (or English) detail, not null
 * @param ruleId    the id of the screening rule that found it, not null
 * @param clause    the document and section the rule implements, not null
 */
public record Finding(FindingCode code, String memberId, String detail, String ruleId, String clause) {

    /**
     * Checks for nulls and masks identifiers in the detail.
     *
     * @param code  the finding code, not null
     * @param memberId  the member concerned as given in the request, null for the case or a card
     * @param detail  readable Chinese (or English) detail, not null
     * @param ruleId  the id of the screening rule that found it, not null
     * @param clause  the document and section the rule implements, not null
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        detail = Masking.scrub(Objects.requireNonNull(detail, "detail"));
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(clause, "clause");
    }
}
