package org.doudi.rules.api.screening;

/**
 * Receives what a screening produces, as it is produced: registry problems while the registries are read,
 * candidates while the monitored-households registry is streamed, then one result per case in input order. Called on
 * the thread that runs the screening, one call at a time.
 */
public interface ScreeningListener {

    /**
     * A case was screened (or found invalid or misconfigured). Results come in input order.
     *
     * @param result  the result, not null
     */
    void screened(ScreeningResult result);

    /**
     * A registry row could not be read; it is skipped.
     *
     * @param problem  the problem, identifiers masked, not null
     */
    default void registryProblem(RegistryProblem problem) {
    }

    /**
     * A missed-coverage candidate, in registry order.
     *
     * @param candidate  the candidate, not null
     */
    default void candidate(Candidate candidate) {
    }
}
