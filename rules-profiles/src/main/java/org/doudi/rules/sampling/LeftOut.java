package org.doudi.rules.sampling;

/**
 * A case of the batch that is not proposed for approval, by its position in the batch (never by its case id, which
 * may hold an identifier). This class is immutable and thread-safe.
 *
 * @param index   the position of the case in the batch as given (0-based)
 * @param reason  why it is left out, not null
 */
public record LeftOut(int index, Reason reason) {

    /** Why a case is left out of the cases proposed for approval. */
    public enum Reason {
        /** The request was invalid. */
        INVALID,
        /** The profile could not decide the request. */
        MISCONFIGURED,
        /** Its case id occurs more than once in the batch: every such case is left out. */
        DUPLICATE_CASE_ID,
        /** Not an {@code APPLICATION}. */
        NOT_APPLICATION,
        /** An application not decided {@code ELIGIBLE}. */
        NOT_ELIGIBLE
    }
}
