package org.doudi.rules.sampling;

/**
 * A case of the batch that is not in the population sampled, by its position in the batch (never by its case id,
 * which may hold an identifier). This class is immutable and thread-safe.
 *
 * @param index   the position of the case in the batch as given (0-based)
 * @param reason  why it is left out, not null
 */
public record LeftOut(int index, Reason reason) {

    /** Why a case is left out of the population sampled. */
    public enum Reason {
        /** The request was invalid. */
        INVALID,
        /** The profile could not decide the request. */
        MISCONFIGURED,
        /** Its case id occurs more than once in the batch: every such case is left out. */
        DUPLICATE_CASE_ID,
        /** Sampling before approval: not an {@code APPLICATION}. */
        NOT_APPLICATION,
        /** Sampling before approval: an application not decided {@code ELIGIBLE}. */
        NOT_ELIGIBLE,
        /** Sampling of enrolled cases: not a {@code REVIEW}. */
        NOT_REVIEW,
        /** Sampling of enrolled cases: a review decided neither {@code ELIGIBLE} nor {@code PHASE_OUT}. */
        NOT_STILL_PAID
    }
}
