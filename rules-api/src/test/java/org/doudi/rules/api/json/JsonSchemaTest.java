package org.doudi.rules.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.Coverage;
import org.doudi.rules.api.decision.HomeVisit;
import org.doudi.rules.api.decision.HouseholdStatus;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.ProcedureProblem;
import org.doudi.rules.api.decision.SupportType;
import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Duty;
import org.doudi.rules.api.request.Education;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.HolderRole;
import org.doudi.rules.api.request.HouseholdFlag;
import org.doudi.rules.api.request.IncomeRiseCause;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.StaffRole;
import org.doudi.rules.api.request.VehicleKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped JSON Schemas ({@link DoudiJson#REQUEST_SCHEMA}, {@link DoudiJson#DECISION_SCHEMA}) checked with a
 * schema validator (networknt, draft 2020-12, format assertions on): every worked example request and the contract's
 * example validate; a sample of invalid requests whose problem a schema can express is rejected by both the schema
 * and the codec, at the same path; the schema's enums are exactly the codec's.
 */
class JsonSchemaTest {

    static final Schema REQUEST = schema(DoudiJson.REQUEST_SCHEMA);
    static final Schema DECISION = schema(DoudiJson.DECISION_SCHEMA);

    static Schema schema(String resource) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                        .pathType(PathType.JSON_POINTER).locale(Locale.ENGLISH).build()));
        try (InputStream in = JsonSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The paths of the schema's errors, written as the contract writes paths ({@code members[0].incomes[1].monthly}):
     * a missing or unknown property at the property's own path.
     */
    static Set<String> schemaPaths(Schema schema, JsonNode document) {
        Set<String> paths = new TreeSet<>();
        for (Error e : schema.validate(document)) {
            String path = path(e.getInstanceLocation());
            if (("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword()))
                    && e.getProperty() != null) {
                path = RequestDecoder.child(path, e.getProperty());
            }
            paths.add(path);
        }
        return paths;
    }

    private static String path(NodePath location) {
        String path = "";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? path + "[" + index + "]"
                    : RequestDecoder.child(path, String.valueOf(element));
        }
        return path;
    }

    private static String errors(Schema schema, JsonNode document) {
        return schema.validate(document).stream().map(Error::toString).collect(Collectors.joining("\n"));
    }

    @TestFactory
    @DisplayName("every worked example's request validates; the invalid one is rejected where the schema can tell")
    Stream<DynamicTest> workedExampleRequests() throws IOException {
        Path worked = Path.of("..", "examples", "worked");
        List<Path> files;
        try (Stream<Path> list = Files.list(worked)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            JsonNode example = DoudiJson.mapper().readTree(Files.readString(f, StandardCharsets.UTF_8));
            JsonNode request = example.get("request");
            if (example.get("expected").get("exit").asInt() == 2) {
                // decoded paths the schema can express: all but the duplicate member id (a reference between ids)
                Set<String> codec = new TreeSet<>();
                DoudiJson.decodeRequest(Examples.text(request)).problems().forEach(p -> codec.add(p.path()));
                assertThat(codec).contains("members[1].id");
                codec.remove("members[1].id");
                assertThat(schemaPaths(REQUEST, request)).isEqualTo(codec);
            } else {
                assertThat(schemaPaths(REQUEST, request)).as(errors(REQUEST, request)).isEmpty();
            }
        }));
    }

    @Test
    @DisplayName("the contract page's example request and decision validate")
    void contractPageExamples() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "integrators", "json-contract.md"), StandardCharsets.UTF_8);
        Matcher blocks = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(page);
        List<JsonNode> json = new ArrayList<>();
        while (blocks.find()) {
            json.add(DoudiJson.mapper().readTree(blocks.group(1)));
        }
        JsonNode request = json.stream().filter(n -> n.has("members")).findFirst().orElseThrow();
        JsonNode decision = json.stream().filter(n -> n.has("outcome")).findFirst().orElseThrow();
        assertThat(schemaPaths(REQUEST, request)).as(errors(REQUEST, request)).isEmpty();
        assertThat(DoudiJson.decodeRequest(Examples.text(request)).problems()).isEmpty();
        assertThat(schemaPaths(DECISION, decision)).as(errors(DECISION, decision)).isEmpty();
    }

    @Test
    @DisplayName("a request written by DoudiJson validates and decodes back to an equal request")
    void writtenRequestsValidateAndRoundTrip() {
        ObjectNode full = base();
        full.putArray("flags").add("REGISTERED_POOR");
        full.putObject("enrollment").put("since", "2018-03").put("category", 2).put("monthlyAmount", "636.00")
                .put("incomeExceededSince", "2019-01").put("incomeRiseCause", "EMPLOYMENT")
                .putArray("coveredMembers").add("m1").add("m2");
        ((ObjectNode) full.get("enrollment")).putArray("subsidiesPaid").addObject().put("memberId", "m1")
                .put("living", "10.00").putNull("nursing");
        full.putArray("staffRelations").addObject().put("memberId", "m1").put("staffId", "s9")
                .put("staffRole", "VILLAGE_COMMITTEE").put("relation", "SIBLING");
        full.putArray("homeVisitTeam").add("s9").add("s10");
        full.putObject("reviewPanel").put("poolSize", 32).put("applicantGroup", "G3").putArray("members")
                .addObject().put("personId", "p1").put("townshipCadre", true);
        DecodedRequest decoded = DoudiJson.decodeRequest(Examples.text(full));
        assertThat(decoded.problems()).isEmpty();

        ObjectNode written = DoudiJson.toTree(decoded.request());
        assertThat(schemaPaths(REQUEST, written)).as(errors(REQUEST, written)).isEmpty();
        DecodedRequest again = DoudiJson.decodeRequest(DoudiJson.writeRequest(decoded.request(), false));
        assertThat(again.problems()).isEmpty();
        assertThat(again.request()).isEqualTo(decoded.request());
    }

    /** An invalid request made from a valid one by one change, and the path where it is wrong. */
    private record Sample(String name, String path, Consumer<ObjectNode> change) {
    }

    private static ObjectNode base() {
        ObjectNode r = Examples.request("04-xiayi-graded-gap.json");
        ObjectNode head = (ObjectNode) r.get("members").get(0);
        head.put("idNumber", "41142619660707123X");
        ArrayNode incomes = (ArrayNode) head.get("incomes");
        assertThat(incomes).isNotEmpty();
        return r;
    }

    private static ObjectNode member(ObjectNode r, int i) {
        return (ObjectNode) r.get("members").get(i);
    }

    /** Invalid requests whose problem a schema can express: both the codec and the schema reject them, same path. */
    private static final List<Sample> BOTH_REJECT = List.of(
            new Sample("a number for a string", "caseId", r -> r.put("caseId", 42)),
            new Sample("an unknown enum value", "members[1].laborCapacity",
                    r -> member(r, 1).put("laborCapacity", "SOME")),
            new Sample("a missing required field", "members[0].birthDate", r -> member(r, 0).remove("birthDate")),
            new Sample("null on a required field", "asOf", r -> r.putNull("asOf")),
            new Sample("an impossible date", "asOf", r -> r.put("asOf", "2019-02-30")),
            new Sample("a date in another format", "members[0].birthDate",
                    r -> member(r, 0).put("birthDate", "1966/07/07")),
            new Sample("three decimals", "members[0].incomes[0].monthly",
                    r -> ((ObjectNode) member(r, 0).get("incomes").get(0)).put("monthly", "600.001")),
            new Sample("money as a JSON number", "members[0].incomes[0].monthly",
                    r -> ((ObjectNode) member(r, 0).get("incomes").get(0)).put("monthly", 600)),
            new Sample("money with an exponent", "members[0].incomes[0].monthly",
                    r -> ((ObjectNode) member(r, 0).get("incomes").get(0)).put("monthly", "6e2")),
            new Sample("negative money", "members[0].incomes[0].monthly",
                    r -> ((ObjectNode) member(r, 0).get("incomes").get(0)).put("monthly", "-5.00")),
            new Sample("an unknown field", "colour", r -> r.put("colour", "red")),
            new Sample("an unknown field in a member", "members[0].foo", r -> member(r, 0).put("foo", 1)),
            new Sample("a grade outside 1-4", "members[0].disabilities[0].grade", r -> member(r, 0).putArray(
                    "disabilities").addObject().put("type", "PHYSICAL").put("grade", 5)),
            new Sample("a category override outside 1-4", "categoryOverride", r -> r.put("categoryOverride", 0)),
            new Sample("deceasedOn without DECEASED", "members[1].deceasedOn",
                    r -> member(r, 1).put("deceasedOn", "2019-01-01")),
            new Sample("DECEASED without deceasedOn", "members[1].deceasedOn",
                    r -> member(r, 1).put("status", "DECEASED")),
            new Sample("no head of household", "members", r -> member(r, 0).put("relation", "SPOUSE")),
            new Sample("two heads of household", "members", r -> member(r, 1).put("relation", "HEAD")),
            new Sample("a region of five digits", "region", r -> r.put("region", "41142")),
            new Sample("a review without enrollment", "enrollment", r -> r.put("kind", "REVIEW")),
            new Sample("an enrollment covering nobody", "enrollment.coveredMembers", r -> r.putObject("enrollment")
                    .put("since", "2018-03").put("monthlyAmount", "100.00").putArray("coveredMembers")),
            new Sample("a month that does not exist", "enrollment.since", r -> r.putObject("enrollment")
                    .put("since", "2018-13").put("monthlyAmount", "100.00").putArray("coveredMembers").add("m1")),
            new Sample("an ID number of 16 characters", "members[0].idNumber",
                    r -> member(r, 0).put("idNumber", "4114261966070712")),
            new Sample("a negative count", "assets.residentialProperties",
                    r -> r.putObject("assets").put("residentialProperties", -1)),
            new Sample("no members", "members", r -> r.putArray("members")),
            new Sample("a staff relation without its role", "staffRelations[0].staffRole",
                    r -> r.putArray("staffRelations").addObject().put("memberId", "m1").put("staffId", "s1")
                            .put("relation", "SIBLING")),
            new Sample("a null in a list", "flags[0]", r -> r.putArray("flags").addNull()),
            new Sample("a boolean as text", "members[0].employed", r -> member(r, 0).put("employed", "yes")),
            new Sample("a list given as an object", "members[0].incomes",
                    r -> member(r, 0).putObject("incomes")),
            new Sample("a blank case id", "caseId", r -> r.put("caseId", "  ")));

    /** The contract's bounds on sizes and digits: the schema and the codec reject them at their path. */
    private static final List<Sample> SCHEMA_BOUNDS = List.of(
            new Sample("money with 16 digits before the point", "members[0].incomes[0].monthly",
                    r -> ((ObjectNode) member(r, 0).get("incomes").get(0)).put("monthly", "1234567890123456.00")),
            new Sample("a date before 1900", "members[0].birthDate", r -> member(r, 0).put("birthDate", "1899-12-31")),
            new Sample("a date after 2199", "asOf", r -> r.put("asOf", "2200-01-01")),
            new Sample("a month after 2199", "enrollment.since", r -> r.putObject("enrollment")
                    .put("since", "2200-01").put("monthlyAmount", "100.00").putArray("coveredMembers").add("m1")),
            new Sample("101 members", "members", r -> {
                ArrayNode members = (ArrayNode) r.get("members");
                for (int i = members.size(); i < 101; i++) {
                    members.addObject().put("id", "x" + i).put("relation", "CHILD").put("birthDate", "2000-01-01")
                            .put("laborCapacity", "FULL");
                }
            }),
            new Sample("101 incomes", "members[0].incomes", r -> {
                ArrayNode incomes = member(r, 0).putArray("incomes");
                for (int i = 0; i < 101; i++) {
                    incomes.addObject().put("type", "WAGE").put("monthly", "1.00");
                }
            }),
            new Sample("a name of 1,001 characters", "members[0].name",
                    r -> member(r, 0).put("name", "王".repeat(1001))));

    @TestFactory
    @DisplayName("invalid requests a schema can express: the schema and the codec reject each at the same path")
    Stream<DynamicTest> schemaRejectsWhatTheCodecRejects() {
        JsonNode valid = base();
        assertThat(schemaPaths(REQUEST, valid)).as(errors(REQUEST, valid)).isEmpty();
        assertThat(DoudiJson.decodeRequest(Examples.text(valid)).problems()).isEmpty();
        return BOTH_REJECT.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            ObjectNode request = base();
            s.change().accept(request);
            List<Problem> codec = DoudiJson.decodeRequest(Examples.text(request)).problems();
            assertThat(codec).as("codec").extracting(Problem::path).contains(s.path());
            assertThat(schemaPaths(REQUEST, request)).as("schema: " + errors(REQUEST, request))
                    .containsExactly(s.path());
        }));
    }

    @TestFactory
    @DisplayName("the contract's bounds of sizes and digits: rejected by the schema and the codec at their path")
    Stream<DynamicTest> schemaRejectsTheBounds() {
        return SCHEMA_BOUNDS.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            ObjectNode request = base();
            s.change().accept(request);
            assertThat(schemaPaths(REQUEST, request)).as("schema: " + errors(REQUEST, request))
                    .containsExactly(s.path());
            assertThat(DoudiJson.decodeRequest(Examples.text(request)).problems()).as("codec")
                    .extracting(Problem::path).containsExactly(s.path());
        }));
    }

    @Test
    @DisplayName("the bounds themselves are allowed: 15 digits, 1900 and 2199, 100 members, 1,000 characters")
    void boundsAreInclusive() {
        ObjectNode r = base();
        ((ObjectNode) member(r, 0).get("incomes").get(0)).put("monthly", "123456789012345.99");
        member(r, 0).put("birthDate", "1900-01-01");
        r.put("asOf", "2199-12-31");
        member(r, 0).put("name", "𠀀".repeat(1000)); // 1,000 code points outside the basic plane (2,000 chars)
        ArrayNode members = (ArrayNode) r.get("members");
        for (int i = members.size(); i < 100; i++) {
            members.addObject().put("id", "x" + i).put("relation", "CHILD").put("birthDate", "2000-01-01")
                    .put("laborCapacity", "FULL");
        }
        assertThat(schemaPaths(REQUEST, r)).as(errors(REQUEST, r)).isEmpty();
        assertThat(DoudiJson.decodeRequest(Examples.text(r)).problems()).as("codec").isEmpty();
    }

    @Test
    @DisplayName("the request schema's enums are exactly the values the codec reads; the decision's cover the engine's")
    void enumsMatchTheJavaTypes() throws IOException {
        JsonNode request = DoudiJson.mapper().readTree(REQUEST.getSchemaNode().toString());
        JsonNode decision = DoudiJson.mapper().readTree(DECISION.getSchemaNode().toString());
        assertThat(enumAt(request, "/properties/kind")).isEqualTo(names(Kind.values()));
        assertThat(enumAt(request, "/properties/residence")).isEqualTo(names(Residence.values()));
        assertThat(enumAt(request, "/properties/flags/items")).isEqualTo(names(HouseholdFlag.values()));
        String member = "/$defs/member/properties/";
        assertThat(enumAt(request, member + "relation")).isEqualTo(names(HeadRelation.values()));
        assertThat(enumAt(request, member + "status")).isEqualTo(names(MemberStatus.values()));
        assertThat(enumAt(request, member + "laborCapacity")).isEqualTo(names(LaborCapacity.values()));
        assertThat(enumAt(request, member + "certificate")).isEqualTo(names(Certificate.values()));
        assertThat(enumAt(request, member + "education")).isEqualTo(names(Education.values()));
        assertThat(enumAt(request, member + "benefits/items")).isEqualTo(names(Benefit.values()));
        assertThat(enumAt(request, "/$defs/disability/properties/type")).isEqualTo(names(DisabilityType.values()));
        assertThat(enumAt(request, "/$defs/income/properties/type")).isEqualTo(names(IncomeType.values()));
        assertThat(enumAt(request, "/$defs/expense/properties/type")).isEqualTo(names(ExpenseType.values()));
        assertThat(enumAt(request, "/$defs/vehicle/properties/kind")).isEqualTo(names(VehicleKind.values()));
        assertThat(enumAt(request, "/$defs/kinRelation")).isEqualTo(names(KinRelation.values()));
        assertThat(enumAt(request, "/$defs/staffRelation/properties/staffRole")).isEqualTo(names(StaffRole.values()));
        assertThat(enumAt(request, "/$defs/caseWorker/properties/duty")).isEqualTo(names(Duty.values()));
        assertThat(enumAt(request, "/$defs/card/properties/holderRole")).isEqualTo(names(HolderRole.values()));
        assertThat(enumAt(request, "/$defs/enrollment/properties/incomeRiseCause"))
                .isEqualTo(names(IncomeRiseCause.values()));

        assertThat(enumAt(decision, "/properties/outcome")).containsAll(names(Outcome.values()));
        assertThat(enumAt(decision, "/properties/coverage")).containsAll(names(Coverage.values()));
        assertThat(enumAt(decision, "/properties/householdStatus")).containsAll(names(HouseholdStatus.values()));
        assertThat(enumAt(decision, "/properties/procedureProblems/items"))
                .containsAll(names(ProcedureProblem.values()));
        assertThat(enumAt(decision, "/properties/verification/properties/homeVisit"))
                .containsAll(names(HomeVisit.values()));
        assertThat(enumAt(decision, "/$defs/unit/properties/supportType")).containsAll(names(SupportType.values()));
    }

    private static Set<String> enumAt(JsonNode schema, String pointer) {
        JsonNode values = schema.at(pointer).get("enum");
        assertThat(values).as(pointer).isNotNull();
        Set<String> names = new LinkedHashSet<>();
        values.forEach(v -> {
            if (!v.isNull()) {
                names.add(v.asText());
            }
        });
        return names;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
