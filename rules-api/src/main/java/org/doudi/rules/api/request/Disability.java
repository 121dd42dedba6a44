package org.doudi.rules.api.request;

/**
 * A disability of a member: type and grade (1 most severe, 4 least). Ignored by every rule unless the member holds a
 * certificate (policy §0).
 *
 * @param type   the type; null only in a request that fails validation
 * @param grade  the grade 1–4; null only in a request that fails validation
 */
public record Disability(DisabilityType type, Integer grade) {

    /** @return true for grade 1 or 2 ("severe" in policy §0) */
    public boolean isSevere() {
        return grade != null && grade <= 2;
    }

    /** @return true for an intellectual or mental disability */
    public boolean isIntellectualOrMental() {
        return type == DisabilityType.INTELLECTUAL || type == DisabilityType.MENTAL;
    }
}
