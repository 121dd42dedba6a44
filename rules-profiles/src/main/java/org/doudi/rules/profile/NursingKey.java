package org.doudi.rules.profile;

import org.doudi.rules.api.request.DisabilityType;

/**
 * The key of a nursing-subsidy amount: disability type and grade (policy §11).
 *
 * @param type   the disability type, not null
 * @param grade  the grade 1–4
 */
public record NursingKey(DisabilityType type, int grade) {
}
