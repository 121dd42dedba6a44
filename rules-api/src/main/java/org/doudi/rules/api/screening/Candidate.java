package org.doudi.rules.api.screening;

import java.util.Objects;

/**
 * A missed-coverage candidate (漏保): a monitored person at risk through illness or disability whom no case of the
 * caseload covers. For a home visit, not a decision.
 *
 * <p>Only the masked ID number is held (all but the last four characters replaced by {@code *}). This class is
 * immutable and thread-safe.
 *
 * @param householdId     the monitored household's id as given in the registry (the caller's key), not null
 * @param risk            the recorded risk, {@code ILLNESS} or {@code DISABILITY}, not null
 * @param maskedIdNumber  the person's ID number, masked, not null
 * @param line            the line of the row in {@code monitored.csv}
 */
public record Candidate(String householdId, MonitoredRisk risk, String maskedIdNumber, long line) {

    /** The code of every candidate. */
    public static final String CODE = "MONITORED_NOT_COVERED";

    /**
     * Checks for nulls.
     *
     * @param householdId  the monitored household's id as given in the registry (the caller's key), not null
     * @param risk  the recorded risk, {@code ILLNESS} or {@code DISABILITY}, not null
     * @param maskedIdNumber  the person's ID number, masked, not null
     * @param line  the line of the row in {@code monitored.csv}
     */
    public Candidate {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(maskedIdNumber, "maskedIdNumber");
    }

    /** @return {@link #CODE} */
    public String code() {
        return CODE;
    }
}
