package org.doudi.rules.api.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.CaseWorker;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Duty;
import org.doudi.rules.api.request.Education;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.HolderRole;
import org.doudi.rules.api.request.HouseholdFlag;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeRiseCause;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberRelation;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.request.PanelMember;
import org.doudi.rules.api.request.PaymentCard;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.ReviewPanel;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.StaffRole;
import org.doudi.rules.api.request.Vehicle;
import org.doudi.rules.api.request.VehicleKind;
import org.doudi.rules.api.validation.Bounds;

/**
 * Decodes a request tree into an {@link EvaluationRequest}, table-driven: each object type is a {@link Shape} listing
 * its fields and how to read each. Every field is read independently, so every syntactic problem is reported (in
 * document order) and the request is still built, with null or default values where a field failed.
 *
 * <p>Only syntax is checked here (types, enum values, formats, unknown fields); required fields and everything else
 * are the {@link org.doudi.rules.api.validation.RequestValidator}'s. Stateless and thread-safe.
 */
final class RequestDecoder {

    static final String MONEY_FORMAT = "must be a money string such as \"300.00\"";

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(?:\\.(\\d+))?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d{1,9}");

    private RequestDecoder() {
    }

    /**
     * Decodes a request object.
     *
     * @param root     the request object, not null
     * @param lenient  true to accept scalars of another JSON type by their textual form (YAML scenarios)
     * @return the request (never null) and the syntactic problems found, in document order
     */
    static DecodedRequest decode(JsonNode root, boolean lenient) {
        Context ctx = new Context(lenient);
        EvaluationRequest request = REQUEST.read(root, "", ctx);
        return new DecodedRequest(request == null ? REQUEST.empty() : request, ctx.problems);
    }

    /** @return a request with every field omitted, never null */
    static EvaluationRequest emptyRequest() {
        return REQUEST.empty();
    }

    /**
     * @param parent  the parent path, "" for the root
     * @param name    the field name
     * @return the path of the field
     */
    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Readers of values

    /** The decoding state of one request: the problems found and the leniency. */
    private static final class Context {
        final List<Problem> problems = new ArrayList<>();
        final boolean lenient;

        Context(boolean lenient) {
            this.lenient = lenient;
        }

        <T> T fail(String path, String message) {
            problems.add(new Problem(path, message));
            return null;
        }
    }

