package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.request.Vehicle;
import org.doudi.rules.api.request.VehicleKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Joining registry rows to one case and applying what they prove: deaths and detentions to the members' status (the
 * earliest applicable row, rows dated after the assessment date or before the member's birth left out), then over the
 * counted members vehicles of each kind beyond those declared, properties of each use, and businesses where none is
 * declared; payroll, tekun and other regions' rosters only reported. Each piece of evidence with its member, line and
 * exact figures.
 */
class RegistryMatcherTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-06-15");
    private static final String A = "620422196001011011";
    private static final String B = "620422195905061024";
    private static final String C = "620422198603031268";
    private static final String D = "620422197202021279";
    private static final Set<String> OWN = Set.of("620422");

    /** A REVIEW case of the given members (JSON objects without the id and relation) and assets. */
    private static EvaluationRequest review(String assets, String... members) {
        StringBuilder json = new StringBuilder("{\"caseId\":\"T-1\",\"kind\":\"REVIEW\",\"profile\":\"gs-huining\","
                + "\"asOf\":\"2020-06-15\",\"residence\":\"URBAN\",\"members\":[");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            String id = "m" + (i + 1);
            ids.add("\"" + id + "\"");
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"relation\":\"")
                    .append(i == 0 ? "HEAD" : "CHILD").append("\",\"laborCapacity\":\"NONE\",").append(members[i])
                    .append('}');
        }
        json.append("],\"assets\":{").append(assets).append("},\"enrollment\":{\"since\":\"2019-01\","
                + "\"monthlyAmount\":\"524.00\",\"coveredMembers\":[").append(String.join(",", ids))
                .append("],\"filed\":false}}");
        DecodedRequest decoded = DoudiJson.decodeRequest(json.toString());
        assertThat(decoded.problems()).as(json.toString()).isEmpty();
        return decoded.request();
    }

    private static String member(String idNumber, String more) {
        return "\"idNumber\":\"" + idNumber + "\",\"birthDate\":\"1960-01-01\"" + (more.isEmpty() ? "" : "," + more);
    }

    private static String member(String idNumber) {
        return member(idNumber, "");
    }

    private static RegistryMatcher keeping(RegistryRow... rows) {
        RegistryMatcher matcher = new RegistryMatcher();
        for (RegistryRow r : rows) {
            matcher.keep(r);
        }
        return matcher;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static RegistryRow death(long line, String id, String date) {
        return new RegistryRow(Registry.DEATHS, line, id, date(date), null, null, null, null, null);
    }

    private static RegistryRow detention(long line, String id, String from, String to) {
        return new RegistryRow(Registry.DETENTIONS, line, id, date(from), date(to), null, null, null, null);
    }

    private static RegistryRow vehicle(long line, String id, String kind, String on, String value) {
        return new RegistryRow(Registry.VEHICLES, line, id, date(on), null, kind, value == null ? null
                : Money.parse(value), null, null);
    }

    private static RegistryRow property(long line, String id, String use, String on) {
        return new RegistryRow(Registry.PROPERTIES, line, id, date(on), null, use, null, null, null);
    }

    private static RegistryRow business(long line, String id, String role, String on, String capital) {
        return new RegistryRow(Registry.BUSINESSES, line, id, date(on), null, role, capital == null ? null
                : Money.parse(capital), null, null);
    }

    private static RegistryRow listed(Registry registry, long line, String id, String text, String other) {
        return new RegistryRow(registry, line, id, null, null, null, null, text, other);
    }

    private static RegistryMatcher.Evidence evidence(Registry registry, int position, long line, String key,
                                                     Object... figures) {
        return new RegistryMatcher.Evidence(registry, position, line, key, FindingFact.figures(figures));
    }

    private static Findings.Label label(String key) {
        return new Findings.Label(key);
    }

    @Test
    @DisplayName("a death: the earliest row dated by the assessment date and not before birth; one already recorded "
            + "deceased is left as it is")
    void deaths() {
        EvaluationRequest request = review("", member(A), member(B, "\"status\":\"DECEASED\",\"deceasedOn\":\"2020-01-10\""),
                member(C));
        RegistryMatcher matcher = keeping(death(2, A, "2020-07-01"), death(3, A, "1950-01-01"), death(4, A, "2020-05-01"),
                death(6, A, "2020-03-01"), death(5, A, "2020-03-01"), death(7, B, "2019-01-01"),
                death(8, C, "2020-06-15"));

        RegistryMatcher.Applied applied = matcher.apply(request, OWN);

        assertThat(applied.changed()).isTrue();
        assertThat(applied.evidence()).containsExactly(
                evidence(Registry.DEATHS, 0, 5, "REGISTRY_DECEASED", "deathDate", date("2020-03-01")),
                evidence(Registry.DEATHS, 2, 8, "REGISTRY_DECEASED", "deathDate", AS_OF));
        List<Member> members = applied.copy().members();
        assertThat(members).extracting(Member::status).containsExactly(MemberStatus.DECEASED, MemberStatus.DECEASED,
                MemberStatus.DECEASED);
        assertThat(members).extracting(Member::deceasedOn).containsExactly(date("2020-03-01"), date("2020-01-10"),
                AS_OF);
        assertThat(request.members().get(0).status()).as("the case itself is not changed").isEqualTo(MemberStatus.PRESENT);
    }

    @Test
    @DisplayName("a detention covering the assessment date (ending on it at the earliest) makes the member imprisoned; "
            + "not one already imprisoned or deceased, nor one who died")
    void detentions() {
        EvaluationRequest request = review("", member(A), member(B), member(C, "\"status\":\"IMPRISONED\""),
                member(D, "\"status\":\"DECEASED\",\"deceasedOn\":\"2020-08-01\""));
        RegistryMatcher matcher = keeping(detention(2, A, "2020-01-01", "2020-06-14"), detention(3, A, "2020-07-01", null),
                detention(4, A, "2020-03-01", null), detention(5, A, "2020-02-01", "2020-06-15"),
                detention(6, B, "2020-04-01", null), death(7, B, "2020-05-01"), detention(8, C, "2020-01-01", null),
                detention(9, D, "2020-01-01", null));

        RegistryMatcher.Applied applied = matcher.apply(request, OWN);

        assertThat(applied.evidence()).containsExactly(
                evidence(Registry.DETENTIONS, 0, 5, "REGISTRY_DETAINED", "from", date("2020-02-01"), "to", AS_OF),
                evidence(Registry.DEATHS, 1, 7, "REGISTRY_DECEASED", "deathDate", date("2020-05-01")));
        assertThat(applied.copy().members()).extracting(Member::status).containsExactly(MemberStatus.IMPRISONED,
                MemberStatus.DECEASED, MemberStatus.IMPRISONED, MemberStatus.DECEASED);
        assertThat(applied.copy().members().get(0).deceasedOn()).isNull();

        RegistryMatcher.Applied stillHeld = keeping(detention(3, A, "2020-03-01", null)).apply(review("", member(A)), OWN);
        assertThat(stillHeld.evidence()).containsExactly(evidence(Registry.DETENTIONS, 0, 3, "REGISTRY_DETAINED",
                "from", date("2020-03-01"), "to", label("stillHeld")));
        assertThat(stillHeld.changed()).isTrue();
    }

    @Test
    @DisplayName("vehicles: of each kind, those registered beyond the number declared, in order of registration; a row "
            + "without a value is shown but adds nothing")
    void vehicles() {
        EvaluationRequest request = review("\"vehicles\":[{\"kind\":\"CAR\",\"value\":\"5000.00\"},"
                        + "{\"kind\":\"MOTORCYCLE\",\"value\":\"800.00\"}]",
                member(A), member(B));
        RegistryMatcher matcher = keeping(vehicle(2, A, "CAR", "2019-05-01", "30000.00"),
                vehicle(3, A, "CAR", "2019-05-01", null), vehicle(4, B, "CAR", "2018-01-01", "20000.00"),
                vehicle(5, B, "CAR", "2020-07-01", "90000.00"), vehicle(6, B, "TRUCK", "2017-01-01", "15000.00"),
                vehicle(7, A, "MOTORCYCLE", "2016-01-01", "700.00"));

        RegistryMatcher.Applied applied = matcher.apply(request, OWN);

        assertThat(applied.evidence()).containsExactly(
                evidence(Registry.VEHICLES, 0, 2, "REGISTRY_UNDECLARED_VEHICLE", "kind", label("CAR"), "registeredOn",
                        date("2019-05-01"), "value", Money.parse("30000.00"), "declared", 1L, "registered", 3),
                evidence(Registry.VEHICLES, 0, 3, "REGISTRY_UNDECLARED_VEHICLE.noValue", "kind", label("CAR"),
                        "registeredOn", date("2019-05-01"), "value", label("none"), "declared", 1L, "registered", 3),
                evidence(Registry.VEHICLES, 1, 6, "REGISTRY_UNDECLARED_VEHICLE", "kind", label("TRUCK"), "registeredOn",
                        date("2017-01-01"), "value", Money.parse("15000.00"), "declared", 0L, "registered", 1));
        assertThat(applied.changed()).isTrue();
        assertThat(applied.copy().assets().vehicles()).containsExactly(
                new Vehicle(VehicleKind.CAR, Money.parse("5000.00"), false),
                new Vehicle(VehicleKind.MOTORCYCLE, Money.parse("800.00"), false),
                new Vehicle(VehicleKind.CAR, Money.parse("30000.00"), false),
                new Vehicle(VehicleKind.TRUCK, Money.parse("15000.00"), false));

        EvaluationRequest alone = review("", member(A));
        RegistryMatcher.Applied fewer = keeping(vehicle(2, A, "CAR", "2019-05-01", "30000.00"))
                .apply(review("\"vehicles\":[{\"kind\":\"CAR\",\"value\":\"5000.00\"},"
                        + "{\"kind\":\"CAR\",\"value\":\"6000.00\"}]", member(A)), OWN);
        assertThat(fewer.evidence()).as("fewer registered than declared").isEmpty();
        assertThat(fewer.changed()).isFalse();

        RegistryMatcher.Applied noValue = keeping(vehicle(3, A, "CAR", "2019-05-01", null)).apply(alone, OWN);
        assertThat(noValue.evidence()).hasSize(1);
        assertThat(noValue.changed()).as("a vehicle without a value changes nothing").isFalse();
        assertThat(noValue.copy()).isSameAs(alone);
    }

    @Test
    @DisplayName("only counted members' registrations count: not the imprisoned, the dead, tekun recipients or a member "
            + "without an ID number; a member dying after the assessment date still counts")
    void countedMembersOnly() {
        EvaluationRequest request = review("", member(A, "\"status\":\"IMPRISONED\""),
                member(B, "\"status\":\"DECEASED\",\"deceasedOn\":\"2020-01-10\""), member(C, "\"benefits\":[\"TEKUN\"]"),
                member(D, "\"status\":\"DECEASED\",\"deceasedOn\":\"2020-06-16\""),
                "\"birthDate\":\"1990-01-01\"");
        RegistryMatcher matcher = keeping(vehicle(2, A, "CAR", "2019-01-01", "1.00"),
                vehicle(3, B, "CAR", "2019-01-01", "2.00"), vehicle(4, C, "CAR", "2019-01-01", "3.00"),
                vehicle(5, D, "CAR", "2019-01-01", "4.00"), property(6, A, "RESIDENTIAL", "2019-01-01"),
                business(7, C, "SHAREHOLDER", "2019-01-01", "100.00"));

        RegistryMatcher.Applied applied = matcher.apply(request, OWN);

        assertThat(applied.evidence()).containsExactly(evidence(Registry.VEHICLES, 3, 5, "REGISTRY_UNDECLARED_VEHICLE",
                "kind", label("CAR"), "registeredOn", date("2019-01-01"), "value", Money.parse("4.00"), "declared", 0L,
                "registered", 1));
        assertThat(applied.copy().assets().vehicles()).extracting(Vehicle::value).containsExactly(Money.parse("4.00"));
        assertThat(applied.copy().assets().residentialProperties()).isZero();
        assertThat(applied.copy().assets().businessRegistered()).isFalse();
    }

    @Test
    @DisplayName("counted: present, or dead after the assessment date, and not receiving tekun")
    void counted() {
        Member present = review("", member(A)).members().get(0);
        assertThat(RegistryMatcher.counted(present, AS_OF)).isTrue();
        assertThat(RegistryMatcher.counted(present.toBuilder().status(MemberStatus.DECEASED).deceasedOn(AS_OF).build(),
                AS_OF)).as("died on the assessment date").isFalse();
        assertThat(RegistryMatcher.counted(present.toBuilder().status(MemberStatus.DECEASED)
                .deceasedOn(AS_OF.plusDays(1)).build(), AS_OF)).isTrue();
        assertThat(RegistryMatcher.counted(present.toBuilder().status(MemberStatus.DECEASED).deceasedOn(null).build(),
                AS_OF)).as("died, date unknown").isFalse();
        assertThat(RegistryMatcher.counted(present.toBuilder().status(MemberStatus.MISSING).build(), AS_OF)).isFalse();
        Member tekun = review("", member(A, "\"benefits\":[\"TEKUN\"]")).members().get(0);
        assertThat(RegistryMatcher.counted(tekun, AS_OF)).isFalse();
    }

    @Test
    @DisplayName("properties: a count of each use below the registry's is raised to it, each extra registration shown")
    void properties() {
        EvaluationRequest request = review("\"residentialProperties\":1", member(A), member(B));
        RegistryMatcher matcher = keeping(property(2, A, "RESIDENTIAL", "2010-01-01"),
                property(3, B, "NON_RESIDENTIAL", "2018-09-09"), property(4, A, "NON_RESIDENTIAL", "2015-01-01"),
                property(5, A, "NON_RESIDENTIAL", "2021-01-01"));

        RegistryMatcher.Applied applied = matcher.apply(request, OWN);

        assertThat(applied.evidence()).containsExactly(
                evidence(Registry.PROPERTIES, 0, 4, "REGISTRY_UNDECLARED_PROPERTY", "use", label("NON_RESIDENTIAL"),
                        "registeredOn", date("2015-01-01"), "declared", 0, "registered", 2),
                evidence(Registry.PROPERTIES, 1, 3, "REGISTRY_UNDECLARED_PROPERTY", "use", label("NON_RESIDENTIAL"),
                        "registeredOn", date("2018-09-09"), "declared", 0, "registered", 2));
        assertThat(applied.changed()).isTrue();
        assertThat(applied.copy().assets().residentialProperties()).isEqualTo(1);
        assertThat(applied.copy().assets().nonResidentialProperties()).isEqualTo(2);

        RegistryMatcher.Applied sameDay = keeping(property(9, A, "RESIDENTIAL", "2015-01-01"),
                property(4, B, "RESIDENTIAL", "2015-01-01")).apply(review("\"residentialProperties\":1", member(A),
                member(B)), OWN);
        assertThat(sameDay.evidence()).as("registered the same day: the later line is the one beyond those declared")
                .containsExactly(evidence(Registry.PROPERTIES, 0, 9, "REGISTRY_UNDECLARED_PROPERTY", "use",
                        label("RESIDENTIAL"), "registeredOn", date("2015-01-01"), "declared", 1, "registered", 2));

        RegistryMatcher.Applied asDeclared = keeping(property(2, A, "RESIDENTIAL", "2010-01-01"))
                .apply(review("\"residentialProperties\":2", member(A)), OWN);
        assertThat(asDeclared.evidence()).isEmpty();
        assertThat(asDeclared.changed()).isFalse();
    }

    @Test
    @DisplayName("businesses: where the case declares none, every registration is shown with the total capital, "
            + "which becomes the case's; where it declares one, they are not joined")
    void businesses() {
        RegistryMatcher matcher = keeping(business(2, A, "SHAREHOLDER", "2017-03-03", "50000.00"),
                business(3, B, "LEGAL_REPRESENTATIVE", "2018-01-01", null),
                business(4, B, "SHAREHOLDER", "2019-01-01", "1000.50"),
                business(5, B, "SHAREHOLDER", "2021-01-01", "7.00"));

        RegistryMatcher.Applied applied = matcher.apply(review("", member(A), member(B)), OWN);

        Money total = Money.parse("51000.50");
        assertThat(applied.evidence()).containsExactly(
                evidence(Registry.BUSINESSES, 0, 2, "REGISTRY_UNDECLARED_BUSINESS", "role", label("SHAREHOLDER"),
                        "registeredOn", date("2017-03-03"), "capital", Money.parse("50000.00"), "total", total),
                evidence(Registry.BUSINESSES, 1, 3, "REGISTRY_UNDECLARED_BUSINESS", "role", label("LEGAL_REPRESENTATIVE"),
                        "registeredOn", date("2018-01-01"), "capital", label("none"), "total", total),
                evidence(Registry.BUSINESSES, 1, 4, "REGISTRY_UNDECLARED_BUSINESS", "role", label("SHAREHOLDER"),
                        "registeredOn", date("2019-01-01"), "capital", Money.parse("1000.50"), "total", total));
        assertThat(applied.changed()).isTrue();
        assertThat(applied.copy().assets().businessRegistered()).isTrue();
        assertThat(applied.copy().assets().businessCapital()).isEqualTo(total);

        RegistryMatcher.Applied declared = matcher.apply(review("\"businessRegistered\":true,\"businessCapital\":\"10.00\"",
                member(A), member(B)), OWN);
        assertThat(declared.evidence()).isEmpty();
        assertThat(declared.changed()).isFalse();
    }

    @Test
    @DisplayName("payroll, tekun and other regions' dibao rosters are shown for every listed member and change nothing; "
            + "a roster row of the case's own county is not")
    void rosters() {
        EvaluationRequest request = review("", member(A), member(B, "\"status\":\"IMPRISONED\""));
        RegistryMatcher matcher = keeping(listed(Registry.PUBLIC_PAYROLL, 2, A, "某事业单位", null),
                listed(Registry.PUBLIC_PAYROLL, 3, B, null, null), listed(Registry.TEKUN, 4, B, "620422", null),
                listed(Registry.TEKUN, 5, A, null, null), listed(Registry.DIBAO_ELSEWHERE, 6, A, "620102", "LZ-1"),
                listed(Registry.DIBAO_ELSEWHERE, 7, B, "620103", null), listed(Registry.DIBAO_ELSEWHERE, 8, A, "620422",
                        "HN-01"));

        RegistryMatcher.Applied applied = matcher.apply(request, OWN);

        assertThat(applied.evidence()).containsExactly(
                evidence(Registry.PUBLIC_PAYROLL, 0, 2, "REGISTRY_PUBLIC_PAYROLL", "employer", "某事业单位"),
                evidence(Registry.TEKUN, 0, 5, "REGISTRY_TEKUN", "region", label("none")),
                evidence(Registry.DIBAO_ELSEWHERE, 0, 6, "REGISTRY_DIBAO_ELSEWHERE", "region", "620102", "caseId", "LZ-1"),
                evidence(Registry.PUBLIC_PAYROLL, 1, 3, "REGISTRY_PUBLIC_PAYROLL", "employer", label("none")),
                evidence(Registry.TEKUN, 1, 4, "REGISTRY_TEKUN", "region", "620422"),
                evidence(Registry.DIBAO_ELSEWHERE, 1, 7, "REGISTRY_DIBAO_ELSEWHERE", "region", "620103", "caseId",
                        label("none")));
        assertThat(applied.changed()).isFalse();
        assertThat(applied.copy()).isSameAs(request);
    }

    @Test
    @DisplayName("the rows kept: by registry and ID number in reading order; none for another number or registry")
    void kept() {
        RegistryMatcher empty = new RegistryMatcher();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.kept(Registry.DEATHS, A)).isEmpty();
        RegistryRow first = death(3, A, "2020-01-01");
        RegistryRow second = death(2, A, "2019-01-01");
        RegistryMatcher matcher = keeping(first, second, listed(Registry.TEKUN, 4, B, null, null));
        assertThat(matcher.isEmpty()).isFalse();
        assertThat(matcher.kept(Registry.DEATHS, A)).containsExactly(first, second);
        assertThat(matcher.kept(Registry.DEATHS, B)).isEmpty();
        assertThat(matcher.kept(Registry.VEHICLES, A)).isEmpty();
        assertThat(matcher.apply(review("", member(A)), OWN).copy().members().get(0).deceasedOn())
                .isEqualTo(date("2019-01-01"));
    }

    @Test
    @DisplayName("a matcher over one case's facts joins the rows those facts give")
    void overOneCasesFacts() {
        Map<Registry, Map<String, List<RegistryRow>>> rows = new LinkedHashMap<>();
        rows.put(Registry.DEATHS, Map.of(A, List.of(death(9, A, "2020-02-02"))));
        CaseFacts facts = new CaseFacts() {
            @Override
            public List<CaseRef> coveringCases(String key) {
                return List.of();
            }

            @Override
            public int cardsHeld(String key) {
                return 0;
            }

            @Override
            public List<RegistryRow> registryRows(Registry registry, String key) {
                return rows.getOrDefault(registry, Map.of()).getOrDefault(key, List.of());
            }

            @Override
            public boolean noRegistryRows() {
                return false;
            }
        };

        // a member without an ID number is never looked up (the facts take keys only)
        RegistryMatcher.Applied applied = new RegistryMatcher(facts).apply(review("", member(A), member(B),
                "\"birthDate\":\"1990-01-01\""), OWN);

        assertThat(applied.evidence()).containsExactly(evidence(Registry.DEATHS, 0, 9, "REGISTRY_DECEASED", "deathDate",
                date("2020-02-02")));
        assertThat(applied.copy().members().get(0).deceasedOn()).isEqualTo(date("2020-02-02"));
    }
}
