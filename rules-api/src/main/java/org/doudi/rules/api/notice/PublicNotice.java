package org.doudi.rules.api.notice;

import java.util.List;
import java.util.Objects;

import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Masking;

/**
 * The public notice (公示) of one decision: exactly what may be published — the applicant's (head's) name, the
 * number of covered people, the monthly amount and the notice period(s) — and nothing else: never an ID, phone or
 * account number, never the name of a minor (a head younger than {@code single.adultAge} is shown as "户主（未成年）").
 * A decision whose outcome is not {@code ELIGIBLE} has nothing to publish.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param caseId         the case id as given (the caller's key, for joining; never printed in the notice text)
 * @param outcome        the decision's outcome, not null
 * @param headName       the head's name as it may be published (identifiers masked), null when the head is a minor
 *                       or has no name, or when nothing is published
 * @param headIsMinor    true when the head is younger than {@code single.adultAge}
 * @param coveredPeople  the number of covered people, 0 when nothing is published
 * @param monthlyAmount  the monthly amount, null when nothing is published
 * @param periods        the notice periods (one or two), empty when nothing is published
 */
public record PublicNotice(String caseId, Outcome outcome, String headName, boolean headIsMinor, int coveredPeople,
                           Money monthlyAmount, List<NoticePeriod> periods) {

    /**
     * Checks for nulls, masks identifiers in the name, copies the list.
     *
     * @param caseId  the case id as given (the caller's key, for joining; never printed in the notice text)
     * @param outcome  the decision's outcome, not null
     * @param headName  the head's name as it may be published (identifiers masked), null when the head is a minor or has no name, or when nothing is published
     * @param headIsMinor  true when the head is younger than {@code single.adultAge}
     * @param coveredPeople  the number of covered people, 0 when nothing is published
     * @param monthlyAmount  the monthly amount, null when nothing is published
     * @param periods  the notice periods (one or two), empty when nothing is published
     */
    public PublicNotice {
        Objects.requireNonNull(outcome, "outcome");
        headName = headIsMinor ? null : Masking.scrub(headName);
        periods = List.copyOf(periods);
    }

    /** @return true if the notice is to be published (outcome {@code ELIGIBLE}) */
    public boolean publishable() {
        return outcome == Outcome.ELIGIBLE;
    }
}
