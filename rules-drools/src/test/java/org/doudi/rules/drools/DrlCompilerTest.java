package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.doudi.rules.profile.ConfigProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Compiling DRL at run time ({@link DrlCompiler}) and loading compiled rules back from a KieModule jar
 * ({@link RuleSet#fromModule}): which problems reach the analyst, under which file name, and what a jar that is not a
 * compiled rule folder gives.
 */
class DrlCompilerTest {

    /** Two rules without an id, read first, and one with an id, compiled once with the module kept. */
    private static final Map<String, String> THREE_RULES = sources();

    private static final DrlCompiler.Result COMPILED = DrlCompiler.compile(THREE_RULES, true);

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
                        "second without an id", "XX-A-001");
        assertThat(COMPILED.module()).isNotNull();
        assertThat(new String(COMPILED.module(), 0, 2, StandardCharsets.US_ASCII)).as("a jar").isEqualTo("PK");

        RuleSet loaded = RuleSet.fromModule(THREE_RULES, COMPILED.module());
        assertThat(loaded.ruleIds()).containsExactly("XX-A-001");
        assertThat(loaded.ruleCount()).isEqualTo(3);
        assertThat(loaded.sources()).isEqualTo(THREE_RULES);
    }

    @Test
    @DisplayName("load order: the rules with an id in reading order, then those without, in the order they were read")
    void rulesWithoutAnIdComeAfterTheOthers() {
        RuleSet loaded = RuleSet.fromModule(THREE_RULES, COMPILED.module());
        assertThat(loadOrder(loaded, "XX-A-001")).isZero();
        assertThat(loadOrder(loaded, "first without an id")).isEqualTo(1);
        assertThat(loadOrder(loaded, "second without an id")).isEqualTo(2);
    }

    private static int loadOrder(RuleSet rules, String name) {
        return ((org.drools.base.definitions.rule.impl.RuleImpl) rules.kieBase()
                .getRule("org.doudi.rules.policy", name)).getLoadOrder();
    }

    @Test
    @DisplayName("a rule without an id that fails while deciding is named by its name, without file or line")
    void failureOfARuleWithoutAnId() {
        RuleSet loaded = RuleSet.fromModule(THREE_RULES, COMPILED.module());
        org.drools.base.definitions.rule.impl.RuleImpl rule = (org.drools.base.definitions.rule.impl.RuleImpl)
                loaded.kieBase().getRule("org.doudi.rules.policy", "second without an id");

        org.doudi.rules.api.PolicyConfigurationException e = loaded.failure(
                new org.drools.base.rule.consequence.ConsequenceException(new ArithmeticException("boom"), rule));

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
        org.doudi.rules.api.PolicyConfigurationException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> RuleSet.build(sources), org.doudi.rules.api.PolicyConfigurationException.class);
        assertThat(refused.file()).isEqualTo(result.problems().get(0).file());
        assertThat(refused.line()).isEqualTo(result.problems().get(0).line());
    }

    @Test
    @DisplayName("a jar that is no compiled rule folder: each kind of wrong jar named")
    void jarsThatAreNoCompiledRules() throws IOException {
        assertThatThrownBy(() -> RuleSet.fromModule(THREE_RULES, jar(Map.of("readme.txt", "hello"))))
                .isInstanceOf(IllegalStateException.class).hasMessage("no executable model in the jar");
        assertThatThrownBy(() -> RuleSet.fromModule(THREE_RULES,
                jar(Map.of("META-INF/kie/org.doudi/x/drools-model", "Drools-Model-Version:10.2.0\n\n  \n"))))
                .isInstanceOf(IllegalStateException.class).hasMessage("the executable model lists no rule class");
        assertThatThrownBy(() -> RuleSet.fromModule(THREE_RULES,
                jar(Map.of("META-INF/kie/org.doudi/x/drools-model", "Drools-Model-Version:10.2.0\nno.such.Rules\n"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot load the rule class no.such.Rules: java.lang.ClassNotFoundException");
        byte[] truncated = java.util.Arrays.copyOf(COMPILED.module(), COMPILED.module().length / 2);
        assertThatThrownBy(() -> RuleSet.fromModule(THREE_RULES, truncated))
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
