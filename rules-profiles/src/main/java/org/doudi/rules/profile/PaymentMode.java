package org.doudi.rules.profile;

/** How a unit's amount is computed (policy §8). */
public enum PaymentMode {
    /** 补差: S × n − net. */
    GAP,
    /** Gansu rural: payment.perPerson[category] × n. */
    CATEGORY_FIXED,
    /** 分档补差: max(S × n − net, payment.floorRatio[category] × S × n), capped at S × n. */
    GRADED_GAP
}
