package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.drools.lint.RuleLint;
import org.doudi.rules.profile.ClauseText;
import org.doudi.rules.profile.ConfigProblem;
import org.doudi.rules.profile.Profile;
import org.doudi.rules.profile.ProfileRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every citation the engine can put in a decision follows the house rules of {@link ClauseText}: each rule's
 * {@code @clause} in the built-in DRL and each clause the shipped profiles give a rule. {@link ClauseText} explains
 * which digits belong to a citation (文号, article, section and plan numbers, titles in 《》) and which are figures;
 * {@code ClauseTextTest} shows each defect being caught.
 */
class CitationsTest {

    @Test
    @DisplayName("every @clause of the built-in rules: no figure, no invented title, plan numbers, no project words")
    void every_built_in_clause_follows_the_house_rules() {
        List<RuleLint.Declared> rules = RuleLint.rules(RuleSet.readBuiltInSources());
        // every rule of the built rules is read here (the DRL parser sees what the build sees)
        assertThat(rules).extracting(RuleLint.Declared::ruleId).containsExactlyInAnyOrderElementsOf(
                RuleSet.builtIn().ruleIds());
        List<String> defects = new ArrayList<>();
        for (RuleLint.Declared r : rules) {
            if (r.clause() == null) {
                defects.add(r.file() + ":" + r.line() + " " + r.ruleId() + ": no @clause");
            }
            ClauseText.problems(r.clause()).forEach(p -> defects.add(r.file() + ":" + r.line() + " " + r.ruleId()
                    + ": " + p + "\n    " + r.clause()));
        }
        assertThat(defects).as(String.join("\n", defects)).isEmpty();
    }

    @Test
    @DisplayName("every clause the shipped profiles give a rule follows the same rules and names a built-in rule")
    void every_profile_clause_follows_the_house_rules() {
        ProfileRepository profiles = ProfileRepository.builtIn();
        List<String> defects = new ArrayList<>();
        int clauses = 0;
        for (Profile p : profiles.all()) {
            for (Profile.OwnClause c : p.ownClauses()) {
                if (c.clause() != null) {
                    clauses++;
                    ClauseText.problems(c.clause()).forEach(problem -> defects.add(c.file() + ":" + c.line() + " "
                            + c.ruleId() + ": " + problem + "\n    " + c.clause()));
                }
            }
        }
        assertThat(clauses).isGreaterThan(50);
        assertThat(defects).as(String.join("\n", defects)).isEmpty();
        assertThat(profiles.unknownRuleIds(RuleSet.builtIn().ruleIds())).isEmpty();
    }

    @Test
    @DisplayName("a profile clause for a rule the rules do not have stops the engine at start and on reload, with file and line")
    void unknown_rule_ids_in_profile_clauses_are_refused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gs-huining.yaml");
        Files.writeString(file, String.join("\n",
                "id: gs-huining",
                "clauses:",
                "  DB-PAY-999:",
                "    - {from: 2020-05-01, clause: \"《本地方案》 一（一）\"}",
                ""));
        assertThatThrownBy(() -> DroolsEligibilityService.fromDirectories(null, dir))
                .isInstanceOf(PolicyConfigurationException.class)
                // file names go through the one masking rule (policy §15): JUnit's temporary folder has a long number
                .hasMessage(org.doudi.rules.api.request.Masking.scrub(file + ":4: clauses: no rule has @ruleId(\"DB-PAY-999\")"));
        DroolsEligibilityService service = DroolsEligibilityService.builtIn();
        DroolsEligibilityService.ReloadResult result = service.reload(null, dir);
        assertThat(result.reloaded()).isFalse();
        assertThat(result.problems()).containsExactly(
                new ConfigProblem(file.toString(), 4, "clauses: no rule has @ruleId(\"DB-PAY-999\")"));
    }

    @Test
    @DisplayName("the rule lint (doudi validate) reports a figure or an invented title in a @clause at its line")
    void the_lint_reports_clause_defects_with_file_and_line() {
        List<ConfigProblem> problems = RuleLint.check(Map.of("a.drl", """
                package org.doudi.rules.policy;
                import org.doudi.rules.drools.facts.*;

                rule "定额"
                    @ruleId("T-001")
                    @clause("甘肃省农村低保分类施保（一类335元、二类318元）")
                when
                    Household()
                then
                end

                rule "渐退"
                    @ruleId("T-002")
                    @clause("会宁兜底保障方案（2020） 三（三）")
                when
                    Household()
                then
                end
                """));
        assertThat(problems).extracting(ConfigProblem::line).containsExactly(6, 6, 14, 14);
        assertThat(problems.get(0).message()).contains("定额").contains("T-001").contains("figure '335'");
        assertThat(problems.get(3).message()).contains("会宁兜底保障方案 is not a title found in the text");
    }
}
