package org.doudi.rules.profile;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parameters of profiles.md: the dotted name used in the YAML files and the kind of value each one holds.
 *
 * <p>An optional parameter resolves to null or an empty collection when no value is in force; every other parameter
 * is a configuration error then.
 */
enum ParameterDef {
    STANDARD("standard", Kind.MONEY, false),
    STANDARD_STALE_AFTER_MONTHS("standard.staleAfterMonths", Kind.INT, false),
    INCOME_EXCLUDED_TYPES("income.excludedTypes", Kind.INCOME_TYPES, false),
    DEDUCTION_ENABLED("deduction.enabled", Kind.BOOL, false),
    DEDUCTION_EMPLOYMENT_COST_CAP("deduction.employmentCostCap", Kind.DECIMAL, true),
    ASSETS_FINANCIAL_MONTHS_OF_STANDARD("assets.financialMonthsOfStandard", Kind.DECIMAL, false),
    ASSETS_VEHICLE_VALUE_CAP("assets.vehicleValueCap", Kind.MONEY, false),
    ASSETS_MAX_RESIDENTIAL_PROPERTIES("assets.maxResidentialProperties", Kind.INT, false),
    ASSETS_NON_RESIDENTIAL_ALLOWED("assets.nonResidentialAllowed", Kind.BOOL, false),
    ASSETS_BUSINESS_CAPITAL_CAP("assets.businessCapitalCap", Kind.MONEY, false),
    EDGE_MULTIPLIER("edge.multiplier", Kind.DECIMAL, false),
    EDGE_UPPER_INCLUSIVE("edge.upperInclusive", Kind.BOOL, false),
    SINGLE_RULESET("single.ruleset", Kind.RULESET, false),
    SINGLE_SUPPORT_PAYMENT_EXEMPT("single.supportPaymentExempt", Kind.BOOL, false),
    SINGLE_ADULT_AGE("single.adultAge", Kind.INT, false),
    CATEGORY_ENABLED("category.enabled", Kind.BOOL, false),
    CATEGORY_RIGID_SHARE("category.rigidShare", Kind.DECIMAL, false),
    CATEGORY_PRESCHOOL_AGE_BELOW("category.preschoolAgeBelow", Kind.INT, false),
    SUPPORT_TYPE_ENABLED("supportType.enabled", Kind.BOOL, false),
    PAYMENT_MODE("payment.mode", Kind.PAYMENT_MODE, false),
    PAYMENT_PER_PERSON("payment.perPerson", Kind.MONEY_BY_CATEGORY, false),
    PAYMENT_FLOOR_RATIO("payment.floorRatio", Kind.DECIMAL_BY_CATEGORY, false),
    PAYMENT_ROUNDING("payment.rounding", Kind.ROUNDING, false),
    PHASE_OUT_MONTHS("phaseOut.months", Kind.INT, false),
    PHASE_OUT_CAUSES("phaseOut.causes", Kind.RISE_CAUSES, false),
    PHASE_OUT_REGISTERED_ONLY("phaseOut.registeredOnly", Kind.BOOL, false),
    PHASE_OUT_SCHEDULE_PCT("phaseOut.schedulePct", Kind.DECIMAL_LIST, false),
    VOLUNTARY_EXIT_ENABLED("voluntaryExit.enabled", Kind.BOOL, false),
    VOLUNTARY_EXIT_MIN_MONTHS("voluntaryExit.minMonths", Kind.INT, false),
    VOLUNTARY_EXIT_MAX_MONTHS("voluntaryExit.maxMonths", Kind.INT, false),
    VOLUNTARY_EXIT_REGISTERED_ONLY("voluntaryExit.registeredOnly", Kind.BOOL, false),
    BRIDGE_ENABLED("bridge.enabled", Kind.BOOL, false),
    BRIDGE_MIN_MONTHS("bridge.minMonths", Kind.INT, false),
    BRIDGE_MAX_MONTHS("bridge.maxMonths", Kind.INT, false),
    DISABILITY_SECOND_GENERATION_REQUIRED("disability.secondGenerationRequired", Kind.BOOL, false),
    DISABILITY_LIVING_FOR_EDGE("disability.livingForEdge", Kind.BOOL, false),
    DISABILITY_LIVING("disability.living", Kind.MONEY_BY_KEY, true),
    DISABILITY_NURSING("disability.nursing", Kind.NURSING, true),
    FILING_STAFF_ROLES("filing.staffRoles", Kind.STAFF_ROLES, false),
    FILING_RELATIONS("filing.relations", Kind.KIN_RELATIONS, false),
    VISIT_MIN_STAFF("visit.minStaff", Kind.INT, false),
    VISIT_REQUIRED("visit.required", Kind.BOOL, false),
    REVIEW_REQUIRED("review.required", Kind.BOOL, false),
    REVIEW_POOL_MIN("review.poolMin", Kind.INT, false),
    REVIEW_PANEL_MIN("review.panelMin", Kind.INT, false),
    REVIEW_CADRE_MIN("review.cadreMin", Kind.INT, false),
    SAMPLING_RATIO("sampling.ratio", Kind.DECIMAL, false),
    SCREENING_DEATH_EXIT_MONTHS("screening.deathExitMonths", Kind.INT, false),
    NOTICE_DAYS("notice.days", Kind.INT, false),
    NOTICE_COUNT("notice.count", Kind.INT, false);

    /** The kinds of value a parameter holds, as written in YAML. */
    enum Kind {
        /** yuan, a number with at most two decimals, not negative. */
        MONEY,
        /** a non-negative number. */
        DECIMAL,
        /** a non-negative whole number. */
        INT,
        /** true or false. */
        BOOL,
        /** one of {@link #RULESETS}. */
        RULESET,
        /** a {@link PaymentMode} name. */
        PAYMENT_MODE,
        /** {@code {unit: YUAN|FEN, mode: CEILING|...}}. */
        ROUNDING,
        /** a list of IncomeType names. */
        INCOME_TYPES,
        /** a list of IncomeRiseCause names. */
        RISE_CAUSES,
        /** a list of StaffRole names. */
        STAFF_ROLES,
        /** a list of KinRelation names. */
        KIN_RELATIONS,
        /** a map category (1–4) → money. */
        MONEY_BY_CATEGORY,
        /** a map category (1–4) → decimal. */
        DECIMAL_BY_CATEGORY,
        /** a non-empty list of decimals. */
        DECIMAL_LIST,
        /** a map "1".."4" or "default" → money. */
        MONEY_BY_KEY,
        /** a list of tiers {grade, types, amount}. */
        NURSING
    }

    /** The values {@code single.ruleset} may take. */
    static final java.util.Set<String> RULESETS =
            java.util.Set.of("national-2021", "ludian-2019", "huining-2020", "relaxed-2022");

    private static final Map<String, ParameterDef> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(d -> d.key, Function.identity()));

    final String key;
    final Kind kind;
    final boolean optional;

    ParameterDef(String key, Kind kind, boolean optional) {
        this.key = key;
        this.kind = kind;
        this.optional = optional;
    }

    /** @return every dotted parameter name, in table order, never null */
    static java.util.List<String> keys() {
        return Arrays.stream(values()).map(d -> d.key).toList();
    }

    /**
     * @param key  the dotted name, not null
     * @return the parameter, empty when unknown
     */
    static Optional<ParameterDef> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
