package org.doudi.rules.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Masking;
import org.drools.base.rule.consequence.ConsequenceException;
import org.doudi.rules.testkit.arbitraries.Requests;

/**
 * Issue 15: the fuzz suite. Valid requests of every kind, mutated as a hostile or careless caller would (fields
 * deleted, duplicated and retyped, huge and odd values, deep nesting, control characters, identifiers in every string
 * field, broken text), go through the JSON path, the YAML tree path, the Java API and the batch. Only the documented
 * outcomes may come out (a decision, an invalid request with problems, a configuration error), every problem has a
 * path and a message, and no text the masking rule covers holds an identifier.
 *
 * <p>The tries follow the build ({@code doudi.jqwik.tries}: 1000, 5000 with {@code -Pthorough}). The figures (requests
 * tried, outcomes by kind, the slowest request) are written to {@code target/hostile-input-report.txt}; the time is
 * reported, never asserted.
 */
class HostileInputProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = new YAMLMapper();

    /** Identifiers of every shape the masking rule recognises. */
    private static final List<String> IDENTIFIERS = List.of("41142619800101123X", "ID41142619800101123X",
            "411426800101123", "tel13912345678", "138-1234-5678", "138 1234 5678", "１３８１２３４５６７８",
            "0931-1234567", "(010) 12345678", "6222021234567890123", "6222 0212 3456 7890", "王某某13812345678");

    private static final Map<String, AtomicLong> OUTCOMES = new ConcurrentHashMap<>();
    private static final AtomicLong TRIED = new AtomicLong();
    private static final AtomicReference<String> SLOWEST = new AtomicReference<>("none");
    private static final AtomicLong SLOWEST_NANOS = new AtomicLong();

    private final org.doudi.rules.drools.DroolsEligibilityService service = Engine.service();

    // ------------------------------------------------------------------------------------------------ properties

    @Property
    void aMutatedJsonRequestHasADocumentedOutcome(@ForAll("hostileDocuments") String json,
                                                  @ForAll("locales") Locale locale) {
        long start = System.nanoTime();
        DecodedRequest decoded = DoudiJson.decodeRequest(json);
        EvaluationResult viaJson = service.evaluate(decoded, locale);
        check("json", viaJson);
        // the Java API gets the request as far as it could be read, nulls and all, as a careless caller builds it
        EvaluationResult viaJava = javaApi(decoded.request(), locale);
        check("java", viaJava);
        timed(json, start);
    }

    @Property(tries = 300)
    void aMutatedYamlTreeHasADocumentedOutcome(@ForAll("hostileTrees") JsonNode tree) throws IOException {
        long start = System.nanoTime();
        // the YAML path: scalars as written (lenient), as scenario files are read
        JsonNode yamlTree;
        try {
            yamlTree = YAML.readTree(YAML.writeValueAsString(tree));
        } catch (IOException e) {
            count("yaml", "refused by the YAML parser itself (nesting)");
            return;
        }
        check("yaml", service.evaluate(DoudiJson.decodeRequest(yamlTree), Locale.CHINESE));
        timed(tree.toString(), start);
    }

    @Property(tries = 100)
    void aBatchOfMutatedRequestsAnswersEveryRequestInOrder(@ForAll("batches") List<String> lines) {
        List<EvaluationRequest> requests = lines.stream().map(l -> DoudiJson.decodeRequest(l).request()).toList();
        List<EvaluationResult> results = service.evaluateAll(requests, Locale.CHINESE);
        assertThat(results).hasSameSizeAs(requests);
        for (int i = 0; i < results.size(); i++) {
            check("batch", results.get(i));
            assertThat(caseIdOf(results.get(i))).isEqualTo(requests.get(i).caseId());
        }
    }

    // ------------------------------------------------------------------------------------------------- checking

    private EvaluationResult javaApi(EvaluationRequest request, Locale locale) {
        try {
            return new EvaluationResult.Decided(service.decide(request, locale));
        } catch (org.doudi.rules.api.InvalidRequestException e) {
            return new EvaluationResult.Rejected(request.caseId(), e.problems());
        } catch (org.doudi.rules.api.PolicyConfigurationException e) {
            return new EvaluationResult.Misconfigured(request.caseId(), e);
        }
        // anything else escapes and fails the property: an undocumented exception
    }

    private static void check(String path, EvaluationResult result) {
        if (result instanceof EvaluationResult.Decided d) {
            count(path, "decision");
            for (Reason r : d.decision().reasons()) {
                assertMasked(r.message());
            }
        } else if (result instanceof EvaluationResult.Rejected r) {
            count(path, "invalid");
            assertThat(r.problems()).isNotEmpty();
            for (Problem p : r.problems()) {
                assertThat(p.path()).isNotNull();
                assertThat(p.message()).isNotBlank();
                assertMasked(p.path());
                assertMasked(p.message());
            }
        } else if (result instanceof EvaluationResult.Misconfigured m) {
            count(path, "configuration error");
            assertMasked(m.error().getMessage());
            // a rule that threw is a defect of the rules, never a normal outcome of hostile input
            assertThat(m.error().rule()).as(m.error().getMessage()).isNull();
            assertThat(m.error().getCause()).isNotInstanceOf(ConsequenceException.class);
        } else {
            throw new AssertionError("not a documented outcome: " + result);
        }
    }

    private static String caseIdOf(EvaluationResult result) {
        if (result instanceof EvaluationResult.Decided d) {
            return d.decision().caseId();
        }
        return result instanceof EvaluationResult.Rejected r ? r.caseId()
                : ((EvaluationResult.Misconfigured) result).caseId();
    }

    /** No identifier the masking rule recognises is left in the text. */
    private static void assertMasked(String text) {
        assertThat(Masking.scrub(text)).as("unmasked identifier in: %s", text).isEqualTo(text);
        for (String id : IDENTIFIERS) {
            assertThat(text).doesNotContain(id.substring(id.length() - 11));
        }
    }

    private static void count(String path, String outcome) {
        OUTCOMES.computeIfAbsent(path + ": " + outcome, k -> new AtomicLong()).incrementAndGet();
    }

    private static void timed(String document, long start) {
        TRIED.incrementAndGet();
        long nanos = System.nanoTime() - start;
        if (nanos > SLOWEST_NANOS.get()) {
            SLOWEST_NANOS.set(nanos);
            String shown = document.length() > 160 ? document.substring(0, 160) + "… (" + document.length()
                    + " characters)" : document;
            SLOWEST.set(Masking.scrub(shown));
        }
    }

    @AfterContainer
    static void report() throws IOException {
        StringBuilder b = new StringBuilder("hostile input: ").append(TRIED.get()).append(" requests tried\n");
        new TreeMap<>(OUTCOMES).forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        b.append("  undocumented exceptions: 0 (any would have failed the run)\n");
        b.append("  slowest request: ").append(SLOWEST_NANOS.get() / 1_000).append(" µs: ").append(SLOWEST.get())
                .append('\n');
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("hostile-input-report.txt"), b.toString(), StandardCharsets.UTF_8);
        }
    }

    // ----------------------------------------------------------------------------------------------- generators

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.CHINESE, Locale.ENGLISH);
    }

    @Provide
    Arbitrary<JsonNode> hostileTrees() {
        return Combinators.combine(Requests.any(), Arbitraries.longs(), Arbitraries.integers().between(1, 5))
                .as((request, seed, n) -> mutated(request, new Random(seed), n));
    }

    @Provide
    Arbitrary<String> hostileDocuments() {
        return Combinators.combine(hostileTrees(), Arbitraries.longs(), Arbitraries.integers().between(0, 9))
                .as((tree, seed, textual) -> textual < 7 ? tree.toString() : brokenText(tree.toString(),
                        new Random(seed)));
    }

    @Provide
    Arbitrary<List<String>> batches() {
        return hostileTrees().map(JsonNode::toString).list().ofMinSize(2).ofMaxSize(6);
    }

    private static JsonNode mutated(EvaluationRequest request, Random random, int mutations) {
        ObjectNode root = DoudiJson.toTree(request);
        for (int i = 0; i < mutations; i++) {
            List<Slot> slots = new ArrayList<>();
            collect(root, slots);
            Slot slot = slots.get(random.nextInt(slots.size()));
            switch (random.nextInt(9)) {
                case 0 -> slot.remove();
                case 1 -> slot.set(odd(random));
                case 2 -> slot.set(NODES.textNode(IDENTIFIERS.get(random.nextInt(IDENTIFIERS.size()))));
                case 3 -> identifiersEverywhere(root, random);
                case 4 -> slot.set(deep(random.nextInt(3) == 0 ? 400 : 1 + random.nextInt(60)));
                case 5 -> slot.duplicate();
                case 6 -> slot.parentObject().ifPresent(o -> o.put(IDENTIFIERS.get(random.nextInt(IDENTIFIERS.size())),
                        1));
                case 7 -> slot.set(NODES.textNode(controlCharacters(random)));
                default -> slot.set(retyped(slot.value(), random));
            }
        }
        return root;
    }

    /** Every string value of the tree replaced by an identifier (names, ids, groups, dates, money...). */
    private static void identifiersEverywhere(JsonNode node, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect(node, slots);
        for (Slot s : slots) {
            if (s.value().isTextual() && random.nextInt(3) == 0) {
                s.set(NODES.textNode(s.value().asText() + IDENTIFIERS.get(random.nextInt(IDENTIFIERS.size()))));
            }
        }
    }

    private static JsonNode odd(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.textNode("9".repeat(1 + random.nextInt(2000)));
            case 1 -> NODES.textNode("x".repeat(10_000));
            case 2 -> NODES.numberNode(new java.math.BigDecimal("1e" + (random.nextInt(2) == 0 ? "-" : "") + "400"));
            case 3 -> NODES.numberNode(Long.MIN_VALUE);
            case 4 -> NODES.textNode("-0.001");
            case 5 -> NODES.textNode("9999-12-31");
            case 6 -> NODES.textNode("0000-01-01");
            case 7 -> NODES.textNode("\uD83D\uDE00\u202E\uFEFF");
            case 8 -> NODES.textNode("");
            case 9 -> NODES.nullNode();
            case 10 -> NODES.textNode("1e999999999");
            default -> NODES.numberNode(random.nextInt());
        };
    }

    private static JsonNode retyped(JsonNode value, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.booleanNode(true);
            case 1 -> NODES.arrayNode().add(value == null ? NODES.nullNode() : value.deepCopy());
            case 2 -> NODES.objectNode().set("value", value == null ? NODES.nullNode() : value.deepCopy());
            case 3 -> NODES.numberNode(random.nextInt(100));
            default -> NODES.textNode(value == null ? "null" : value.toString());
        };
    }

    private static JsonNode deep(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private static String controlCharacters(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            b.append((char) random.nextInt(0x20));
        }
        return b.append('\u007F').append('\u0085').toString();
    }

    /** The text itself broken: cut short, a character inserted, a key written twice, a brace dropped, nesting beyond the parser's limit. */
    private static String brokenText(String json, Random random) {
        int at = random.nextInt(Math.max(1, json.length()));
        return switch (random.nextInt(6)) {
            case 5 -> json.replaceFirst("\"caseId\":", "\"deep\":" + "[".repeat(1500) + "]".repeat(1500) + ",\"caseId\":");
            case 0 -> json.substring(0, at);
            case 1 -> json.substring(0, at) + (char) random.nextInt(0x80) + json.substring(at);
            case 2 -> json.replaceFirst("\\{", "{\"caseId\":\"dup\",");
            case 3 -> json.replace("}", "");
            default -> "\uFEFF" + json + " " + json;
        };
    }

    // --------------------------------------------------------------------------------------- a place in the tree

    /** A value in the tree with the container that holds it. */
    private record Slot(JsonNode container, String field, int index) {

        JsonNode value() {
            return field != null ? container.get(field) : container.get(index);
        }

        void set(JsonNode v) {
            if (field != null) {
                ((ObjectNode) container).set(field, v);
            } else {
                ((ArrayNode) container).set(index, v);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) container).remove(field);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }

        /** An array element twice; an object field copied under a second name that differs only in case. */
        void duplicate() {
            if (field != null) {
                ((ObjectNode) container).set(field.toUpperCase(Locale.ROOT), value().deepCopy());
            } else {
                ((ArrayNode) container).insert(index, value().deepCopy());
            }
        }

        java.util.Optional<ObjectNode> parentObject() {
            return container instanceof ObjectNode o ? java.util.Optional.of(o) : java.util.Optional.empty();
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        collect(node, slots, 0);
    }

    /**
     * The slots a mutation may touch. The inside of a deep nesting is not one of them: a second deep nesting inside
     * the first would reach the writer's own nesting limit (1,000) before the request reaches the parser under test.
     */
    private static void collect(JsonNode node, List<Slot> slots, int depth) {
        if (depth > 32) {
            return;
        }
        if (node instanceof ObjectNode o) {
            for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                slots.add(new Slot(o, name, -1));
                collect(o.get(name), slots, depth + 1);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i));
                collect(a.get(i), slots, depth + 1);
            }
        }
    }
}
