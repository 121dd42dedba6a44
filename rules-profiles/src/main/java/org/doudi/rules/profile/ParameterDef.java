package org.doudi.rules.profile;

import static org.doudi.rules.profile.ParameterKind.BOOL;
import static org.doudi.rules.profile.ParameterKind.DECIMAL;
import static org.doudi.rules.profile.ParameterKind.DECIMAL_BY_CATEGORY;
import static org.doudi.rules.profile.ParameterKind.DECIMAL_LIST;
import static org.doudi.rules.profile.ParameterKind.INT;
import static org.doudi.rules.profile.ParameterKind.MONEY;
import static org.doudi.rules.profile.ParameterKind.MONEY_BY_CATEGORY;
import static org.doudi.rules.profile.ParameterKind.MONEY_BY_KEY;
import static org.doudi.rules.profile.ParameterKind.NAME;
import static org.doudi.rules.profile.ParameterKind.NAMES;
import static org.doudi.rules.profile.ParameterKind.NURSING;
import static org.doudi.rules.profile.ParameterKind.ROUNDING;
import static org.doudi.rules.profile.ParameterUnit.DAYS;
import static org.doudi.rules.profile.ParameterUnit.HOMES;
import static org.doudi.rules.profile.ParameterUnit.MONTHS;
import static org.doudi.rules.profile.ParameterUnit.MULTIPLE;
import static org.doudi.rules.profile.ParameterUnit.NONE;
import static org.doudi.rules.profile.ParameterUnit.PERCENT;
import static org.doudi.rules.profile.ParameterUnit.PERSONS;
import static org.doudi.rules.profile.ParameterUnit.RATIO;
import static org.doudi.rules.profile.ParameterUnit.TIMES;
import static org.doudi.rules.profile.ParameterUnit.YEARS_OF_AGE;
import static org.doudi.rules.profile.ParameterUnit.YUAN;
import static org.doudi.rules.profile.ParameterUnit.YUAN_PER_PERSON_MONTH;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.IncomeRiseCause;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.StaffRole;

/**
 * The parameter catalog: one constant per parameter of the profile files, declaring once its dotted name, kind of
 * value, unit, policy area, Chinese and English description, whether it is optional, its allowed values and its
 * limits. The loader ({@link ProfileLoader}) reads and checks values by these declarations, {@link Parameters} returns
 * them, and {@link ParameterCatalog} publishes them (as {@link ParameterSpec}s) to the parameter explorer, the docs and
 * integrators. Table order is the order of the parameter list the project started from; the docs group by area.
 *
 * <p>To add a parameter: a constant here, its getter in {@link Parameters} and {@link ProfileParameters}, a value with
 * its source in {@code cn-national.yaml} (unless optional or needed only by some settings), then regenerate the docs
 * table (docs/contributing.md, "How to add a parameter").
 */
