package org.doudi.rules.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.decision.ParameterSource;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.IncomeRiseCause;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.StaffRole;

/**
 * The parameters of one profile, for one residence, in force on one date: what the rules read instead of numbers.
 *
 * <p>Every getter is named after its parameter in the {@link ParameterCatalog} ({@code assets.vehicleValueCap} →
 * {@link #assetsVehicleValueCap()}; {@link ParameterSpec#getterName()}), which declares its kind, unit and meaning. A getter whose parameter has no value on the date (before its first dated value,
 * after a dated null, or never given) throws {@link PolicyConfigurationException#missingValue} naming profile,
 * parameter, residence and date; it never returns zero for a missing value. Optional parameters ({@code
 * deduction.employmentCostCap}, the disability amounts) return null or an empty map instead.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Parameters {

    /** @return the profile id */
    String profileId();

    /** @return the residence these values are for */
    Residence residence();

    /** @return the date these values are in force on */
    LocalDate date();

    /**
     * The clause a decision cites for a rule on this date: the profile's own clause for the rule where one is in force
     * ({@code clauses:} in the profile file, e.g. the county's or province's document from its date), else the rule's
     * own {@code @clause}.
     *
     * @param ruleId      the rule's {@code @ruleId}, not null
     * @param ruleClause  the rule's own {@code @clause}, may be null
     * @return the clause to cite
     */
    String clause(String ruleId, String ruleClause);

    /** @return S, the monthly standard per person (a yearly source value already converted once, annual / 12 HALF_UP) */
    Money standard();

    /** @return the date the standard in force took effect */
    LocalDate standardEffectiveFrom();

    /** @return {@code standard.staleAfterMonths} */
    int standardStaleAfterMonths();

    /** @return {@code income.excludedTypes} */
    Set<IncomeType> incomeExcludedTypes();

    /** @return {@code deduction.enabled} */
    boolean deductionEnabled();

    /** @return {@code deduction.employmentCostCap} as a ratio of the member's WAGE + BUSINESS income, null for no cap */
    BigDecimal deductionEmploymentCostCap();

    /** @return {@code assets.financialMonthsOfStandard} */
    BigDecimal assetsFinancialMonthsOfStandard();

    /** @return {@code assets.vehicleValueCap} */
    Money assetsVehicleValueCap();

    /** @return {@code assets.maxResidentialProperties} */
    int assetsMaxResidentialProperties();

    /** @return {@code assets.nonResidentialAllowed} */
    boolean assetsNonResidentialAllowed();

    /** @return {@code assets.businessCapitalCap} */
    Money assetsBusinessCapitalCap();

    /** @return {@code edge.multiplier} */
    BigDecimal edgeMultiplier();

    /** @return {@code edge.upperInclusive} */
    boolean edgeUpperInclusive();

    /** @return {@code single.ruleset}: national-2021, ludian-2019, huining-2020 or relaxed-2022 */
    String singleRuleset();

    /** @return {@code single.supportPaymentExempt} */
    boolean singleSupportPaymentExempt();

    /** @return {@code single.adultAge} */
    int singleAdultAge();

    /** @return {@code category.enabled} */
    boolean categoryEnabled();

    /** @return {@code category.rigidShare} */
    BigDecimal categoryRigidShare();

    /** @return {@code category.preschoolAgeBelow} */
    int categoryPreschoolAgeBelow();

    /** @return {@code supportType.enabled} */
    boolean supportTypeEnabled();

    /** @return {@code payment.mode} */
    PaymentMode paymentMode();

    /** @return {@code payment.perPerson}: category → amount per person (CATEGORY_FIXED) */
    Map<Integer, Money> paymentPerPerson();

    /** @return {@code payment.floorRatio}: category → ratio of S × n (GRADED_GAP) */
    Map<Integer, BigDecimal> paymentFloorRatio();

    /** @return {@code payment.rounding} */
    Rounding paymentRounding();

    /** @return {@code phaseOut.months} */
    int phaseOutMonths();

    /** @return {@code phaseOut.causes} */
    Set<IncomeRiseCause> phaseOutCauses();

    /** @return {@code phaseOut.registeredOnly} */
    boolean phaseOutRegisteredOnly();

    /** @return {@code phaseOut.schedulePct}: percentages by month since start, the last repeating */
    List<BigDecimal> phaseOutSchedulePct();

    /** @return {@code voluntaryExit.enabled} */
    boolean voluntaryExitEnabled();

    /** @return {@code voluntaryExit.minMonths} */
    int voluntaryExitMinMonths();

    /** @return {@code voluntaryExit.maxMonths} */
    int voluntaryExitMaxMonths();

    /** @return {@code voluntaryExit.registeredOnly}: the grant only for registered (建档立卡) households */
    boolean voluntaryExitRegisteredOnly();

    /** @return {@code bridge.enabled} */
    boolean bridgeEnabled();

    /** @return {@code bridge.minMonths} */
    int bridgeMinMonths();

    /** @return {@code bridge.maxMonths} */
    int bridgeMaxMonths();

    /** @return {@code disability.secondGenerationRequired} */
    boolean disabilitySecondGenerationRequired();

    /** @return {@code disability.livingForEdge} */
    boolean disabilityLivingForEdge();

    /** @return {@code disability.living}: keys "1".."4" and "default" → amount; empty when not configured */
    Map<String, Money> disabilityLiving();

    /** @return {@code disability.nursing}: (type, grade) → amount; empty when not configured */
    Map<NursingKey, Money> disabilityNursing();

    /** @return {@code filing.staffRoles} */
    Set<StaffRole> filingStaffRoles();

    /** @return {@code filing.relations} */
    Set<KinRelation> filingRelations();

    /** @return {@code visit.minStaff} */
    int visitMinStaff();

    /** @return {@code visit.required}: every application needs a home-visit team (入户调查) */
    boolean visitRequired();

    /** @return {@code review.required} */
    boolean reviewRequired();

    /** @return {@code review.poolMin} */
    int reviewPoolMin();

    /** @return {@code review.panelMin} */
    int reviewPanelMin();

    /** @return {@code review.cadreMin} */
    int reviewCadreMin();

    /** @return {@code sampling.ratio} */
    BigDecimal samplingRatio();

    /** @return {@code screening.deathExitMonths} */
    int screeningDeathExitMonths();

    /** @return {@code notice.days} */
    int noticeDays();

    /** @return {@code notice.count} */
    int noticeCount();

    /**
     * Where a value comes from, for a decision's reasons: the value in force on {@link #date()} for {@link
     * #residence()}, the date its entry took effect and the source written beside it in the profile data. Never
     * throws for a missing value: the source then has a null value (and, where the profile has no entry at all, a
     * null source).
     *
     * <p>{@code parameter} is a dotted name of the profile files ({@code "standard"}, {@code "edge.multiplier"}), or
     * the name of a map-valued parameter followed by one key, for the entry a rule used: {@code
     * "payment.perPerson.2"}, {@code "payment.floorRatio.3"}, {@code "disability.living.default"}, {@code
     * "disability.nursing.PHYSICAL.1"} (type and grade). The value is shown as {@link ParameterSource} describes.
     *
     * @param parameter  the parameter name, not null
     * @return the source, never null
     * @throws IllegalArgumentException if the name is no parameter of the profile files (or no key of its kind)
     */
    ParameterSource source(String parameter);

    /**
     * @param name  a name as {@link #source(String)} takes it, not null
     * @return true if {@link #source(String)} accepts the name: a parameter of the profile files, or a map-valued
     *         parameter followed by a key of its kind
     */
    static boolean isParameterName(String name) {
        return ValueText.resolve(name) != null;
    }

    /**
     * @return the dotted names of every parameter of the profile files, in table order, never null; the same as
     *         {@link ParameterCatalog#keys()}, where each parameter's declaration is
     */
    static List<String> names() {
        return ParameterCatalog.keys();
    }
}
