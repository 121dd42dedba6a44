package org.doudi.rules.api.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.api.request.IncomeRiseCause;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.request.StaffRole;
import org.doudi.rules.api.request.VehicleKind;

/**
 * The reason codes of the built-in rules, each with the figures its reasons carry: name and type (see {@link
 * FigureType}). A decision carries a reason's code as text ({@link Reason#code()}); {@link #of(String)} gives the
 * constant for a built-in code, and an analyst's rule folder may add codes of its own, which have no constant (their
 * figures are as the rule gives them). The meaning of each code: {@code docs/reason-codes.md}.
 *
 * <p>{@link #check(Map)} says whether a reason's figures are what the code declares; the test suite checks every
 * reason of every scenario and worked example with it.
 */
public enum ReasonCode {

    /** A listed member is not counted (status or death). */
    MEMBER_NOT_COUNTED(code("status", MemberStatus.class)),
    /** The member receives tekun support, which takes precedence. */
    TEKUN_PRECEDENCE,
    /** Nobody is counted. */
    NO_COUNTED_MEMBER,
    /** An income of a counted member that is not counted, one per income item. */
    INCOME_EXCLUDED(code("incomeType", IncomeType.class), money("amount"),
            code("basis", "SINGLE_PERSON_SUPPORT_EXEMPT").asOptional()),
    /** An allowed rigid expenditure, per member and type. */
    EXPENSE_DEDUCTED(code("type", ExpenseType.class), money("declared").asOptional(), money("earnedIncome").asOptional(),
            money("amount")),
    /** An expense that is not deducted, per expense item. */
    EXPENSE_NOT_DEDUCTIBLE(code("type", ExpenseType.class), money("amount"),
            code("basis", "CONDITION_NOT_MET", "DEDUCTIONS_NOT_ENABLED")),
    /** One asset limit is exceeded. */
    ASSETS_EXCEED_LIMIT(code("which", "FINANCIAL", "VEHICLE", "RESIDENTIAL_PROPERTIES", "NON_RESIDENTIAL_PROPERTY",
            "BUSINESS_CAPITAL"), money("financial").asOptional(), code("kind", VehicleKind.class).asOptional(),
            money("value").asOptional(), count("residentialProperties").asOptional(),
            count("nonResidentialProperties").asOptional(), money("businessCapital").asOptional(),
            new Figure("limit", FigureType.NUMBER, false, Set.of()).asOptional()),
    /** Net income below S × n. */
    INCOME_BELOW_STANDARD(money("net"), money("standardTimesMembers"), count("countedMembers"), money("perCapita"),
            money("standard")),
    /** Net income not below S × n. */
    INCOME_NOT_BELOW_STANDARD(money("net"), money("standardTimesMembers"), count("countedMembers"),
            money("perCapita"), money("standard")),
    /** A low-income edge household. */
    HOUSEHOLD_EDGE(money("net"), exact("edgeLimit"), decimal("multiplier")),
    /** A member covered alone. */
    SINGLE_PERSON_COVERED(money("net"), money("standard")),
    /** A member who qualifies alone but whose own income is not below S. */
    SINGLE_PERSON_INCOME_NOT_BELOW(money("net"), money("standard")),
    /** A seriously ill member of an edge household not covered alone (huining-2020). */
    SINGLE_PERSON_NOT_FOR_ILLNESS,
    /** The unit's category and the definition it meets. */
    CATEGORY_ASSIGNED(count("category"), code("basis", "ALL_WITHOUT_LABOR_CAPACITY", "SEVERE_DISABILITY_OR_ILLNESS",
            "PREGNANCY_NURSING_OR_CARE", "SINGLE_PARENT_OF_PRESCHOOL_CHILD", "HEAVY_RIGID_EXPENDITURE",
            "SINGLE_PERSON_UNIT", "PARTIAL_CAPACITY_ILLNESS_OR_SCHOOLING", "ANY_COVERED_UNIT")),
    /** The township review meeting's category. */
    CATEGORY_OVERRIDDEN(count("category")),
    /** The support type of a registered household's unit. */
    SUPPORT_TYPE_ASSIGNED(code("supportType", SupportType.class)),
    /** The unit's monthly amount and how it was computed (figures by {@code mode}). */
    AMOUNT_COMPUTED(code("mode", "GAP", "CATEGORY_FIXED", "GRADED_GAP"), count("category").asOptional(),
            money("standardTimesSize").asOptional(), money("net").asOptional(), money("perPerson").asOptional(),
            count("unitSize").asOptional(), exact("gap").asOptional(), exact("floor").asOptional(),
            exact("exact").asOptional(), money("amount")),
    /** The standard has been in force longer than the profile's warning period. */
    STANDARD_MAY_BE_STALE(money("standard"), new Figure("effectiveFrom", FigureType.DATE, false, Set.of()),
            count("staleAfterMonths")),
    /** The case touches a staff member's near relative: filing. */
    FILING_REQUIRED(text("staffId"), code("staffRole", StaffRole.class), code("relation", KinRelation.class)),
    /** A case worker or panel member must be recused. */
    RECUSAL_REQUIRED(text("staffId"), code("relation", KinRelation.class)),
    /** No home-visit team where every application needs one. */
    HOME_VISIT_TEAM_MISSING,
    /** Too few qualified home visitors. */
    HOME_VISIT_TEAM_TOO_SMALL(count("team"), count("qualified"), count("minStaff")),
    /** No review panel where every new application needs one. */
    REVIEW_PANEL_MISSING,
    /** The review pool is too small. */
    REVIEW_POOL_TOO_SMALL(count("poolSize"), count("poolMin")),
    /** The review panel is too small after recusals. */
    REVIEW_PANEL_TOO_SMALL(count("listed"), count("seated"), count("panelMin")),
    /** Too few township cadres on the panel after recusals. */
    REVIEW_PANEL_TOO_FEW_CADRES(count("cadres"), count("cadreMin")),
    /** No representative of the applicant's village group on the panel. */
    REVIEW_PANEL_NO_GROUP_REPRESENTATIVE(text("applicantGroup")),
    /** Inside the phase-out window: the phase-out payment. */
    PHASE_OUT(month("startMonth"), month("endMonth"), money("enrolledAmount"), decimal("percent"), money("amount")),
    /** The phase-out window is over. */
    PHASE_OUT_ENDED(month("startMonth"), month("endMonth")),
    /** A phase-out condition is not met. */
    PHASE_OUT_NOT_APPLICABLE(code("condition", "INCOME_EXCEEDED_SINCE_MISSING", "INCOME_RISE_CAUSE_MISSING",
            "CAUSE_NOT_ELIGIBLE", "NOT_REGISTERED", "NO_ENROLLED_MEMBER_COUNTED"),
            code("cause", IncomeRiseCause.class).asOptional()),
    /** The household asks to leave dibao. */
    VOLUNTARY_EXIT,
    /** The voluntary-exit grant. */
    VOLUNTARY_EXIT_GRANT(count("months"), money("enrolledAmount"), money("grant")),
    /** No voluntary-exit grant for a household that is not registered. */
    VOLUNTARY_EXIT_GRANT_NOT_APPLICABLE(code("condition", "NOT_REGISTERED")),
    /** Temporary assistance before approval. */
    TEMPORARY_ASSISTANCE(count("months"), money("standardTimesMembers"), money("amount")),
    /** No temporary assistance: the assets fail. */
    TEMPORARY_ASSISTANCE_NOT_APPLICABLE(code("condition", "ASSETS_EXCEED_LIMIT")),
    /** The living subsidy for poor disabled people. */
    LIVING_SUBSIDY(money("amount"), code("basis", "COVERED_UNIT_CATEGORY", "COVERED_UNIT", "EDGE_HOUSEHOLD")),
    /** The nursing subsidy for severely disabled people. */
    NURSING_SUBSIDY(money("amount"), code("basis", "SEVERE_DISABILITY_LONG_TERM_CARE")),
    /** A subsidy is due, but the profile configures no amount. */
    SUBSIDY_AMOUNT_NOT_CONFIGURED(code("subsidy", "LIVING", "NURSING"), code("basis", "COVERED_UNIT_CATEGORY",
            "COVERED_UNIT", "EDGE_HOUSEHOLD", "SEVERE_DISABILITY_LONG_TERM_CARE"));