enum ParameterDef {
    STANDARD("standard", MONEY, YUAN_PER_PERSON_MONTH, PolicyArea.STANDARD,
            "低保标准 S：每人每月；按年公布的标准写 yearly:，读入时除以 12 按月折算（四舍五入到分）",
            "The dibao standard S per person per month; a standard published per year is written yearly: and"
                    + " converted once to a monthly one (÷ 12, half up to the fen)",
            Limit.POSITIVE, Limit.DATED, Limit.YEARLY),
    STANDARD_STALE_AFTER_MONTHS("standard.staleAfterMonths", INT, MONTHS, PolicyArea.STANDARD,
            "标准生效超过这么多个月未调整，决定即提示标准可能过时（STANDARD_MAY_BE_STALE）",
            "A standard in force for longer than this many months is flagged as possibly out of date"
                    + " (STANDARD_MAY_BE_STALE)"),
    INCOME_EXCLUDED_TYPES("income.excludedTypes", NAMES, NONE, PolicyArea.INCOME, IncomeType.class,
            "不计入家庭收入的收入类型",
            "Income types that are not counted as household income"),
    DEDUCTION_ENABLED("deduction.enabled", BOOL, NONE, PolicyArea.INCOME,
            "是否从收入中扣减刚性支出（医疗、教育、残疾康复、就业成本等）",
            "Whether rigid expenditures (medical, schooling, disability care, employment costs, ...) are deducted"
                    + " from income"),
    DEDUCTION_EMPLOYMENT_COST_CAP("deduction.employmentCostCap", DECIMAL, RATIO, PolicyArea.INCOME,
            "就业成本扣减上限，占本人工资与经营收入的比例；不设值即不设上限",
            "Cap of the employment-cost deduction, as a share of the member's own wage and business income;"
                    + " no value means no cap",
            Limit.OPTIONAL, Limit.AT_MOST_ONE),
    ASSETS_FINANCIAL_MONTHS_OF_STANDARD("assets.financialMonthsOfStandard", DECIMAL, MONTHS, PolicyArea.ASSETS,
            "人均金融资产上限，以低保标准的月数计（上限 = 此数 × S）",
            "Limit of financial assets per counted member, in months of the standard (limit = this × S)"),
    ASSETS_VEHICLE_VALUE_CAP("assets.vehicleValueCap", MONEY, YUAN, PolicyArea.ASSETS,
            "非豁免车辆的价值上限（0 即不得拥有非豁免车辆）",
            "Value limit of a non-exempt vehicle (0: no non-exempt vehicle allowed)"),
    ASSETS_MAX_RESIDENTIAL_PROPERTIES("assets.maxResidentialProperties", INT, HOMES, PolicyArea.ASSETS,
            "家庭可拥有的住房套数上限",
            "Most homes a household may own"),
    ASSETS_NON_RESIDENTIAL_ALLOWED("assets.nonResidentialAllowed", BOOL, NONE, PolicyArea.ASSETS,
            "是否允许拥有非居住类房产（商铺、办公用房、车位）",
            "Whether non-residential property (shops, offices, parking spaces) is allowed"),
    ASSETS_BUSINESS_CAPITAL_CAP("assets.businessCapitalCap", MONEY, YUAN, PolicyArea.ASSETS,
            "家庭成员登记的经营实体注册资本上限",
            "Limit of the registered capital of a business a member has registered"),
    EDGE_MULTIPLIER("edge.multiplier", DECIMAL, MULTIPLE, PolicyArea.HOUSEHOLD,
            "低保边缘家庭的收入上限，为低保标准的倍数（人均收入低于此数 × S）",
            "Income limit of an edge household, as a multiple of the standard (income per head below this × S)"),
    EDGE_UPPER_INCLUSIVE("edge.upperInclusive", BOOL, NONE, PolicyArea.HOUSEHOLD,
            "人均收入恰好等于边缘上限时是否仍算低保边缘家庭",
            "Whether income per head exactly at the edge limit still counts as an edge household"),
    SINGLE_RULESET("single.ruleset", NAME, NONE, PolicyArea.SINGLE_PERSON,
            List.of("huining-2020", "ludian-2019", "national-2021", "relaxed-2022"),
            "单人保适用的规则版本（可按日期更换）",
            "Which single-person coverage rules apply (may change by date)"),
    SINGLE_SUPPORT_PAYMENT_EXEMPT("single.supportPaymentExempt", BOOL, NONE, PolicyArea.SINGLE_PERSON,
            "单独纳入低保的人员，其赡养（抚养、扶养）费是否不计入收入",
            "Whether support payments are disregarded in the income of a person covered alone"),
    SINGLE_ADULT_AGE("single.adultAge", INT, YEARS_OF_AGE, PolicyArea.SINGLE_PERSON,
            "成年年龄：单人保中“成年”人员的最低年龄",
            "Age of adulthood, for the single-person rules that name adults"),
    CATEGORY_ENABLED("category.enabled", BOOL, NONE, PolicyArea.CATEGORY,
            "是否对保障单元分类（一至四类）",
            "Whether covered units are put into categories 1 to 4"),
    CATEGORY_RIGID_SHARE("category.rigidShare", DECIMAL, RATIO, PolicyArea.CATEGORY,
            "刚性支出扣减占可计入收入的比例达到此数时，单元可列为二类",
            "A unit whose deductions reach this share of its countable income may be category 2",
            Limit.AT_MOST_ONE),
    CATEGORY_PRESCHOOL_AGE_BELOW("category.preschoolAgeBelow", INT, YEARS_OF_AGE, PolicyArea.CATEGORY,
            "未满此年龄的儿童算学前儿童（单亲抚养学前儿童可列为二类）",
            "A child below this age counts as preschool (a single parent raising one may be category 2)"),
    SUPPORT_TYPE_ENABLED("supportType.enabled", BOOL, NONE, PolicyArea.CATEGORY,
            "是否对建档立卡户区分兜底保障与一般保障",
            "Whether registered households are told apart as fully supported (兜底) or generally supported (一般)"),
    PAYMENT_MODE("payment.mode", NAME, NONE, PolicyArea.PAYMENT, PaymentMode.class,
            "保障金计算方式：GAP 补差；CATEGORY_FIXED 按类别定额；GRADED_GAP 分档补差",
            "How the amount is computed: GAP tops income up to the standard; CATEGORY_FIXED pays a fixed amount per"
                    + " person by category; GRADED_GAP tops up with a floor by category"),
    PAYMENT_PER_PERSON("payment.perPerson", MONEY_BY_CATEGORY, YUAN_PER_PERSON_MONTH, PolicyArea.PAYMENT,
            "按类别定额（CATEGORY_FIXED）时各类别每人每月的金额",
            "Amount per person per month by category, with CATEGORY_FIXED"),
    PAYMENT_FLOOR_RATIO("payment.floorRatio", DECIMAL_BY_CATEGORY, RATIO, PolicyArea.PAYMENT,
            "分档补差（GRADED_GAP）时各类别的保底比例，占 S × 人数",
            "Floor of the amount by category with GRADED_GAP, as a share of S × persons",
            Limit.AT_MOST_ONE),
    PAYMENT_ROUNDING("payment.rounding", ROUNDING, NONE, PolicyArea.PAYMENT,
            "保障金的取整：到元或到分，及取整方向",
            "Rounding of the amount: to whole yuan or to the fen, and in which direction"),
    PHASE_OUT_MONTHS("phaseOut.months", INT, MONTHS, PolicyArea.PHASE_OUT,
            "渐退期的月数：收入超标后继续发放的期限",
            "Length of the phase-out: months of payment after income rises above the limit"),
    PHASE_OUT_CAUSES("phaseOut.causes", NAMES, NONE, PolicyArea.PHASE_OUT, IncomeRiseCause.class,
            "可以适用渐退的收入增加原因",
            "Causes of an income rise that allow a phase-out"),
    PHASE_OUT_REGISTERED_ONLY("phaseOut.registeredOnly", BOOL, NONE, PolicyArea.PHASE_OUT,
            "渐退是否仅限建档立卡户",
            "Whether the phase-out is only for registered (建档立卡) households"),
    PHASE_OUT_SCHEDULE_PCT("phaseOut.schedulePct", DECIMAL_LIST, PERCENT, PolicyArea.PHASE_OUT,
            "渐退期各月按原金额发放的百分比，自渐退开始逐月对应，最后一项重复",
            "Percent of the former amount paid in each month of the phase-out, from its start; the last repeats",
            Limit.AT_MOST_HUNDRED),
    VOLUNTARY_EXIT_ENABLED("voluntaryExit.enabled", BOOL, NONE, PolicyArea.PHASE_OUT,
            "是否对主动申请退出低保的家庭给予退出奖励（若干月低保金）",
            "Whether a household that leaves the dibao of its own accord gets a grant of some months' payment"),
    VOLUNTARY_EXIT_MIN_MONTHS("voluntaryExit.minMonths", INT, MONTHS, PolicyArea.PHASE_OUT,
            "主动退出奖励的最少月数（申请未写月数时按此数）",
            "Fewest months of the voluntary-exit grant (used when the request gives no number)"),
    VOLUNTARY_EXIT_MAX_MONTHS("voluntaryExit.maxMonths", INT, MONTHS, PolicyArea.PHASE_OUT,
            "主动退出奖励的最多月数",
            "Most months of the voluntary-exit grant"),
    VOLUNTARY_EXIT_REGISTERED_ONLY("voluntaryExit.registeredOnly", BOOL, NONE, PolicyArea.PHASE_OUT,
            "主动退出奖励是否仅限建档立卡户",
            "Whether the voluntary-exit grant is only for registered (建档立卡) households"),
    BRIDGE_ENABLED("bridge.enabled", BOOL, NONE, PolicyArea.TEMPORARY_ASSISTANCE,
            "建档立卡户申请低保时是否先行给予临时救助",
            "Whether a registered household applying for the dibao first gets temporary assistance"),
    BRIDGE_MIN_MONTHS("bridge.minMonths", INT, MONTHS, PolicyArea.TEMPORARY_ASSISTANCE,
            "先行救助的最少月数（申请未写月数时按此数）",
            "Fewest months of temporary assistance first (used when the request gives no number)"),
    BRIDGE_MAX_MONTHS("bridge.maxMonths", INT, MONTHS, PolicyArea.TEMPORARY_ASSISTANCE,
            "先行救助的最多月数",
            "Most months of temporary assistance first"),
    DISABILITY_SECOND_GENERATION_REQUIRED("disability.secondGenerationRequired", BOOL, NONE, PolicyArea.DISABILITY,
            "两项补贴是否要求持第二代残疾人证",
            "Whether the two subsidies require the second-generation disability certificate"),
    DISABILITY_LIVING_FOR_EDGE("disability.livingForEdge", BOOL, NONE, PolicyArea.DISABILITY,
            "低保边缘家庭的残疾人是否也享受困难残疾人生活补贴",
            "Whether disabled members of edge households also get the living subsidy"),
    DISABILITY_LIVING("disability.living", MONEY_BY_KEY, YUAN_PER_PERSON_MONTH, PolicyArea.DISABILITY,
            "困难残疾人生活补贴，按低保类别（default 为无类别）；未设定时补贴金额为空并说明原因",
            "Living subsidy for disabled people in need, by dibao category (default: no category); when not set the"
                    + " amount is null with a reason",
            Limit.OPTIONAL),
    DISABILITY_NURSING("disability.nursing", NURSING, YUAN_PER_PERSON_MONTH, PolicyArea.DISABILITY,
            DisabilityType.class,
            "重度残疾人护理补贴，按残疾等级与类别分档；未设定时补贴金额为空并说明原因",
            "Nursing subsidy for severely disabled people, in tiers by grade and type; when not set the amount is"
                    + " null with a reason",
            Limit.OPTIONAL),
    FILING_STAFF_ROLES("filing.staffRoles", NAMES, NONE, PolicyArea.VERIFICATION, StaffRole.class,
            "经办人员的哪些角色，其近亲属申请低保须备案",
            "Staff roles whose near relatives' applications must be filed"),
    FILING_RELATIONS("filing.relations", NAMES, NONE, PolicyArea.VERIFICATION, KinRelation.class,
            "备案所指的近亲属关系",
            "Relations that count as near relatives for filing"),
    VISIT_MIN_STAFF("visit.minStaff", INT, PERSONS, PolicyArea.VERIFICATION,
            "入户调查组的最少人数（回避人员不计）",
            "Fewest staff on a home-visit team (staff who must recuse themselves not counted)"),
    VISIT_REQUIRED("visit.required", BOOL, NONE, PolicyArea.VERIFICATION,
            "每件申请是否都须有入户调查组（没有即为程序问题）",
            "Whether every application needs a home-visit team (none is a procedure problem)"),
    REVIEW_REQUIRED("review.required", BOOL, NONE, PolicyArea.VERIFICATION,
            "每件申请是否须经民主评议",
            "Whether every application goes through a democratic review"),
    REVIEW_POOL_MIN("review.poolMin", INT, PERSONS, PolicyArea.VERIFICATION,
            "民主评议库的最少人数",
            "Fewest people in the pool the review panel is drawn from"),
    REVIEW_PANEL_MIN("review.panelMin", INT, PERSONS, PolicyArea.VERIFICATION,
            "民主评议小组的最少人数（回避人员不计）",
            "Fewest members of a review panel (members who must recuse themselves not counted)"),
    REVIEW_CADRE_MIN("review.cadreMin", INT, PERSONS, PolicyArea.VERIFICATION,
            "民主评议小组中乡镇（街道）干部的最少人数",
            "Fewest township (street) officials on a review panel"),
    SAMPLING_RATIO("sampling.ratio", DECIMAL, RATIO, PolicyArea.SAMPLING,
            "县级入户抽查的比例；未指定 --ratio 时按此比例，指定时不得低于此比例",
            "Share of cases the county checks by home visit; the ratio when --ratio is not given, and its floor"
                    + " when it is",
            Limit.AT_MOST_ONE),
    SCREENING_DEATH_EXIT_MONTHS("screening.deathExitMonths", INT, MONTHS, PolicyArea.SCREENING,
            "保障对象死亡后须在这么多个月内办理退出",
            "Months within which a covered person who died must be taken off the dibao"),
    NOTICE_DAYS("notice.days", INT, DAYS, PolicyArea.NOTICE,
            "每次公示的天数",
            "Days of each public notice"),
    NOTICE_COUNT("notice.count", INT, TIMES, PolicyArea.NOTICE,
            "公示的次数（如审核公示、审批公示各一次）",
            "Number of public notices (e.g. one after review and one after approval)");

