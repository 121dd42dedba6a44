package org.doudi.rules.drools.facts;

import java.time.LocalDate;

import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HouseholdFlag;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.Residence;

/**
 * The case as a whole, as the rules see it: kind, date, residence, poverty-alleviation flags, assets and the review
 * meeting's category. One per decision. Immutable.
 */
public final class Household {

    private final EvaluationRequest request;

    /**
     * @param request  the validated request, not null
     */
    public Household(EvaluationRequest request) {
        this.request = request;
    }

    public EvaluationRequest getRequest() { return request; }
    public Kind getKind() { return request.kind(); }
    public LocalDate getAsOf() { return request.asOf(); }
    public Residence getResidence() { return request.residence(); }
    public Assets getAssets() { return request.assets(); }
    public Integer getCategoryOverride() { return request.categoryOverride(); }

    /** @return the enrollment of a REVIEW or VOLUNTARY_EXIT, null for an APPLICATION */
    public Enrollment getEnrollment() { return request.enrollment(); }

    /** @return true unless the household asks to leave: only then may rules cover anyone */
    public boolean isSeekingCoverage() {
        return request.kind() != Kind.VOLUNTARY_EXIT;
    }

    /** @return true if registered (建档立卡): REGISTERED_POOR or OUT_OF_POVERTY */
    public boolean isRegistered() {
        return request.isRegistered();
    }

    /** @return true if not yet out of poverty (未脱贫): REGISTERED_POOR */
    public boolean isNotYetOutOfPoverty() {
        return request.has(HouseholdFlag.REGISTERED_POOR);
    }

    @Override
    public String toString() {
        return "Household[" + request.kind() + " " + request.asOf() + "]";
    }
}
