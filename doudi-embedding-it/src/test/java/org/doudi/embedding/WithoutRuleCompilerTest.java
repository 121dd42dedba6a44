package org.doudi.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.DroolsEligibilityService.ReloadResult;
import org.doudi.rules.drools.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedder that declares only {@code org.doudi:rules-drools}: the classpath Maven resolves for it holds no rule
 * compiler, the built-in rules decide every worked example from their pre-generated model, and a rules folder gets a
 * clear error (reload: a clear problem) instead of a class-loading failure.
 */
class WithoutRuleCompilerTest {

    /** One class of each part of the rule compiler that embedders no longer get. */
    private static final List<String> COMPILER_CLASSES = List.of(
            "org.drools.drl.parser.DrlParser",                    // drools-drl-parser
            "org.antlr.v4.runtime.Parser",                         // ANTLR 4 (the DRL parser's)
            "org.antlr.runtime.Parser",                            // ANTLR 3
            "org.drools.model.codegen.ExecutableModelProject",    // drools-model-codegen
            "com.github.javaparser.JavaParser",                    // JavaParser
            "org.drools.mvel.MVELConstraintBuilder",              // drools-mvel
            "org.mvel2.MVEL",                                      // MVEL
            "org.eclipse.jdt.internal.compiler.Compiler",          // ECJ
            "org.drools.xml.support.XMLSupportImpl",              // kmodule.xml reading (drools-xml-support)
            "com.thoughtworks.xstream.XStream");                   // XStream

    @TempDir
    static Path temp;

    static DroolsEligibilityService service;

    @BeforeAll
    static void start() {
        service = DroolsEligibilityService.builtIn();
    }

    @Test
    @DisplayName("the resolved classpath holds none of the rule compiler's parts")
    void noCompilerOnTheClasspath() {
        for (String name : COMPILER_CLASSES) {
            assertThatThrownBy(() -> Class.forName(name, false, getClass().getClassLoader()))
                    .as(name).isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(RuleSet.compilerAvailable()).isFalse();
    }

    @TestFactory
    @DisplayName("the built-in rules decide every worked example")
    Stream<DynamicTest> builtInRulesDecide() {
        assertThat(service.rules().ruleCount()).isGreaterThan(50);
        return Project.workedExamples().stream()
                .map(e -> DynamicTest.dynamicTest(e.name(), () -> WorkedExamples.check(service, e)));
    }

    @Test
    @DisplayName("a rules folder: a clear error naming the folder and the missing dependency, in Chinese and English")
    void rulesFolderNeedsTheCompiler() throws Exception {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("one.drl"), "package org.doudi.rules.policy;\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DroolsEligibilityService.fromDirectories(rules, null))
                .isInstanceOf(PolicyConfigurationException.class)
                .hasMessageContaining("规则编译器").hasMessageContaining("rule compiler")
                .hasMessageContaining("org.doudi:rules-compiler")
                .satisfies(e -> assertThat(((PolicyConfigurationException) e).file()).isEqualTo(org.doudi.rules.api.request.Masking.scrub(rules.toString())));

        ReloadResult reload = service.reload(rules, null);
        assertThat(reload.reloaded()).isFalse();
        assertThat(reload.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(org.doudi.rules.api.request.Masking.scrub(rules.toString()));
            assertThat(p.message()).isEqualTo(RuleSet.COMPILER_MISSING);
        });
        assertThat(RuleSet.compile(RuleSet.readDirectory(rules)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo(RuleSet.COMPILER_MISSING));
    }

    @Test
    @DisplayName("reloading profiles alone needs no compiler: the built-in rules keep serving")
    void profileReloadNeedsNoCompiler() {
        Path params = Project.root().resolve("scenarios/params/national");
        ReloadResult reload = service.reload(null, params);
        assertThat(reload.problems()).isEmpty();
        assertThat(reload.reloaded()).isTrue();
        assertThat(service.reload(null, null).reloaded()).isTrue();
    }
}