    /** Constraints beyond kind and unit, as declared for one parameter. */
    private enum Limit {
        /** No value in force is allowed ({@link ParameterSpec#optional()}). */
        OPTIONAL,
        /** Every number is greater than zero. */
        POSITIVE,
        /** Every number is at most 1. */
        AT_MOST_ONE,
        /** Every number is at most 100. */
        AT_MOST_HUNDRED,
        /** Every entry has a date. */
        DATED,
        /** An entry may give {@code yearly:}. */
        YEARLY
    }

    private static final Map<String, ParameterDef> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(d -> d.key, Function.identity()));

    /** The dotted name. */
    final String key;
    /** The kind of value. */
    final ParameterKind kind;
    /** True if no value in force is allowed. */
    final boolean optional;
    /** The enum whose constants a NAME, NAMES or NURSING value names, null when the names are plain text. */
    final Class<? extends Enum<?>> names;
    /** The public declaration. */
    final ParameterSpec spec;

    ParameterDef(String key, ParameterKind kind, ParameterUnit unit, PolicyArea area, String zh, String en,
                 Limit... limits) {
        this(key, kind, unit, area, null, List.of(), zh, en, limits);
    }

    ParameterDef(String key, ParameterKind kind, ParameterUnit unit, PolicyArea area, Class<? extends Enum<?>> names,
                 String zh, String en, Limit... limits) {
        this(key, kind, unit, area, names, Arrays.stream(names.getEnumConstants()).map(Enum::name).toList(), zh, en,
                limits);
    }

    ParameterDef(String key, ParameterKind kind, ParameterUnit unit, PolicyArea area, List<String> allowed,
                 String zh, String en, Limit... limits) {
        this(key, kind, unit, area, null, allowed, zh, en, limits);
    }

    ParameterDef(String key, ParameterKind kind, ParameterUnit unit, PolicyArea area, Class<? extends Enum<?>> names,
                 List<String> allowed, String zh, String en, Limit... limits) {
        Set<Limit> l = limits.length == 0 ? EnumSet.noneOf(Limit.class) : EnumSet.copyOf(Arrays.asList(limits));
        this.key = key;
        this.kind = kind;
        this.optional = l.contains(Limit.OPTIONAL);
        this.names = names;
        BigDecimal max = l.contains(Limit.AT_MOST_ONE) ? BigDecimal.ONE
                : l.contains(Limit.AT_MOST_HUNDRED) ? BigDecimal.valueOf(100) : null;
        this.spec = new ParameterSpec(key, kind, unit, area, zh, en, optional, allowed, l.contains(Limit.POSITIVE),
                max, l.contains(Limit.DATED), l.contains(Limit.YEARLY));
    }

    /** @return every dotted parameter name, in table order, never null */
    static List<String> keys() {
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
