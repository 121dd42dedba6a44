package org.doudi.rules.api.request;

import java.time.LocalDate;
import java.util.List;

/**
 * One case to decide: the request of the JSON contract.
 *
 * <p>Lists are never null (omitted lists are empty) and {@code assets} is never null ({@link Assets#NONE} when
 * omitted). Fields that the JSON contract requires may be null here only in a request that fails validation. Build one with
 * {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param caseId            the caller's key, echoed in the decision; required
 * @param kind              the evaluation kind; required
 * @param region            the 6-digit region code; required unless {@code profile} is given
 * @param profile           the profile id; required unless {@code region} is given
 * @param asOf              the assessment date; required
 * @param residence         urban or rural; required
 * @param flags             household flags, never null
 * @param members           the listed members, never null (at least one, exactly one HEAD)
 * @param assets            the household's assets, never null
 * @param enrollment        the current enrollment; required for REVIEW and VOLUNTARY_EXIT
 * @param categoryOverride  the category set by the township's review meeting (1–4), may be null
 * @param bonusMonths       months of the voluntary-exit grant, may be null
 * @param bridgeMonths      months of temporary assistance, may be null
 * @param staffRelations    declared relations to staff, never null
 * @param caseWorkers       the case workers, never null
 * @param homeVisitTeam     staff ids of the home-visit team, never null
 * @param reviewPanel       the democratic review panel, may be null
 */