    /** Reads one non-null JSON value; returns null after reporting a problem. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonNode node, String path, Context ctx);
    }

    /**
     * The text of a string, or in lenient mode of any scalar as written; null otherwise. A number whose written form
     * would be longer than a string may be ({@code 1e999999999} in YAML is a billion digits) is never written out: it
     * gives {@link #TOO_LONG}, which the readers report as such.
     */
    private static String scalarText(JsonNode node, Context ctx) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (ctx.lenient && node.isNumber()) {
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
                return node.asText(); // YAML's .inf or a number beyond double: reported as a bad value, never thrown
            }
            if (!node.isIntegralNumber() || node.isBigInteger()) {
                BigDecimal value = node.decimalValue();
                long digits = Math.max(value.precision(), (long) value.precision() - value.scale());
                if (digits > Bounds.STRING_CODE_POINTS) {
                    return TOO_LONG;
                }
            }
            return node.isIntegralNumber() ? node.bigIntegerValue().toString() : node.decimalValue().toPlainString();
        }
        if (ctx.lenient && node.isBoolean()) {
            return node.asText();
        }
        return null;
    }

    /** What {@link #scalarText} gives for a number too long to write out (compared by identity). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String TOO_LONG = new String("");

    private static final Reader<String> STRING = (node, path, ctx) -> {
        String text = scalarText(node, ctx);
        if (text == TOO_LONG) {
            return ctx.fail(path, Bounds.STRING_MESSAGE);
        }
        return text != null ? text : ctx.fail(path, "must be a string");
    };

    private static final Reader<Boolean> BOOLEAN = (node, path, ctx) -> {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (ctx.lenient && node.isTextual() && Set.of("true", "false").contains(node.textValue())) {
            return Boolean.valueOf(node.textValue());
        }
        return ctx.fail(path, "must be a boolean");
    };

    private static final Reader<Integer> INTEGER = (node, path, ctx) -> {
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (ctx.lenient && node.isTextual() && INTEGER_TEXT.matcher(node.textValue()).matches()) {
            return Integer.valueOf(node.textValue());
        }
        return ctx.fail(path, "must be an integer");
    };

    private static final Reader<Money> MONEY = (node, path, ctx) -> {
        String text = node.isTextual() || ctx.lenient && node.isNumber() ? scalarText(node, ctx) : null;
        if (text == TOO_LONG) {
            return ctx.fail(path, Bounds.MONEY_MESSAGE);
        }
        Matcher m = text == null ? null : DECIMAL.matcher(text);
        if (m == null || !m.matches()) {
            return ctx.fail(path, MONEY_FORMAT);
        }
        int whole = (m.group(1) == null ? text.length() : m.start(1) - 1) - (text.startsWith("-") ? 1 : 0);
        if (whole > Bounds.MONEY_DIGITS) {
            // before parsing: a decimal of a million digits takes seconds to parse
            return ctx.fail(path, Bounds.MONEY_MESSAGE);
        }
        if (m.group(1) != null && m.group(1).length() > 2) {
            return ctx.fail(path, "must have at most two decimals");
        }
        return Money.parse(text);
    };

    private static final Reader<LocalDate> LOCAL_DATE = parsed(DATE, LocalDate::parse, "must be a valid date yyyy-MM-dd");

    private static final Reader<YearMonth> YEAR_MONTH = parsed(MONTH, YearMonth::parse, "must be a valid month yyyy-MM");

    /** A temporal value: text of the pattern that the parser accepts (strictly: no 30 February). */
    private static <T> Reader<T> parsed(Pattern pattern, Function<String, T> parser, String message) {
        return (node, path, ctx) -> {
            String text = scalarText(node, ctx);
            if (text != null && pattern.matcher(text).matches()) {
                try {
                    return parser.apply(text);
                } catch (DateTimeException e) {
                    // reported below
                }
            }
            return ctx.fail(path, message);
        };
    }

    /** An enum constant given by its exact name. */
    private static <E extends Enum<E>> Reader<E> oneOf(Class<E> type) {
        E[] constants = type.getEnumConstants();
        String message = Arrays.stream(constants).map(Enum::name)
                .collect(Collectors.joining(", ", "must be one of ", ""));
        return (node, path, ctx) -> {
            String text = scalarText(node, ctx);
            for (E constant : constants) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            return ctx.fail(path, message);
        };
    }

    /**
     * A list. A null or bad element is reported and replaced by {@code placeholder} so that the indexes of later
     * elements stay those of the document; with a null placeholder it is dropped.
     */
    private static <T> Reader<List<T>> listOf(Reader<T> element, T placeholder) {
        return (node, path, ctx) -> {
            if (!node.isArray()) {
                return ctx.fail(path, "must be a list");
            }
            List<T> values = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                String elementPath = path + "[" + i + "]";
                JsonNode item = node.get(i);
                T value = item.isNull() ? ctx.fail(elementPath, "required") : element.read(item, elementPath, ctx);
                if (value == null) {
                    value = placeholder;
                }
                if (value != null) {
                    values.add(value);
                }
            }
            return values;
        };
    }

    private static <T> Reader<List<T>> listOf(Shape<T> shape) {
        return listOf(shape, shape.empty());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Objects

    /** The values read from one JSON object, by field name; a field given as null is present with a null value. */
    private static final class Values {
        private final Map<String, Object> byName = new HashMap<>();

        void put(String name, Object value) {
            byName.put(name, value);
        }

        boolean has(String name) {
            return byName.containsKey(name);
        }

        @SuppressWarnings("unchecked")
        <V> V get(String name) {
            return (V) byName.get(name);
        }

        <V> V getOr(String name, V fallback) {
            V value = get(name);
            return value == null ? fallback : value;
        }
    }

    /** A field of a shape. */
    private record Field(String name, Reader<?> reader) {
    }

    private static Field f(String name, Reader<?> reader) {
        return new Field(name, reader);
    }

    /**
     * An object type: its fields and how to build the record from their values. Immutable.
     *
     * <p>A record is built by its components' names, never by position: {@link #bound} binds each field to the
     * record component of the same name (an omitted boolean is false, an omitted count 0), and refuses, when the class
     * loads, a shape whose fields and record components differ. That the fields are those of the request's JSON
     * Schema is a test's ({@code RequestShapesTest}).
     *
     * @param <T> the record type
     */
    private static final class Shape<T> implements Reader<T> {
        private final Class<T> type;
        private final Map<String, Reader<?>> fields;
        private final Set<String> decoderRequired;
        private final Function<Values, T> build;

        private Shape(Class<T> type, Function<Values, T> build, Set<String> decoderRequired, Field... fields) {
            this.type = type;
            this.build = build;
            this.decoderRequired = decoderRequired;
            this.fields = Arrays.stream(fields).collect(Collectors.toUnmodifiableMap(Field::name, Field::reader));
        }

        /** A record type whose components are exactly the fields, bound by name. */
        static <T extends Record> Shape<T> bound(Class<T> type, Field... fields) {
            RecordComponent[] components = type.getRecordComponents();
            Set<String> names = Arrays.stream(fields).map(Field::name).collect(Collectors.toSet());
            Set<String> componentNames = Arrays.stream(components).map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            if (!names.equals(componentNames)) {
                throw new IllegalStateException("the JSON fields of " + type.getSimpleName() + " " + names
                        + " are not its record components " + componentNames);
            }
            Constructor<T> constructor;
            try {
                constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
            }
            return new Shape<>(type, values -> {
                Object[] arguments = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    Object value = values.get(components[i].getName());
                    Class<?> t = components[i].getType();
                    arguments[i] = value != null || !t.isPrimitive() ? value : t == boolean.class ? Boolean.FALSE : 0;
                }
                try {
                    return constructor.newInstance(arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
                }
            }, Set.of(), fields);
        }

        /** A type built by hand, for a record whose components are not one to one with its JSON fields. */
        static <T> Shape<T> built(Class<T> type, Function<Values, T> build, Set<String> decoderRequired,
                                  Field... fields) {
            return new Shape<>(type, build, decoderRequired, fields);
        }

        /** @return the record type, never null */
        Class<T> type() {
            return type;
        }

        /** @return the JSON field names, never null */
        Set<String> fieldNames() {
            return fields.keySet();
        }

        /** @return the record of an object with every field omitted */
        T empty() {
            return build.apply(new Values());
        }

        @Override
        public T read(JsonNode node, String path, Context ctx) {
            if (!node.isObject()) {
                return ctx.fail(path, "must be an object");
            }
            Values values = new Values();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String fieldPath = child(path, entry.getKey());
                Reader<?> reader = fields.get(entry.getKey());
                if (reader == null) {
                    ctx.fail(fieldPath, "unknown field");
                } else {
                    JsonNode value = entry.getValue();
                    values.put(entry.getKey(), value.isNull() ? null : reader.read(value, fieldPath, ctx));
                }
            }
            // fields the record itself cannot hold as null; every other required field is the validator's
            decoderRequired.stream().sorted().filter(name -> !node.hasNonNull(name))
                    .forEach(name -> ctx.fail(child(path, name), "required"));
            return build.apply(values);
        }
    }

    private static final Shape<Disability> DISABILITY = Shape.bound(Disability.class,
            f("type", oneOf(DisabilityType.class)), f("grade", INTEGER));

    private static final Shape<Income> INCOME = Shape.bound(Income.class,
            f("type", oneOf(IncomeType.class)), f("monthly", MONEY));

    private static final Shape<Expense> EXPENSE = Shape.bound(Expense.class,
            f("type", oneOf(ExpenseType.class)), f("monthly", MONEY));

    private static final Shape<Member> MEMBER = Shape.bound(Member.class,
            f("id", STRING), f("name", STRING), f("idNumber", STRING), f("phone", STRING), f("bankAccount", STRING),
            f("relation", oneOf(HeadRelation.class)), f("birthDate", LOCAL_DATE), f("status", oneOf(MemberStatus.class)),
            f("deceasedOn", LOCAL_DATE), f("laborCapacity", oneOf(LaborCapacity.class)),
            f("disabilities", listOf(DISABILITY)), f("certificate", oneOf(Certificate.class)),
            f("longTermCare", BOOLEAN), f("catastrophicIllness", BOOLEAN), f("illnessAidReceived", BOOLEAN),
            f("chronicIllness", BOOLEAN), f("pregnantOrNursing", BOOLEAN), f("caregiver", BOOLEAN),
            f("dependsOnFamily", BOOLEAN), f("education", oneOf(Education.class)), f("employed", BOOLEAN),
            f("benefits", listOf(oneOf(Benefit.class), null)), f("incomes", listOf(INCOME)),
            f("expenses", listOf(EXPENSE)));

    private static final Shape<Vehicle> VEHICLE = Shape.bound(Vehicle.class,
            f("kind", oneOf(VehicleKind.class)), f("value", MONEY), f("exempt", BOOLEAN));

    private static final Shape<Assets> ASSETS = Shape.bound(Assets.class,
            f("financial", MONEY), f("vehicles", listOf(VEHICLE)), f("residentialProperties", INTEGER),
            f("nonResidentialProperties", INTEGER), f("businessRegistered", BOOLEAN), f("businessCapital", MONEY));

    /** A subsidy paid: a present key is a subsidy paid, {@code null} its amount not configured (as in a decision). */
    private static final Shape<DisabilitySubsidy> SUBSIDY = Shape.built(DisabilitySubsidy.class,
            v -> new DisabilitySubsidy(v.getOr("memberId", ""), v.has("living"), v.get("living"),
                    v.has("nursing"), v.get("nursing")),
            Set.of("memberId"),
            f("memberId", STRING), f("living", MONEY), f("nursing", MONEY));

    private static final Shape<PaymentCard> CARD = Shape.bound(PaymentCard.class,
            f("cardId", STRING), f("holderIdNumber", STRING), f("holderRole", oneOf(HolderRole.class)),
            f("registered", BOOLEAN));

    private static final Shape<Enrollment> ENROLLMENT = Shape.bound(Enrollment.class,
            f("since", YEAR_MONTH), f("category", INTEGER), f("monthlyAmount", MONEY),
            f("coveredMembers", listOf(STRING, "")), f("incomeExceededSince", YEAR_MONTH),
            f("incomeRiseCause", oneOf(IncomeRiseCause.class)), f("filed", BOOLEAN),
            f("subsidiesPaid", listOf(SUBSIDY)), f("cards", listOf(CARD)));

    private static final Shape<StaffRelation> STAFF_RELATION = Shape.bound(StaffRelation.class,
            f("memberId", STRING), f("staffId", STRING), f("staffRole", oneOf(StaffRole.class)),
            f("relation", oneOf(KinRelation.class)));

    private static final Shape<MemberRelation> MEMBER_RELATION = Shape.bound(MemberRelation.class,
            f("memberId", STRING), f("relation", oneOf(KinRelation.class)));

    private static final Shape<CaseWorker> CASE_WORKER = Shape.bound(CaseWorker.class,
            f("staffId", STRING), f("duty", oneOf(Duty.class)), f("townshipStaff", BOOLEAN),
            f("relations", listOf(MEMBER_RELATION)));

    private static final Shape<PanelMember> PANEL_MEMBER = Shape.bound(PanelMember.class,
            f("personId", STRING), f("townshipCadre", BOOLEAN), f("groupLeaderOrInformed", BOOLEAN),
            f("group", STRING), f("relations", listOf(MEMBER_RELATION)));

    private static final Shape<ReviewPanel> REVIEW_PANEL = Shape.bound(ReviewPanel.class,
            f("poolSize", INTEGER), f("applicantGroup", STRING), f("members", listOf(PANEL_MEMBER)));

    private static final Shape<EvaluationRequest> REQUEST = Shape.bound(EvaluationRequest.class,
            f("caseId", STRING), f("kind", oneOf(Kind.class)), f("region", STRING), f("profile", STRING),
            f("asOf", LOCAL_DATE), f("residence", oneOf(Residence.class)),
            f("flags", listOf(oneOf(HouseholdFlag.class), null)), f("members", listOf(MEMBER)), f("assets", ASSETS),
            f("enrollment", ENROLLMENT), f("categoryOverride", INTEGER), f("bonusMonths", INTEGER),
            f("bridgeMonths", INTEGER), f("staffRelations", listOf(STAFF_RELATION)),
            f("caseWorkers", listOf(CASE_WORKER)), f("homeVisitTeam", listOf(STRING, "")),
            f("reviewPanel", REVIEW_PANEL));

    /**
     * The JSON field names of every object type the decoder reads, by record type: what a test compares with the
     * request's JSON Schema.
     *
     * @return the names by type, never null
     */
    static Map<Class<?>, Set<String>> fieldNames() {
        return java.util.stream.Stream.of(REQUEST, MEMBER, DISABILITY, INCOME, EXPENSE, ASSETS, VEHICLE, ENROLLMENT,
                        SUBSIDY, CARD, STAFF_RELATION, CASE_WORKER, MEMBER_RELATION, REVIEW_PANEL, PANEL_MEMBER)
                .collect(Collectors.toUnmodifiableMap(Shape::type, Shape::fieldNames));
    }
}
