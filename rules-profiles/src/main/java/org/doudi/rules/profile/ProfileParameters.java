package org.doudi.rules.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.decision.ParameterSource;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.IncomeRiseCause;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.StaffRole;

/**
 * The values of one profile in force on one date for one residence, resolved when created; a getter of a parameter
 * without a value throws {@link PolicyConfigurationException#missingValue}. Immutable and thread-safe.
 */
final class ProfileParameters implements Parameters {

    private final String profileId;
    private final LocalDate date;
    private final Residence residence;
    private final EnumMap<ParameterDef, Series.Value> values;
    private final Map<String, String> clauses;
    private final ConcurrentHashMap<String, ParameterSource> sources = new ConcurrentHashMap<>();

    ProfileParameters(String profileId, LocalDate date, Residence residence, EnumMap<ParameterDef, Series.Value> values,
                      Map<String, String> clauses) {
        this.profileId = profileId;
        this.date = date;
        this.residence = residence;
        this.values = values;
        this.clauses = clauses;
    }

    private Object required(ParameterDef def) {
        Series.Value v = values.get(def);
        if (v == null || v.value() == null) {
            throw PolicyConfigurationException.missingValue(profileId, def.key, residence.name(), date);
        }
        return v.value();
    }

    private Object optional(ParameterDef def) {
        Series.Value v = values.get(def);
        return v == null ? null : v.value();
    }

    @SuppressWarnings("unchecked")
    private <T> T get(ParameterDef def) {
        return (T) required(def);
    }

    @Override public String profileId() { return profileId; }
    @Override public Residence residence() { return residence; }
    @Override public LocalDate date() { return date; }
    @Override public Money standard() { return get(ParameterDef.STANDARD); }

    @Override
    public String clause(String ruleId, String ruleClause) {
        return clauses.getOrDefault(ruleId, ruleClause);
    }

    @Override
    public LocalDate standardEffectiveFrom() {
        required(ParameterDef.STANDARD);
        return values.get(ParameterDef.STANDARD).from();
    }

