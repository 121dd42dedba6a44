package org.doudi.rules.api.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.CaseWorker;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberRelation;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.request.PanelMember;
import org.doudi.rules.api.request.ReviewPanel;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.Vehicle;

/**
 * The profile-independent semantic checks of a request (the JSON contract, "Request" and "Invalid request"): required
 * fields, exactly one head, unique member ids, references to members, dates in order, ranges, no negative amounts,
 * ID number format. Each problem is reported at its JSON path; messages never quote a personal identifier.
 *
 * <p>The structure and meaning stages of the {@link RequestPipeline}; the profile-dependent checks (known profile or
 * region, parameter ranges) are the engine's {@link ProfileChecks}. Stateless and thread-safe.
 */
public final class RequestValidator {

    static final String REQUIRED = "required";
    static final String NOT_NEGATIVE = "must not be negative";
    static final String ONE_TO_FOUR = "must be between 1 and 4";
    static final String ID_NUMBER = "must be 15 or 18 characters of digits with an optional final X";

    private static final Pattern REGION = Pattern.compile("\\d{6}");
    private static final Pattern ID_NUMBER_FORMAT = Pattern.compile("\\d{14}[\\dXx]|\\d{17}[\\dXx]");

    private RequestValidator() {
    }

    /**
     * Checks a request built in Java (or decoded without problems).
     *
     * @param request  the request, possibly partial, not null
     * @return every problem found, never null; empty if the request passes these checks
     */
    public static List<Problem> validate(EvaluationRequest request) {
        return validate(request, List.of());
    }

    /**
     * Checks a decoded request, skipping every check that involves a field decoding already reported (at or under a
     * reported path): such a field is null or at its default only because it could not be read.
     *
     * @param request         the request, possibly partial, not null
     * @param decodeProblems  the problems decoding reported, not null
     * @return the semantic problems found, never null; decode problems are not repeated
     */
    static List<Problem> validate(EvaluationRequest request, Collection<Problem> decodeProblems) {
        Checks checks = new Checks(decodeProblems);
        checks.request(Objects.requireNonNull(request, "request"));
        return List.copyOf(checks.problems);
    }

    /**
     * Merges decode problems and semantic problems: decode problems first, then each semantic problem whose path is
     * not at or under a path already reported.
     *
     * @param decodeProblems  the problems of decoding, not null
     * @param semantic        the problems of {@link #validate}, not null
     * @return the merged list, never null
     */
    static List<Problem> merge(List<Problem> decodeProblems, List<Problem> semantic) {
        List<Problem> merged = new ArrayList<>(decodeProblems);
        Reported reported = new Reported(decodeProblems);
        semantic.stream().filter(p -> !reported.covers(p.path())).forEach(merged::add);
        return List.copyOf(merged);
    }

    /** The paths already reported; a path is covered when it is one of them or lies under one. */
    private static final class Reported {
        private final Set<String> paths = new HashSet<>();

        Reported(Collection<Problem> problems) {
            problems.forEach(p -> paths.add(p.path()));
        }

