package org.doudi.rules.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberRelation;
import org.doudi.rules.api.request.PanelMember;
import org.doudi.rules.api.request.PaymentCard;
import org.doudi.rules.api.request.ReviewPanel;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.Vehicle;
import org.doudi.rules.api.validation.Bounds;

/**
 * The request's JSON Schema is the one source of truth for its field names: every object of the schema is read by the
 * decoder with exactly the schema's fields, into the record of the same components, and written back by the encoder
 * with the same fields. A field added to a record, the decoder or the schema alone fails here.
 */
class RequestShapesTest {

    /** Each object of the schema ("" for the request itself, else its name under $defs) and its record. */
    private static final Map<String, Class<?>> OBJECTS = new LinkedHashMap<>();

    static {
        OBJECTS.put("", EvaluationRequest.class);
        OBJECTS.put("member", Member.class);
        OBJECTS.put("disability", Disability.class);
        OBJECTS.put("income", Income.class);
        OBJECTS.put("expense", Expense.class);
        OBJECTS.put("assets", Assets.class);
        OBJECTS.put("vehicle", Vehicle.class);
        OBJECTS.put("enrollment", Enrollment.class);
        OBJECTS.put("paidSubsidy", DisabilitySubsidy.class);
        OBJECTS.put("card", PaymentCard.class);
        OBJECTS.put("staffRelation", StaffRelation.class);
        OBJECTS.put("caseWorker", CaseWorker.class);
        OBJECTS.put("memberRelation", MemberRelation.class);
        OBJECTS.put("reviewPanel", ReviewPanel.class);
        OBJECTS.put("panelMember", PanelMember.class);
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = RequestShapesTest.class.getClassLoader().getResourceAsStream(DoudiJson.REQUEST_SCHEMA)) {
            return DoudiJson.mapper().readTree(in);
        }
    }

    private static JsonNode object(JsonNode schema, String name) {
        return name.isEmpty() ? schema : schema.get("$defs").get(name);
    }

    private static Set<String> properties(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    @DisplayName("every object of the schema has a record, and every type the decoder reads is one of them")
    void everyObjectIsMapped() throws IOException {
        JsonNode schema = schema();
        Set<String> objects = new TreeSet<>();
        schema.get("$defs").fields().forEachRemaining(e -> {
            if (e.getValue().has("properties")) {
                objects.add(e.getKey());
            }
        });
        objects.add("");
        assertThat(objects).isEqualTo(new TreeSet<>(OBJECTS.keySet()));
        assertThat(RequestDecoder.fieldNames().keySet()).containsExactlyInAnyOrderElementsOf(OBJECTS.values());
    }

    @Test
    @DisplayName("the decoder reads exactly the schema's fields of each object, and each required field is one of them")
    void decoderFieldsAreTheSchemas() throws IOException {
        JsonNode schema = schema();
        Map<Class<?>, Set<String>> decoder = RequestDecoder.fieldNames();
        OBJECTS.forEach((name, type) -> {
            JsonNode object = object(schema, name);
            assertThat(new TreeSet<>(decoder.get(type))).as(type.getSimpleName()).isEqualTo(properties(object));
            if (object.has("required")) {
                object.get("required").forEach(r -> assertThat(properties(object)).contains(r.asText()));
            }
            assertThat(object.get("additionalProperties").asBoolean(true)).as(name + " closed").isFalse();
        });
    }

    @Test
    @DisplayName("the records' components are the schema's fields (a paid subsidy adds whether each is present)")
    void recordComponentsAreTheSchemas() throws IOException {
        JsonNode schema = schema();
        OBJECTS.forEach((name, type) -> {
            Set<String> components = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (type == DisabilitySubsidy.class) {
                components.removeAll(Set.of("livingDue", "nursingDue"));
            }
            assertThat(components).as(type.getSimpleName()).isEqualTo(properties(object(schema, name)));
        });
    }

    @Test
    @DisplayName("the schema's bounds are the validator's: list sizes, string lengths, money digits, years")
    void boundsInStep() throws IOException {
        JsonNode schema = schema();
        List<Integer> maxItems = new java.util.ArrayList<>();
        List<Integer> maxLength = new java.util.ArrayList<>();
        collect(schema, maxItems, maxLength);
        assertThat(maxItems).hasSizeGreaterThan(10).containsOnly(Bounds.LIST_ENTRIES);
        assertThat(Bounds.MEMBERS).isEqualTo(schema.at("/properties/members/maxItems").asInt());
        assertThat(maxLength).isNotEmpty().containsOnly(Bounds.STRING_CODE_POINTS);
        assertThat(schema.at("/$defs/money/pattern").asText()).contains("{1," + Bounds.MONEY_DIGITS + "}");
        assertThat(List.of(Bounds.FIRST_YEAR, Bounds.LAST_YEAR)).containsExactly(1900, 2199);
        assertThat(schema.at("/$defs/date/pattern").asText()).startsWith("^(19|20|21)[0-9]{2}-");
        assertThat(schema.at("/$defs/month/pattern").asText()).startsWith("^(19|20|21)[0-9]{2}-");
    }

    private static void collect(JsonNode node, List<Integer> maxItems, List<Integer> maxLength) {
        if (node.isObject()) {
            if (node.has("maxItems")) {
                maxItems.add(node.get("maxItems").asInt());
            }
            if (node.has("maxLength")) {
                maxLength.add(node.get("maxLength").asInt());
            }
        }
        node.forEach(child -> collect(child, maxItems, maxLength));
    }

    @Test
    @DisplayName("the encoder writes every field of the schema for every object")
    void encoderWritesTheSchemasFields() throws IOException {
        JsonNode schema = schema();
        Member member = Member.builder("m1", HeadRelation.HEAD).birthDate(LocalDate.of(1960, 1, 1))
                .disabilities(List.of(new Disability(null, 1))).incomes(List.of(new Income(null, Money.ZERO)))
                .expenses(List.of(new Expense(null, Money.ZERO))).build();
        EvaluationRequest request = EvaluationRequest.builder().members(member)
                .assets(new Assets(Money.ZERO, List.of(new Vehicle(null, Money.ZERO, false)), 0, 0, false, Money.ZERO))
                .enrollment(new Enrollment(YearMonth.of(2020, 1), 1, Money.ZERO, List.of("m1"), null, null, false,
                        List.of(new DisabilitySubsidy("m1", true, Money.ZERO, true, null)),
                        List.of(new PaymentCard("c1", null, null, false))))
                .staffRelations(List.of(new StaffRelation("m1", "s1", null, null)))
                .caseWorkers(List.of(new CaseWorker("s1", null, false, List.of(new MemberRelation("m1", null)))))
                .reviewPanel(new ReviewPanel(0, null, List.of(new PanelMember("p1", false, false, null, List.of()))))
                .build();
        JsonNode tree = DoudiJson.toTree(request);

        Map<String, JsonNode> written = new LinkedHashMap<>();
        written.put("", tree);
        written.put("member", tree.at("/members/0"));
        written.put("disability", tree.at("/members/0/disabilities/0"));
        written.put("income", tree.at("/members/0/incomes/0"));
        written.put("expense", tree.at("/members/0/expenses/0"));
        written.put("assets", tree.at("/assets"));
        written.put("vehicle", tree.at("/assets/vehicles/0"));
        written.put("enrollment", tree.at("/enrollment"));
        written.put("paidSubsidy", tree.at("/enrollment/subsidiesPaid/0"));
        written.put("card", tree.at("/enrollment/cards/0"));
        written.put("staffRelation", tree.at("/staffRelations/0"));
        written.put("caseWorker", tree.at("/caseWorkers/0"));
        written.put("memberRelation", tree.at("/caseWorkers/0/relations/0"));
        written.put("reviewPanel", tree.at("/reviewPanel"));
        written.put("panelMember", tree.at("/reviewPanel/members/0"));
        assertThat(written.keySet()).isEqualTo(OBJECTS.keySet());
        written.forEach((name, object) -> {
            Set<String> fields = new TreeSet<>();
            object.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(name.isEmpty() ? "request" : name).isEqualTo(properties(object(schema, name)));
        });
    }
}