public record EvaluationRequest(String caseId, Kind kind, String region, String profile, LocalDate asOf,
                                Residence residence, List<HouseholdFlag> flags, List<Member> members, Assets assets,
                                Enrollment enrollment, Integer categoryOverride, Integer bonusMonths,
                                Integer bridgeMonths, List<StaffRelation> staffRelations, List<CaseWorker> caseWorkers,
                                List<String> homeVisitTeam, ReviewPanel reviewPanel) {

    /**
     * Applies the defaults of the JSON contract to omitted values.
     *
     * @param caseId  the caller's key, echoed in the decision; required
     * @param kind  the evaluation kind; required
     * @param region  the 6-digit region code; required unless {@code profile} is given
     * @param profile  the profile id; required unless {@code region} is given
     * @param asOf  the assessment date; required
     * @param residence  urban or rural; required
     * @param flags  household flags, never null
     * @param members  the listed members, never null (at least one, exactly one HEAD)
     * @param assets  the household's assets, never null
     * @param enrollment  the current enrollment; required for REVIEW and VOLUNTARY_EXIT
     * @param categoryOverride  the category set by the township's review meeting (1–4), may be null
     * @param bonusMonths  months of the voluntary-exit grant, may be null
     * @param bridgeMonths  months of temporary assistance, may be null
     * @param staffRelations  declared relations to staff, never null
     * @param caseWorkers  the case workers, never null
     * @param homeVisitTeam  staff ids of the home-visit team, never null
     * @param reviewPanel  the democratic review panel, may be null
     */
    public EvaluationRequest {
        flags = flags == null ? List.of() : List.copyOf(flags);
        members = members == null ? List.of() : List.copyOf(members);
        assets = assets == null ? Assets.NONE : assets;
        staffRelations = staffRelations == null ? List.of() : List.copyOf(staffRelations);
        caseWorkers = caseWorkers == null ? List.of() : List.copyOf(caseWorkers);
        homeVisitTeam = homeVisitTeam == null ? List.of() : List.copyOf(homeVisitTeam);
    }

    /**
     * A builder whose every field is at the JSON contract's default: the values of a JSON request that gives no field
     * (required fields, {@code kind} among them, are null until set).
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values, never null */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @param flag  a household flag, not null
     * @return true if the household has it
     */
    public boolean has(HouseholdFlag flag) {
        return flags.contains(flag);
    }

    /** @return true if the household is registered (建档立卡: REGISTERED_POOR or OUT_OF_POVERTY) */
    public boolean isRegistered() {
        return has(HouseholdFlag.REGISTERED_POOR) || has(HouseholdFlag.OUT_OF_POVERTY);
    }

    /** A mutable builder of {@link EvaluationRequest}; not thread-safe. */
    public static final class Builder {
        private String caseId;
        private Kind kind;
        private String region;
        private String profile;
        private LocalDate asOf;
        private Residence residence;
        private List<HouseholdFlag> flags = List.of();
        private List<Member> members = List.of();
        private Assets assets = Assets.NONE;
        private Enrollment enrollment;
        private Integer categoryOverride;
        private Integer bonusMonths;
        private Integer bridgeMonths;
        private List<StaffRelation> staffRelations = List.of();
        private List<CaseWorker> caseWorkers = List.of();
        private List<String> homeVisitTeam = List.of();
        private ReviewPanel reviewPanel;

        private Builder() {
        }

        private Builder(EvaluationRequest r) {
            caseId = r.caseId; kind = r.kind; region = r.region; profile = r.profile; asOf = r.asOf;
            residence = r.residence; flags = r.flags; members = r.members; assets = r.assets;
            enrollment = r.enrollment; categoryOverride = r.categoryOverride; bonusMonths = r.bonusMonths;
            bridgeMonths = r.bridgeMonths; staffRelations = r.staffRelations; caseWorkers = r.caseWorkers;
            homeVisitTeam = r.homeVisitTeam; reviewPanel = r.reviewPanel;
        }

        /**
         * @param v  the caller's key, echoed in the decision; required
         * @return this builder
         */
        public Builder caseId(String v) { caseId = v; return this; }
        /**
         * @param v  the evaluation kind; required
         * @return this builder
         */
        public Builder kind(Kind v) { kind = v; return this; }
        /**
         * @param v  the 6-digit region code; required unless {@code profile} is given
         * @return this builder
         */
        public Builder region(String v) { region = v; return this; }
        /**
         * @param v  the profile id; required unless {@code region} is given
         * @return this builder
         */
        public Builder profile(String v) { profile = v; return this; }
        /**
         * @param v  the assessment date; required
         * @return this builder
         */
        public Builder asOf(LocalDate v) { asOf = v; return this; }
        /**
         * @param v  urban or rural; required
         * @return this builder
         */
        public Builder residence(Residence v) { residence = v; return this; }
        /**
         * @param v  household flags, never null
         * @return this builder
         */
        public Builder flags(List<HouseholdFlag> v) { flags = v; return this; }
        /**
         * @param v  the listed members, never null (at least one, exactly one HEAD)
         * @return this builder
         */
        public Builder members(List<Member> v) { members = v; return this; }
        /**
         * @param v  the listed members, never null (at least one, exactly one HEAD)
         * @return this builder
         */
        public Builder members(Member... v) { members = List.of(v); return this; }
        /**
         * @param v  the household's assets, never null
         * @return this builder
         */
        public Builder assets(Assets v) { assets = v; return this; }
        /**
         * @param v  the current enrollment; required for REVIEW and VOLUNTARY_EXIT
         * @return this builder
         */
        public Builder enrollment(Enrollment v) { enrollment = v; return this; }
        /**
         * @param v  the category set by the township's review meeting (1–4), may be null
         * @return this builder
         */
        public Builder categoryOverride(Integer v) { categoryOverride = v; return this; }
        /**
         * @param v  months of the voluntary-exit grant, may be null
         * @return this builder
         */
        public Builder bonusMonths(Integer v) { bonusMonths = v; return this; }
        /**
         * @param v  months of temporary assistance, may be null
         * @return this builder
         */
        public Builder bridgeMonths(Integer v) { bridgeMonths = v; return this; }
        /**
         * @param v  declared relations to staff, never null
         * @return this builder
         */
        public Builder staffRelations(List<StaffRelation> v) { staffRelations = v; return this; }
        /**
         * @param v  the case workers, never null
         * @return this builder
         */
        public Builder caseWorkers(List<CaseWorker> v) { caseWorkers = v; return this; }
        /**
         * @param v  staff ids of the home-visit team, never null
         * @return this builder
         */
        public Builder homeVisitTeam(List<String> v) { homeVisitTeam = v; return this; }
        /**
         * @param v  the democratic review panel, may be null
         * @return this builder
         */
        public Builder reviewPanel(ReviewPanel v) { reviewPanel = v; return this; }

        /** @return the request, never null */
        public EvaluationRequest build() {
            return new EvaluationRequest(caseId, kind, region, profile, asOf, residence, flags, members, assets,
                    enrollment, categoryOverride, bonusMonths, bridgeMonths, staffRelations, caseWorkers,
                    homeVisitTeam, reviewPanel);
        }
    }
}