        boolean covers(String path) {
            if (paths.isEmpty()) {
                return false;
            }
            if (paths.contains("") || paths.contains(path)) {
                return true;
            }
            for (int i = path.length() - 1; i > 0; i--) {
                char c = path.charAt(i);
                if ((c == '.' || c == '[') && paths.contains(path.substring(0, i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One run of the checks. */
    private static final class Checks {
        final List<Problem> problems = new ArrayList<>();
        private final Reported reported;
        private Set<String> memberIds; // null when some member id is unknown: references are then not checked

        Checks(Collection<Problem> decodeProblems) {
            reported = new Reported(decodeProblems);
        }

        /**
         * Reports a problem unless a field it was derived from could not be decoded (that field is null or at its
         * default only for that reason). A problem at or under a path decoding reported is dropped once, by
         * {@link #merge}.
         */
        void add(String path, String message, String... dependsOn) {
            for (String input : dependsOn) {
                if (reported.covers(input)) {
                    return;
                }
            }
            problems.add(new Problem(path, message));
        }

        void required(String path, Object value) {
            if (value == null || value instanceof String s && s.isBlank()) {
                add(path, REQUIRED);
            }
        }

        void notNegative(String path, Money amount) {
            if (amount != null && amount.isNegative()) {
                add(path, NOT_NEGATIVE);
            }
            if (amount != null && !Bounds.moneyWithin(amount.amount())) {
                add(path, Bounds.MONEY_MESSAGE);
            }
        }

        /** A string field within {@link Bounds#STRING_CODE_POINTS}. */
        void text(String path, String value) {
            if (value != null && !Bounds.stringWithin(value)) {
                add(path, Bounds.STRING_MESSAGE);
            }
        }

        /** A date within the years of {@link Bounds}. */
        void date(String path, LocalDate value) {
            if (value != null && !Bounds.yearWithin(value)) {
                add(path, Bounds.YEAR_MESSAGE);
            }
        }

        /** A month within the years of {@link Bounds}. */
        void month(String path, YearMonth value) {
            if (value != null && !Bounds.yearWithin(value)) {
                add(path, Bounds.YEAR_MESSAGE);
            }
        }

        /** A list within {@link Bounds#LIST_ENTRIES}. */
        void size(String path, List<?> list) {
            if (list.size() > Bounds.LIST_ENTRIES) {
                add(path, Bounds.listMessage(false));
            }
        }

        /** A list of strings: its size and each string. */
        void texts(String path, List<String> list) {
            size(path, list);
            forEach(path, list, this::text);
        }

        void notNegative(String path, Integer count) {
            if (count != null && count < 0) {
                add(path, NOT_NEGATIVE);
            }
        }

        void oneToFour(String path, Integer value) {
            if (value != null && (value < 1 || value > 4)) {
                add(path, ONE_TO_FOUR);
            }
        }

        void idNumber(String path, String value) {
            if (value != null && !ID_NUMBER_FORMAT.matcher(value).matches()) {
                add(path, ID_NUMBER);
            }
        }

        void memberReference(String path, String memberId) {
            if (memberIds != null && memberId != null && !memberId.isBlank() && Bounds.stringWithin(memberId)
                    && !memberIds.contains(memberId)) {
                add(path, "refers to an unknown member id " + memberId);
            }
        }

        void request(EvaluationRequest r) {
            required("caseId", r.caseId());
            text("caseId", r.caseId());
            text("region", r.region());
            text("profile", r.profile());
            date("asOf", r.asOf());
            size("flags", r.flags());
            size("staffRelations", r.staffRelations());
            size("caseWorkers", r.caseWorkers());
            texts("homeVisitTeam", r.homeVisitTeam());
            required("kind", r.kind());
            if (r.region() == null && r.profile() == null) {
                add("profile", "region or profile is required", "region");
            }
            if (r.region() != null && !REGION.matcher(r.region()).matches()) {
                add("region", "must be 6 digits");
            }
            required("asOf", r.asOf());
            required("residence", r.residence());
            members(r.members(), r.asOf());
            assets(r.assets());
            enrollment(r.kind(), r.enrollment());
            oneToFour("categoryOverride", r.categoryOverride());
            // bonusMonths and bridgeMonths are checked against the profile's [min, max] where it enables the
            // feature, and ignored (even negative) where it does not: the service's profile checks
            forEach("staffRelations", r.staffRelations(), this::staffRelation);
            forEach("caseWorkers", r.caseWorkers(), this::caseWorker);
            if (r.reviewPanel() != null) {
                reviewPanel("reviewPanel", r.reviewPanel());
            }
        }

        private void members(List<Member> members, LocalDate asOf) {
            if (members.isEmpty()) {
                add("members", REQUIRED);
                return;
            }
            if (members.size() > Bounds.MEMBERS) {
                add("members", Bounds.listMessage(true));
            }
            long heads = members.stream().filter(m -> m.relation() == HeadRelation.HEAD).count();
            boolean relationMissing = members.stream().anyMatch(m -> m.relation() == null);
            if (heads > 1 || heads == 0 && !relationMissing) {
                add("members", "must have exactly one HEAD");
            }
            Map<String, Integer> firstIndex = new HashMap<>();
            boolean idsComplete = true;
            for (int i = 0; i < members.size(); i++) {
                String id = members.get(i).id();
                String idPath = "members[" + i + "].id";
                idsComplete &= id != null;
                if (id != null && firstIndex.putIfAbsent(id, i) != null && Bounds.stringWithin(id)) {
                    add(idPath, "duplicate member id " + id);
                }
            }
            memberIds = idsComplete ? firstIndex.keySet() : null;
            forEach("members", members, (path, m) -> member(path, m, asOf));
        }

        private void member(String p, Member m, LocalDate asOf) {
            required(p + ".id", m.id());
            text(p + ".id", m.id());
            text(p + ".name", m.name());
            text(p + ".idNumber", m.idNumber());
            text(p + ".phone", m.phone());
            text(p + ".bankAccount", m.bankAccount());
            date(p + ".birthDate", m.birthDate());
            date(p + ".deceasedOn", m.deceasedOn());
            size(p + ".disabilities", m.disabilities());
            size(p + ".benefits", m.benefits());
            size(p + ".incomes", m.incomes());
            size(p + ".expenses", m.expenses());
            idNumber(p + ".idNumber", m.idNumber());
            required(p + ".relation", m.relation());
            required(p + ".birthDate", m.birthDate());
            if (m.birthDate() != null && asOf != null && m.birthDate().isAfter(asOf)) {
                add(p + ".birthDate", "must not be after asOf");
            }
            if (m.status() == MemberStatus.DECEASED && m.deceasedOn() == null) {
                add(p + ".deceasedOn", REQUIRED);
            }
            if (m.status() != MemberStatus.DECEASED && m.deceasedOn() != null) {
                add(p + ".deceasedOn", "allowed only when status is DECEASED", p + ".status");
            }
            if (m.deceasedOn() != null && m.birthDate() != null && m.deceasedOn().isBefore(m.birthDate())) {
                add(p + ".deceasedOn", "must not be before birthDate");
            }
            required(p + ".laborCapacity", m.laborCapacity());
            forEach(p + ".disabilities", m.disabilities(), this::disability);
            forEach(p + ".incomes", m.incomes(), this::income);
            forEach(p + ".expenses", m.expenses(), this::expense);
        }

        private void disability(String p, Disability d) {
            required(p + ".type", d.type());
            required(p + ".grade", d.grade());
            oneToFour(p + ".grade", d.grade());
        }

        private void income(String p, Income i) {
            required(p + ".type", i.type());
            required(p + ".monthly", i.monthly());
            notNegative(p + ".monthly", i.monthly());
        }

        private void expense(String p, Expense e) {
            required(p + ".type", e.type());
            required(p + ".monthly", e.monthly());
            notNegative(p + ".monthly", e.monthly());
        }

        private void assets(Assets a) {
            notNegative("assets.financial", a.financial());
            size("assets.vehicles", a.vehicles());
            forEach("assets.vehicles", a.vehicles(), this::vehicle);
            notNegative("assets.residentialProperties", a.residentialProperties());
            notNegative("assets.nonResidentialProperties", a.nonResidentialProperties());
            notNegative("assets.businessCapital", a.businessCapital());
        }

        private void vehicle(String p, Vehicle v) {
            required(p + ".kind", v.kind());
            required(p + ".value", v.value());
            notNegative(p + ".value", v.value());
        }

        private void enrollment(Kind kind, Enrollment e) {
            if (e == null) {
                if (kind == Kind.REVIEW || kind == Kind.VOLUNTARY_EXIT) {
                    add("enrollment", REQUIRED);
                }
                return;
            }
            required("enrollment.since", e.since());
            month("enrollment.since", e.since());
            month("enrollment.incomeExceededSince", e.incomeExceededSince());
            texts("enrollment.coveredMembers", e.coveredMembers());
            size("enrollment.subsidiesPaid", e.subsidiesPaid());
            size("enrollment.cards", e.cards());
            oneToFour("enrollment.category", e.category());
            required("enrollment.monthlyAmount", e.monthlyAmount());
            notNegative("enrollment.monthlyAmount", e.monthlyAmount());
            if (e.coveredMembers().isEmpty()) {
                add("enrollment.coveredMembers", "required: must name at least one member");
            }
            forEach("enrollment.coveredMembers", e.coveredMembers(), this::memberReference);
            Set<String> paidTo = new HashSet<>();
            forEach("enrollment.subsidiesPaid", e.subsidiesPaid(), (p, s) -> {
                subsidy(p, s);
                // one record per member: a second would leave it open which of the two amounts is being paid
                if (s.memberId() != null && !paidTo.add(s.memberId()) && Bounds.stringWithin(s.memberId())) {
                    add(p + ".memberId", "duplicate member id " + s.memberId() + ": one record per member");
                }
            });
            forEach("enrollment.cards", e.cards(), (p, c) -> {
                text(p + ".cardId", c.cardId());
                text(p + ".holderIdNumber", c.holderIdNumber());
                idNumber(p + ".holderIdNumber", c.holderIdNumber());
            });
        }

        private void subsidy(String p, DisabilitySubsidy s) {
            text(p + ".memberId", s.memberId());
            memberReference(p + ".memberId", s.memberId());
            notNegative(p + ".living", s.living());
            notNegative(p + ".nursing", s.nursing());
        }

        private void staffRelation(String p, StaffRelation s) {
            required(p + ".memberId", s.memberId());
            text(p + ".memberId", s.memberId());
            memberReference(p + ".memberId", s.memberId());
            required(p + ".staffId", s.staffId());
            text(p + ".staffId", s.staffId());
            required(p + ".staffRole", s.staffRole());
            required(p + ".relation", s.relation());
        }

        private void caseWorker(String p, CaseWorker w) {
            required(p + ".staffId", w.staffId());
            text(p + ".staffId", w.staffId());
            size(p + ".relations", w.relations());
            forEach(p + ".relations", w.relations(), this::memberRelation);
        }

        private void reviewPanel(String p, ReviewPanel panel) {
            notNegative(p + ".poolSize", panel.poolSize());
            text(p + ".applicantGroup", panel.applicantGroup());
            size(p + ".members", panel.members());
            forEach(p + ".members", panel.members(), this::panelMember);
            Set<String> seen = new HashSet<>();
            forEach(p + ".members", panel.members(), (path, m) -> {
                if (m.personId() != null && !m.personId().isBlank() && !seen.add(m.personId())) {
                    add(path + ".personId", "duplicate personId in the review panel");
                }
            });
        }

        private void panelMember(String p, PanelMember m) {
            required(p + ".personId", m.personId());
            text(p + ".personId", m.personId());
            text(p + ".group", m.group());
            size(p + ".relations", m.relations());
            forEach(p + ".relations", m.relations(), this::memberRelation);
        }

        private void memberRelation(String p, MemberRelation r) {
            required(p + ".memberId", r.memberId());
            text(p + ".memberId", r.memberId());
            memberReference(p + ".memberId", r.memberId());
            required(p + ".relation", r.relation());
        }

        /** Checks each element of a list at its indexed path. */
        private static <T> void forEach(String path, List<T> list, BiConsumer<String, T> check) {
            for (int i = 0; i < list.size(); i++) {
                check.accept(path + "[" + i + "]", list.get(i));
            }
        }
    }
}
