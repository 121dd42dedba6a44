package org.doudi.rules.api.decision;

import java.util.Objects;

import org.doudi.rules.api.money.Money;

/**
 * The two disability subsidies (残疾人两项补贴) of one member: due in a decision, or paid in an enrollment.
 *
 * <p>In JSON an absent key means "not due" and {@code null} means "due, amount not configured" (the JSON contract). Here
 * {@code livingDue}/{@code nursingDue} say whether the subsidy is present and {@code living}/{@code nursing} hold the
 * amount, null when not configured.
 *
 * @param memberId    the member's id, not null
 * @param livingDue   true if the living subsidy is present
 * @param living      its monthly amount, null when not due or not configured
 * @param nursingDue  true if the nursing subsidy is present
 * @param nursing     its monthly amount, null when not due or not configured
 */
public record DisabilitySubsidy(String memberId, boolean livingDue, Money living, boolean nursingDue, Money nursing) {

    /**
     * Checks that an amount is given only for a subsidy that is present.
     *
     * @param memberId  the member's id, not null
     * @param livingDue  true if the living subsidy is present
     * @param living  its monthly amount, null when not due or not configured
     * @param nursingDue  true if the nursing subsidy is present
     * @param nursing  its monthly amount, null when not due or not configured
     */
    public DisabilitySubsidy {
        Objects.requireNonNull(memberId, "memberId");
        if (!livingDue && living != null || !nursingDue && nursing != null) {
            throw new IllegalArgumentException("an amount is given for a subsidy that is not due");
        }
    }
}