    /** The type of a figure, as {@link Reason#figures()} holds it and the decision JSON writes it. */
    public enum FigureType {
        /** A money amount: a {@link Money} (JSON: a string with two decimals). */
        MONEY,
        /** An exact intermediate amount with all its decimals: a decimal string (JSON: the same string). */
        EXACT,
        /** A count: an {@link Integer} (JSON: a number). */
        COUNT,
        /** A ratio or percentage: a decimal string without trailing zeros (JSON: the same string). */
        DECIMAL,
        /** A code: the name of an enum value, one of {@link Figure#codes()} (JSON: a string). */
        CODE,
        /** A month, {@code YYYY-MM} (JSON: a string). */
        MONTH,
        /** A date, {@code YYYY-MM-DD} (JSON: a string). */
        DATE,
        /** Free text as given in the request, e.g. a staff id (JSON: a string). */
        TEXT,
        /** A limit that is an amount or a count by the kind of limit: a {@link Money}, an exact decimal string or an
         * {@link Integer}. */
        NUMBER
    }

    /**
     * A figure a reason carries.
     *
     * @param name      its name in {@link Reason#figures()}, not null
     * @param type      its type, not null
     * @param optional  true if some reasons of the code do not carry it
     * @param codes     for {@link FigureType#CODE}, the values it may take; empty otherwise
     */
    public record Figure(String name, FigureType type, boolean optional, Set<String> codes) {

