package org.doudi.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.example.host.Order;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.DroolsEligibilityService.ReloadResult;
import org.doudi.rules.drools.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * Doudi inside a host application that has Drools rules of its own: a {@code META-INF/kmodule.xml} declaring a
 * default KieBase and KieSession, DRL compiled by the classpath KieContainer (so the rule compiler is on this
 * classpath). Doudi must not change the host's set-up: the host's default session works, its container sees only
 * the host's KieBase, Doudi decides, and Doudi's reloads (good or broken) neither disturb the host nor write ERROR to
 * its log.
 */
class HostBesideDoudiTest {

    @TempDir
    static Path temp;

    static DroolsEligibilityService doudi;

    /** What Drools logged while the host's classpath container was built beside Doudi. */
    static String hostContainerLog;

    @BeforeAll
    static void start() throws Exception {
        doudi = DroolsEligibilityService.builtIn();
        // the classpath container is built once per JVM: built here, with its log captured (a container built from
        // a test-classes folder also warns that it has no pom.properties)
        hostContainerLog = Project.captureOutput(() -> KieServices.get().getKieClasspathContainer());
    }

    /** Runs the host's own rules through its default KieSession and checks their effect. */
    private static void hostRulesWork() {
        KieContainer host = KieServices.get().getKieClasspathContainer();
        assertThat(host.getKieBaseNames()).containsExactly("hostRules");
        KieSession session = host.newKieSession();
        try {
            Order large = new Order(5000);
            Order small = new Order(10);
            session.insert(large);
            session.insert(small);
            assertThat(session.fireAllRules()).isEqualTo(1);
            assertThat(large.isApprovalNeeded()).isTrue();
            assertThat(small.isApprovalNeeded()).isFalse();
        } finally {
            session.dispose();
        }
    }

    @Test
    @DisplayName("the host's default KieSession works and Doudi decides, in the same application")
    void bothWork() throws Exception {
        assertThat(hostContainerLog).doesNotContain("more than one default").doesNotContain("ERROR");
        String log = Project.captureOutput(HostBesideDoudiTest::hostRulesWork);
        assertThat(log).doesNotContain("more than one default").doesNotContain("ERROR");
        for (Project.Example example : Project.workedExamples()) {
            WorkedExamples.check(doudi, example);
        }
        hostRulesWork();
    }

    @Test
    @DisplayName("a broken rules folder is rejected by Doudi's reload without an ERROR in the host's log")
    void brokenReloadIsQuiet() throws Exception {
        Path rules = copyBuiltInRules("broken");
        Path income = rules.resolve("income.drl");
        List<String> lines = new ArrayList<>(Files.readAllLines(income, StandardCharsets.UTF_8));
        lines.addAll(List.of("", "rule \"坏规则\"", "    @ruleId(\"DB-INC-999\")", "    @clause(\"测试\")", "when",
                "    $h : Household( asOf == )", "then", "end"));
        int errorLine = lines.size() - 2;
        Files.write(income, lines, StandardCharsets.UTF_8);

        List<ReloadResult> result = new ArrayList<>();
        String log = Project.captureOutput(() -> result.add(doudi.reload(rules, null)));

        assertThat(result.get(0).reloaded()).isFalse();
        assertThat(result.get(0).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("income.drl");
            assertThat(p.line()).isEqualTo(errorLine);
            assertThat(p.message()).doesNotContain("null Package");
        });
        assertThat(log).doesNotContain("ERROR").doesNotContain("Unable to build").doesNotContain("null Package");
        hostRulesWork();
    }

    @Test
    @DisplayName("a rules folder compiled and reloaded at run time beside the host: both keep working")
    void validReloadBesideTheHost() throws Exception {
        // the built-in rule files (profiles cite their rule ids) plus one of the analyst's, compiled at run time
        // through Doudi's own KieContainer beside the host's
        Path rules = Files.createDirectories(temp.resolve("analyst"));
        int builtIn = RuleSet.builtIn().ruleCount();
        for (Map.Entry<String, String> file : RuleSet.readBuiltInSources().entrySet()) {
            Files.writeString(rules.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(rules.resolve("one.drl"), """
                package org.doudi.rules.policy;

                import org.doudi.rules.drools.facts.Household;

                rule "每个家庭都被看到"
                    @ruleId("DB-TEST-001")
                    @clause("测试")
                when
                    Household()
                then
                end
                """, StandardCharsets.UTF_8);
        ReloadResult reload = doudi.reload(rules, null);
        assertThat(reload.problems()).isEmpty();
        assertThat(reload.reloaded()).isTrue();
        assertThat(doudi.rules().ruleCount()).isEqualTo(builtIn + 1);
        hostRulesWork();

        assertThat(doudi.reload(null, null).reloaded()).as("back to the built-in rules").isTrue();
        for (Project.Example example : Project.workedExamples()) {
            WorkedExamples.check(doudi, example);
        }
        hostRulesWork();
    }

    private static Path copyBuiltInRules(String name) throws Exception {
        Path dir = Files.createDirectories(temp.resolve(name));
        for (Map.Entry<String, String> e : RuleSet.readBuiltInSources().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }
}
