package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.drools.facts.Household;
import org.doudi.rules.drools.facts.OutcomeIs;
import org.doudi.rules.drools.facts.Person;
import org.doudi.rules.profile.ConfigProblem;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.consequence.ConsequenceException;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Compiling DRL at run time ({@link DrlCompiler}) and loading compiled rules back from a KieModule jar
 * ({@link RuleSet#fromModule}): which problems reach the analyst, under which file name, and what a jar that is not a
 * compiled rule folder gives; the load order of rules with and without an id, and which rules
 * {@link ExplanationCollector} names for a conclusion several rules justify.
 */
class DrlCompilerTest {

    /** Two rules without an id, read first, then four with one; compiled once, the module kept. */
    private static final Map<String, String> RULES = sources();

    private static final DrlCompiler.Result COMPILED = DrlCompiler.compile(RULES, true);

    private static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("plain.drl", """
                package org.doudi.rules.policy;

                import org.doudi.rules.drools.facts.*;

                rule "first without an id"
                when
                    Household()
                then
                end

                rule "second without an id"
                when
                    Person()
                then
                end
                """);
        sources.put("county/area.drl", RulesFolderTest.rule("XX-A-001", "Household()"));
        sources.put("justify.drl", """
                package org.doudi.rules.policy;

                import org.doudi.rules.api.decision.Outcome;
                import org.doudi.rules.drools.facts.*;

                rule "eligible, second by id"
                    @ruleId("XX-J-002")
                    @clause("试验")
                when
                    Household()
                then
                    insertLogical( new OutcomeIs( Outcome.ELIGIBLE ) );
                end

                rule "eligible, first by id"
                    @ruleId("XX-J-001")
                    @clause("试验")
                when
                    Household()
                then
                    insertLogical( new OutcomeIs( Outcome.ELIGIBLE ) );
                end

                rule "ineligible, once per member"
                    @ruleId("XX-J-003")
                    @clause("试验")
                when
                    Person()
                then
                    insertLogical( new OutcomeIs( Outcome.INELIGIBLE ) );
                end
                """);
        return sources;
    }

    @Test
    @DisplayName("a file is named by its path in the rules folder, whatever the build put before it")
    void fileNames() {
        assertThat(DrlCompiler.fileName("src/main/resources/org/doudi/rules/policy/county/area.drl"))
                .isEqualTo("county/area.drl");
        assertThat(DrlCompiler.fileName("org/doudi/rules/policy/area.drl")).isEqualTo("area.drl");
        assertThat(DrlCompiler.fileName("src\\main\\resources\\org\\doudi\\rules\\policy\\a\\b.drl"))
                .isEqualTo("a/b.drl");
        assertThat(DrlCompiler.fileName("src/main/resources/other.drl")).isEqualTo("other.drl");
        assertThat(DrlCompiler.fileName("elsewhere/area.drl")).isEqualTo("elsewhere/area.drl");
    }

    @Test
    @DisplayName("Drools' echo that a file did not parse is dropped only beside that file's own problem")
    void echoesOfAFileThatDidNotParse() {
        ConfigProblem echo = new ConfigProblem("a.drl", 0, "Parser returned a null Package");
        ConfigProblem parse = new ConfigProblem("a.drl", 3, "[ERR 101] no viable alternative");
        ConfigProblem otherFile = new ConfigProblem("b.drl", 0, DrlCompiler.NULL_PACKAGE);
        ConfigProblem echoAgain = new ConfigProblem("a.drl", 1, "again: " + DrlCompiler.NULL_PACKAGE);

        assertThat(DrlCompiler.withoutEchoes(List.of(echo, parse, otherFile))).containsExactly(parse, otherFile);
        assertThat(DrlCompiler.withoutEchoes(List.of(echo))).containsExactly(echo);
        assertThat(DrlCompiler.withoutEchoes(List.of(echo, echoAgain))).containsExactly(echo, echoAgain);
        assertThat(DrlCompiler.withoutEchoes(List.of(parse, echo))).containsExactly(parse);
    }

    @Test
    @DisplayName("rules that build: the rules, no problem, the module only when asked for")
    void rulesThatBuild() {
        assertThat(DrlCompiler.available()).isTrue();
        assertThat(COMPILED.problems()).isEmpty();
        assertThat(COMPILED.kieBase().getKiePackage("org.doudi.rules.policy").getRules())
                .extracting(r -> r.getName()).containsExactlyInAnyOrder("first without an id",
                        "second without an id", "XX-A-001", "eligible, second by id", "eligible, first by id",
                        "ineligible, once per member");
        assertThat(COMPILED.module()).isNotNull();
        assertThat(new String(COMPILED.module(), 0, 2, StandardCharsets.US_ASCII)).as("a jar").isEqualTo("PK");

        RuleSet loaded = RuleSet.fromModule(RULES, COMPILED.module());
        assertThat(loaded.ruleIds()).containsExactly("XX-A-001", "XX-J-001", "XX-J-002", "XX-J-003");
        assertThat(loaded.ruleCount()).isEqualTo(6);
        assertThat(loaded.sources()).isEqualTo(RULES);
    }

    @Test
    @DisplayName("load order: the rules with an id in reading order, then those without, in the order they were read")
    void rulesWithoutAnIdComeAfterTheOthers() {
        RuleSet loaded = RuleSet.fromModule(RULES, COMPILED.module());
        assertThat(loadOrder(loaded, "XX-A-001")).isZero();
        assertThat(loadOrder(loaded, "eligible, second by id")).isEqualTo(1);
        assertThat(loadOrder(loaded, "eligible, first by id")).isEqualTo(2);
        assertThat(loadOrder(loaded, "ineligible, once per member")).isEqualTo(3);
        assertThat(loadOrder(loaded, "first without an id")).isEqualTo(4);
        assertThat(loadOrder(loaded, "second without an id")).isEqualTo(5);
    }

    @Test
    @DisplayName("a conclusion two rules justify names both, lowest id first; one rule matching twice is named once")
    void rulesJustifyingAConclusion() {
        RuleSet loaded = RuleSet.fromModule(RULES, COMPILED.module());
        EvaluationRequest request = Cases.application("yn-ludian", "2020-07-01",
                Residence.URBAN).members(
                Cases.head("1970-01-01", LaborCapacity.FULL).build(),
                Cases.person("m2", HeadRelation.SPOUSE, "1972-01-01",
                        LaborCapacity.FULL).build()).build();
        KieSession session = loaded.kieBase().newKieSession();
        try {
            session.insert(new Household(request));
            Person head = new Person(
                    request.members().get(0), 0, request);
            FactHandle headHandle = session.insert(head);
            session.insert(new Person(request.members().get(1), 1, request));
            session.fireAllRules();
            ExplanationCollector collector = new ExplanationCollector();

            assertThat(collector.rulesOf(handle(session, Outcome.ELIGIBLE)))
                    .extracting(r -> ExplanationCollector.meta(r, "ruleId")).containsExactly("XX-J-001", "XX-J-002");
            assertThat(ExplanationCollector.meta(collector.ruleOf(
                    handle(session, Outcome.ELIGIBLE)), "ruleId")).isEqualTo("XX-J-001");
            assertThat(collector.rulesOf(handle(session, Outcome.INELIGIBLE)))
                    .extracting(r -> ExplanationCollector.meta(r, "ruleId")).containsExactly("XX-J-003");
            assertThat(collector.rulesOf(headHandle)).as("an input fact").isEmpty();
            assertThat(collector.ruleOf(headHandle)).isNull();
            assertThat(ExplanationCollector.meta(collector.ruleOf(
                    handle(session, Outcome.INELIGIBLE)), "clause")).isEqualTo("试验");
            assertThat(ExplanationCollector.meta(collector.ruleOf(
                    handle(session, Outcome.INELIGIBLE)), "none")).isNull();
        } finally {
            session.dispose();
        }
    }

    private static FactHandle handle(KieSession session,
                                                              Outcome outcome) {
        return session.getFactHandles(o -> o.equals(new OutcomeIs(outcome))).stream()
                .findFirst().orElseThrow();
    }

    private static int loadOrder(RuleSet rules, String name) {
        return ((RuleImpl) rules.kieBase()
                .getRule("org.doudi.rules.policy", name)).getLoadOrder();
    }

    @Test
    @DisplayName("a rule without an id that fails while deciding is named by its name, without file or line")
    void failureOfARuleWithoutAnId() {
        RuleSet loaded = RuleSet.fromModule(RULES, COMPILED.module());
        RuleImpl rule = (RuleImpl)
                loaded.kieBase().getRule("org.doudi.rules.policy", "second without an id");

        PolicyConfigurationException e = loaded.failure(
                new ConsequenceException(new ArithmeticException("boom"), rule));

        assertThat(e.rule()).isEqualTo("second without an id");
        assertThat(e.file()).isNull();
        assertThat(e.line()).isZero();
        assertThat(e.getMessage()).isEqualTo("规则 second without an id 执行出错，未能作出决定（ArithmeticException: boom）"
                + "/ rule second without an id failed while deciding this request (ArithmeticException: boom)");
    }

    @Test
    @DisplayName("a syntax error and an unknown field: each at its file, in its subfolder, and line; no echo")
    void problemsAtTheirFileAndLine() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("good.drl", RulesFolderTest.rule("XX-A-001", "Household()"));
        sources.put("county/syntax.drl", RulesFolderTest.rule("XX-B-001", "Household( asOf == )"));
        sources.put("county/field.drl", RulesFolderTest.rule("XX-C-001", "Household( noSuchField == 1 )"));

        DrlCompiler.Result result = DrlCompiler.compile(sources);

        assertThat(result.kieBase()).isNull();
        assertThat(result.module()).isNull();
        assertThat(result.problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.message()).doesNotContain(DrlCompiler.NULL_PACKAGE))
                .noneSatisfy(p -> assertThat(p.file()).isEqualTo("good.drl"))
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("county/syntax.drl");
                    assertThat(p.line()).isEqualTo(9);
                })
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("county/field.drl");
                    assertThat(p.line()).isEqualTo(9);
                    assertThat(p.message()).contains("noSuchField");
                });
        RuleSet.Compilation compilation = RuleSet.compile(sources);
        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.rules()).isNull();
        assertThat(compilation.problems()).isEqualTo(result.problems());
        assertThat(RuleSet.check(sources)).isEqualTo(result.problems());
        PolicyConfigurationException refused = catchThrowableOfType(
                () -> RuleSet.build(sources), PolicyConfigurationException.class);
        assertThat(refused.file()).isEqualTo(result.problems().get(0).file());
        assertThat(refused.line()).isEqualTo(result.problems().get(0).line());
    }

    @Test
    @DisplayName("a type error only the executable model finds: a problem of the files, never an exception")
    void typeErrorOnlyTheExecutableModelFinds() {
        Map<String, String> sources = Map.of("county/cap.drl", """
                package org.doudi.rules.policy;

                import org.doudi.rules.profile.Parameters;

                rule "a cap compared with a text"
                    @ruleId("XX-T-001")
                    @clause("试验")
                when
                    Parameters( deductionEmploymentCostCap > "abc" )
                then
                end
                """);

        DrlCompiler.Result result = DrlCompiler.compile(sources);

        assertThat(result.kieBase()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("county/cap.drl");
            assertThat(p.line()).isZero();
            assertThat(p.message()).startsWith("rules do not build: ");
        });
        assertThat(RuleSet.compile(sources).problems()).isEqualTo(result.problems());
        assertThat(DrlCompiler.compile(RULES).problems()).as("the compiler is free again after the failure").isEmpty();
    }

    @Test
    @DisplayName("a jar that is no compiled rule folder: each kind of wrong jar named")
    void jarsThatAreNoCompiledRules() throws IOException {
        assertThatThrownBy(() -> RuleSet.fromModule(RULES, jar(Map.of("readme.txt", "hello"))))
                .isInstanceOf(IllegalStateException.class).hasMessage("no executable model in the jar");
        assertThatThrownBy(() -> RuleSet.fromModule(RULES,
                jar(Map.of("META-INF/kie/org.doudi/x/drools-model", "Drools-Model-Version:10.2.0\n\n  \n"))))
                .isInstanceOf(IllegalStateException.class).hasMessage("the executable model lists no rule class");
        assertThatThrownBy(() -> RuleSet.fromModule(RULES,
                jar(Map.of("META-INF/kie/org.doudi/x/drools-model", "Drools-Model-Version:10.2.0\nno.such.Rules\n"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot load the rule class no.such.Rules: java.lang.ClassNotFoundException");
        byte[] truncated = java.util.Arrays.copyOf(COMPILED.module(), COMPILED.module().length / 2);
        assertThatThrownBy(() -> RuleSet.fromModule(RULES, truncated))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("not a readable jar: ");
    }

    /** A jar of text files. */
    private static byte[] jar(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("META-INF/"));
            zip.closeEntry();
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