        /**
         * Copies the codes.
         *
         * @param name      its name in {@link Reason#figures()}, not null
         * @param type      its type, not null
         * @param optional  true if some reasons of the code do not carry it
         * @param codes     for {@link FigureType#CODE}, the values it may take; empty otherwise
         */
        public Figure {
            codes = Set.copyOf(codes);
        }

        /** @return this figure, marked optional */
        Figure asOptional() {
            return new Figure(name, type, true, codes);
        }

        /** @return a problem with the value, or null when it is one of this figure's type */
        String problem(Object value) {
            boolean ok = switch (type) {
                case MONEY -> value instanceof Money;
                case EXACT, DECIMAL -> value instanceof String s && isDecimal(s);
                case COUNT -> value instanceof Integer;
                case CODE -> value instanceof String s && codes.contains(s);
                case MONTH -> value instanceof String s && parses(() -> YearMonth.parse(s));
                case DATE -> value instanceof String s && parses(() -> LocalDate.parse(s));
                case TEXT -> value instanceof String;
                case NUMBER -> value instanceof Money || value instanceof Integer
                        || value instanceof String s && isDecimal(s);
            };
            return ok ? null : name + " = " + value + " (" + (value == null ? "null" : value.getClass().getSimpleName())
                    + ") is no " + type + (type == FigureType.CODE ? " of " + codes : "");
        }

        private static boolean isDecimal(String s) {
            return parses(() -> new BigDecimal(s));
        }

        private static boolean parses(Runnable parse) {
            try {
                parse.run();
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    private final List<Figure> figures;

    ReasonCode(Figure... figures) {
        this.figures = List.of(figures);
    }

    /** @return the figures reasons of this code carry, in the order the rules give them; never null */
    public List<Figure> figures() {
        return figures;
    }

    /**
     * @param code  a reason code as a decision carries it, not null
     * @return the built-in code, or empty for a code of an analyst's rule folder
     */
    public static Optional<ReasonCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /**
     * Compares a reason's figures with what this code declares.
     *
     * @param reasonFigures  the figures of a reason of this code, not null
     * @return the problems: an undeclared figure, a missing one that is not optional, a value of another type; empty
     *         when the figures are as declared; never null
     */
    public List<String> check(Map<String, Object> reasonFigures) {
        List<String> problems = new ArrayList<>();
        Map<String, Figure> declared = new LinkedHashMap<>();
        figures.forEach(f -> declared.put(f.name(), f));
        reasonFigures.forEach((name, value) -> {
            Figure f = declared.get(name);
            if (f == null) {
                problems.add(name + " is not a figure of " + this);
            } else if (f.problem(value) != null) {
                problems.add(f.problem(value));
            }
        });
        figures.stream().filter(f -> !f.optional() && !reasonFigures.containsKey(f.name()))
                .forEach(f -> problems.add(f.name() + " is missing"));
        return problems;
    }

    private static Figure money(String name) {
        return new Figure(name, FigureType.MONEY, false, Set.of());
    }

    private static Figure exact(String name) {
        return new Figure(name, FigureType.EXACT, false, Set.of());
    }

    private static Figure decimal(String name) {
        return new Figure(name, FigureType.DECIMAL, false, Set.of());
    }

    private static Figure count(String name) {
        return new Figure(name, FigureType.COUNT, false, Set.of());
    }

    private static Figure month(String name) {
        return new Figure(name, FigureType.MONTH, false, Set.of());
    }

    private static Figure text(String name) {
        return new Figure(name, FigureType.TEXT, false, Set.of());
    }

    private static Figure code(String name, String... codes) {
        return new Figure(name, FigureType.CODE, false, Set.of(codes));
    }

    private static Figure code(String name, Class<? extends Enum<?>> type) {
        return new Figure(name, FigureType.CODE, false,
                Set.copyOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
}