    @Override public int standardStaleAfterMonths() { return this.<Integer>get(ParameterDef.STANDARD_STALE_AFTER_MONTHS); }
    @Override public Set<IncomeType> incomeExcludedTypes() { return get(ParameterDef.INCOME_EXCLUDED_TYPES); }
    @Override public boolean deductionEnabled() { return this.<Boolean>get(ParameterDef.DEDUCTION_ENABLED); }
    @Override public BigDecimal deductionEmploymentCostCap() { return (BigDecimal) optional(ParameterDef.DEDUCTION_EMPLOYMENT_COST_CAP); }
    @Override public BigDecimal assetsFinancialMonthsOfStandard() { return get(ParameterDef.ASSETS_FINANCIAL_MONTHS_OF_STANDARD); }
    @Override public Money assetsVehicleValueCap() { return get(ParameterDef.ASSETS_VEHICLE_VALUE_CAP); }
    @Override public int assetsMaxResidentialProperties() { return this.<Integer>get(ParameterDef.ASSETS_MAX_RESIDENTIAL_PROPERTIES); }
    @Override public boolean assetsNonResidentialAllowed() { return this.<Boolean>get(ParameterDef.ASSETS_NON_RESIDENTIAL_ALLOWED); }
    @Override public Money assetsBusinessCapitalCap() { return get(ParameterDef.ASSETS_BUSINESS_CAPITAL_CAP); }
    @Override public BigDecimal edgeMultiplier() { return get(ParameterDef.EDGE_MULTIPLIER); }
    @Override public boolean edgeUpperInclusive() { return this.<Boolean>get(ParameterDef.EDGE_UPPER_INCLUSIVE); }
    @Override public String singleRuleset() { return get(ParameterDef.SINGLE_RULESET); }
    @Override public boolean singleSupportPaymentExempt() { return this.<Boolean>get(ParameterDef.SINGLE_SUPPORT_PAYMENT_EXEMPT); }
    @Override public int singleAdultAge() { return this.<Integer>get(ParameterDef.SINGLE_ADULT_AGE); }
    @Override public boolean categoryEnabled() { return this.<Boolean>get(ParameterDef.CATEGORY_ENABLED); }
    @Override public BigDecimal categoryRigidShare() { return get(ParameterDef.CATEGORY_RIGID_SHARE); }
    @Override public int categoryPreschoolAgeBelow() { return this.<Integer>get(ParameterDef.CATEGORY_PRESCHOOL_AGE_BELOW); }
    @Override public boolean supportTypeEnabled() { return this.<Boolean>get(ParameterDef.SUPPORT_TYPE_ENABLED); }
    @Override public PaymentMode paymentMode() { return get(ParameterDef.PAYMENT_MODE); }
    @Override public Map<Integer, Money> paymentPerPerson() { return get(ParameterDef.PAYMENT_PER_PERSON); }
    @Override public Map<Integer, BigDecimal> paymentFloorRatio() { return get(ParameterDef.PAYMENT_FLOOR_RATIO); }
    @Override public Rounding paymentRounding() { return get(ParameterDef.PAYMENT_ROUNDING); }
    @Override public int phaseOutMonths() { return this.<Integer>get(ParameterDef.PHASE_OUT_MONTHS); }
    @Override public Set<IncomeRiseCause> phaseOutCauses() { return get(ParameterDef.PHASE_OUT_CAUSES); }
    @Override public boolean phaseOutRegisteredOnly() { return this.<Boolean>get(ParameterDef.PHASE_OUT_REGISTERED_ONLY); }
    @Override public List<BigDecimal> phaseOutSchedulePct() { return get(ParameterDef.PHASE_OUT_SCHEDULE_PCT); }
    @Override public boolean voluntaryExitEnabled() { return this.<Boolean>get(ParameterDef.VOLUNTARY_EXIT_ENABLED); }
    @Override public int voluntaryExitMinMonths() { return this.<Integer>get(ParameterDef.VOLUNTARY_EXIT_MIN_MONTHS); }
    @Override public int voluntaryExitMaxMonths() { return this.<Integer>get(ParameterDef.VOLUNTARY_EXIT_MAX_MONTHS); }
    @Override public boolean voluntaryExitRegisteredOnly() { return this.<Boolean>get(ParameterDef.VOLUNTARY_EXIT_REGISTERED_ONLY); }
    @Override public boolean bridgeEnabled() { return this.<Boolean>get(ParameterDef.BRIDGE_ENABLED); }
    @Override public int bridgeMinMonths() { return this.<Integer>get(ParameterDef.BRIDGE_MIN_MONTHS); }
    @Override public int bridgeMaxMonths() { return this.<Integer>get(ParameterDef.BRIDGE_MAX_MONTHS); }
    @Override public boolean disabilitySecondGenerationRequired() { return this.<Boolean>get(ParameterDef.DISABILITY_SECOND_GENERATION_REQUIRED); }
    @Override public boolean disabilityLivingForEdge() { return this.<Boolean>get(ParameterDef.DISABILITY_LIVING_FOR_EDGE); }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Money> disabilityLiving() {
        Object v = optional(ParameterDef.DISABILITY_LIVING);
        return v == null ? Map.of() : (Map<String, Money>) v;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<NursingKey, Money> disabilityNursing() {
        Object v = optional(ParameterDef.DISABILITY_NURSING);
        return v == null ? Map.of() : (Map<NursingKey, Money>) v;
    }

    @Override public Set<StaffRole> filingStaffRoles() { return get(ParameterDef.FILING_STAFF_ROLES); }
    @Override public Set<KinRelation> filingRelations() { return get(ParameterDef.FILING_RELATIONS); }
    @Override public int visitMinStaff() { return this.<Integer>get(ParameterDef.VISIT_MIN_STAFF); }
    @Override public boolean visitRequired() { return this.<Boolean>get(ParameterDef.VISIT_REQUIRED); }
    @Override public boolean reviewRequired() { return this.<Boolean>get(ParameterDef.REVIEW_REQUIRED); }
    @Override public int reviewPoolMin() { return this.<Integer>get(ParameterDef.REVIEW_POOL_MIN); }
    @Override public int reviewPanelMin() { return this.<Integer>get(ParameterDef.REVIEW_PANEL_MIN); }
    @Override public int reviewCadreMin() { return this.<Integer>get(ParameterDef.REVIEW_CADRE_MIN); }
    @Override public BigDecimal samplingRatio() { return get(ParameterDef.SAMPLING_RATIO); }
    @Override public int screeningDeathExitMonths() { return this.<Integer>get(ParameterDef.SCREENING_DEATH_EXIT_MONTHS); }
    @Override public int noticeDays() { return this.<Integer>get(ParameterDef.NOTICE_DAYS); }
    @Override public int noticeCount() { return this.<Integer>get(ParameterDef.NOTICE_COUNT); }

    @Override
    public ParameterSource source(String parameter) {
        ParameterSource cached = sources.get(parameter);
        if (cached != null) {
            return cached;
        }
        ValueText.Name name = ValueText.resolve(parameter);
        if (name == null) {
            throw new IllegalArgumentException("unknown parameter '" + parameter + "'");
        }
        Series.Value entry = values.get(name.def());
        ParameterSource source = entry == null
                ? new ParameterSource(parameter, null, null, null)
                : new ParameterSource(parameter, ValueText.of(name.valueIn(entry.value())), entry.from(),
                        entry.source());
        // at most one entry per parameter name and key a rule may name: a small, bounded cache
        sources.putIfAbsent(parameter, source);
        return source;
    }

    @Override
    public String toString() {
        return "Parameters[" + profileId + ", " + residence + ", " + date + "]";
    }
}
