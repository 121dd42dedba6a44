package org.doudi.rules.sampling;

/**
 * Which cases of a batch county sampling draws from (入户抽查).
 */
public enum Population {
    /**
     * Before approval: the {@code APPLICATION}s decided {@code ELIGIBLE} (the cases proposed for approval). A case
     * with a mandatory home visit (near relatives of staff) is always selected.
     */
    APPLICATIONS,
    /**
     * Enrolled cases ({@code sample --enrolled}): the {@code REVIEW}s decided {@code ELIGIBLE} or {@code PHASE_OUT},
     * i.e. the households still paid. A case whose decision requires filing (near relatives of staff) is always
     * selected.
     */
    ENROLLED
}
