package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.doudi.rules.drools.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code --rules} folder as an analyst gets it wrong: one rule file of thirteen, a file that does not build. */
class RulesFolderTest {

    @TempDir
    Path temp;

    private Path onlyMembers() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(dir.resolve("members.drl"), RuleSet.readBuiltInSources().get("members.drl"),
                StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void validate_names_the_missing_policy_areas() throws IOException {
        Path rules = onlyMembers();
        Cli.Result r = Cli.run("--lang", "en", "validate", "--rules", rules.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.FAILURE);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).as("%s", r).anySatisfy(l -> assertThat(l).startsWith(masked(rules) + ": the policy area income.drl"
                + " of the shipped rules (rules.index) is missing: DB-INC-001"));
        assertThat(lines.stream().filter(l -> l.contains("of the shipped rules (rules.index) is missing"))).hasSize(
                RuleSet.readBuiltInSources().size() - 1);
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("members.drl"));

        Cli.Result zh = Cli.run("validate", "--rules", rules.toString());
        assertThat(zh.out().lines().toList()).as("%s", zh).anySatisfy(l -> assertThat(l).startsWith(masked(rules)
                + ": 缺少随项目发布的规则（rules.index）中的政策领域 income.drl：DB-INC-001"));
    }

    @Test
    void a_rule_set_that_reaches_no_single_outcome_is_a_configuration_error_in_words() throws IOException {
        // a copy of every rule file, and an analyst's rule that concludes an exit for every household
        Path rules = Files.createDirectories(temp.resolve("all"));
        RuleSet.readBuiltInSources().forEach((name, text) -> {
            try {
                Files.writeString(rules.resolve(name), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Files.writeString(rules.resolve("extra.drl"), """
                package org.doudi.rules.policy;
                import org.doudi.rules.api.decision.Outcome;
                import org.doudi.rules.drools.facts.*;
                rule "测试：每户都退出"
                    @ruleId("DB-TEST-001")
                    @clause("测试")
                when
                    Household()
                then
                    insertLogical( new OutcomeIs( Outcome.EXIT ) );
                end
                """, StandardCharsets.UTF_8);
        String request = Cli.example("04-xiayi-graded-gap.json").get("request").toString();
        Cli.Result r = Cli.runWithInput(request, "evaluate", "--rules", rules.toString(), "-");
        assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.CONFIGURATION_ERROR);
        assertThat(r.json().at("/configurationError/message").asText())
                .isEqualTo("the rules in use reached no decision: rules decided several outcomes [ELIGIBLE, EXIT]. The"
                        + " rules are incomplete or contradict each other: a rules folder must hold every policy area"
                        + " (run doudi validate --rules DIR to see which are missing)");
        assertThat(r.err()).doesNotContain("unexpected failure").doesNotContain("IllegalStateException");
    }

    @Test
    void one_rule_file_of_thirteen_is_a_configuration_error_before_any_case() throws IOException {
        Path rules = onlyMembers();
        String request = Cli.example("04-xiayi-graded-gap.json").get("request").toString();
        Cli.Result r = Cli.runWithInput(request, "evaluate", "--rules", rules.toString(), "-");
        assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.CONFIGURATION_ERROR);
        assertThat(r.err()).doesNotContain("unexpected failure");
    }

    private Path copyWith(String file, String from, String to) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("copy"));
        for (var e : RuleSet.readBuiltInSources().entrySet()) {
            String text = e.getKey().equals(file) ? e.getValue().replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)) : e.getValue();
            Files.writeString(dir.resolve(e.getKey()), text, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void a_full_width_bracket_is_named_at_the_line_of_the_slip() throws IOException {
        Path rules = copyWith("category.drl", "exists Person( severelyDisabled", "exists Person（ severelyDisabled");
        int line = lineOf(rules.resolve("category.drl"), "exists Person（ severelyDisabled");
        Cli.Result r = Cli.run("--lang", "en", "validate", "--rules", rules.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out().lines().toList()).as("%s", r).contains(masked(rules.resolve("category.drl")) + ":" + line
                + ": full-width '（' typed for '(' (column 18): outside quotes DRL needs half-width punctuation"
                + " (全角符号，请切换到半角输入)");
        // one problem for the slip, none for the areas or the profiles' clauses it hides
        assertThat(r.out()).doesNotContain("no viable alternative").doesNotContain("is missing")
                .doesNotContain("clauses: no rule");

        Cli.Result zh = Cli.run("validate", "--rules", rules.toString());
        assertThat(zh.out().lines().toList()).as("%s", zh).contains(masked(rules.resolve("category.drl")) + ":" + line
                + ": 第 18 列误用了全角符号“（”，应为半角的 '('：引号以外 DRL 只认半角符号（请切换到半角输入）");
    }

    @Test
    void a_misspelt_field_gets_a_suggestion_over_the_facts_fields() throws IOException {
        Path rules = copyWith("category.drl", "exists Person( severelyDisabled", "exists Person( severlyDisabled");
        int line = lineOf(rules.resolve("category.drl"), "exists Person( severlyDisabled");
        Cli.Result r = Cli.run("--lang", "en", "validate", "--rules", rules.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out().lines().toList()).as("%s", r).contains(masked(rules.resolve("category.drl")) + ":" + line
                + ": Person has no field 'severlyDisabled' (did you mean 'severelyDisabled'?)");

        Cli.Result zh = Cli.run("validate", "--rules", rules.toString());
        assertThat(zh.out().lines().toList()).as("%s", zh).contains(masked(rules.resolve("category.drl")) + ":" + line
                + ": Person 没有字段“severlyDisabled”（是否想写 severelyDisabled？）");
        assertThat(zh.out().lines().toList().get(zh.out().lines().toList().size() - 1)).startsWith("validate：共 ");
    }

    @Test
    void a_rule_of_the_folder_may_give_a_reason_code_of_its_own_worded_by_the_folders_message_files()
            throws IOException {
        Path rules = copyWith("income.drl", "", "");
        Files.writeString(rules.resolve("county_note.drl"), """
                package org.doudi.rules.policy;
                import org.doudi.rules.drools.facts.*;
                rule "本县：低保户可另外申请冬季取暖补助"
                    @ruleId("DB-COUNTY-001")
                    @clause("某县民政局关于做好冬季取暖救助工作的通知第二条")
                when
                    Household()
                then
                    insertLogical( ReasonFact.household( "COUNTY_HEATING_NOTE" ) );
                end
                """, StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("messages_zh.properties"),
                "COUNTY_HEATING_NOTE=本县低保户可另外申请冬季取暖补助，请向乡镇民政办咨询\n", StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("messages_en.properties"),
                "COUNTY_HEATING_NOTE=Households on dibao in this county may also apply for the winter heating grant\n",
                StandardCharsets.UTF_8);
        String request = Cli.example("04-xiayi-graded-gap.json").get("request").toString();

        Cli.Result zh = Cli.runWithInput(request, "evaluate", "--rules", rules.toString(), "-");
        assertThat(zh.exit()).as("%s", zh).isZero();
        assertThat(zh.json().get("reasons").findValues("code").stream().map(c -> c.asText()))
                .contains("COUNTY_HEATING_NOTE");
        assertThat(zh.json().get("reasons").findValuesAsText("message"))
                .contains("本县低保户可另外申请冬季取暖补助，请向乡镇民政办咨询");
        Cli.Result en = Cli.runWithInput(request, "evaluate", "--rules", rules.toString(), "--lang", "en", "-");
        assertThat(en.json().get("reasons").findValuesAsText("message"))
                .contains("Households on dibao in this county may also apply for the winter heating grant");

        Cli.Result explainZh = Cli.runWithInput(request, "explain", "--rules", rules.toString(), "-");
        assertThat(explainZh.exit()).as("%s", explainZh).isZero();
        assertThat(explainZh.out()).contains("本县低保户可另外申请冬季取暖补助，请向乡镇民政办咨询")
                .contains("某县民政局关于做好冬季取暖救助工作的通知第二条");
        Cli.Result explainEn = Cli.runWithInput(request, "explain", "--rules", rules.toString(), "--lang", "en", "-");
        assertThat(explainEn.out()).contains("Households on dibao in this county may also apply for the winter heating"
                + " grant");
    }

    @Test
    void the_message_files_of_a_rules_folder_are_read_at_run_time() throws IOException {
        Path rules = copyWith("income.drl", "", "");
        Files.writeString(rules.resolve("messages_zh.properties"),
                "INCOME_BELOW_STANDARD=本户月人均收入 {perCapita} 元，低于本地标准 {standard} 元（分析员改写）\n",
                StandardCharsets.UTF_8);
        String request = Cli.example("04-xiayi-graded-gap.json").get("request").toString();
        Cli.Result r = Cli.runWithInput(request, "evaluate", "--rules", rules.toString(), "-");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.json().get("reasons").findValuesAsText("message"))
                .contains("本户月人均收入 300.00 元，低于本地标准 321.67 元（分析员改写）");
        // the English messages of the folder are the built-in ones (the folder has none)
        Cli.Result en = Cli.runWithInput(request, "evaluate", "--rules", rules.toString(), "--lang", "en", "-");
        assertThat(en.json().get("reasons").findValuesAsText("message")).noneMatch(m -> m.contains("分析员改写"));
    }

    @Test
    void test_with_rules_that_do_not_build_says_that_no_scenario_ran() throws IOException {
        Path rules = onlyMembers();
        Files.writeString(rules.resolve("members.drl"), "package org.doudi.rules.policy;\nrule \"坏\" when then end\n"
                + "rule （\n", StandardCharsets.UTF_8);
        Path scenario = temp.resolve("s.yaml");
        Files.writeString(scenario, "- name: x\n  request: {}\n  expect: {outcome: ELIGIBLE}\n");
        Cli.Result r = Cli.run("test", "--rules", rules.toString(), scenario.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.CONFIGURATION_ERROR);
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("配置错误：规则或参数无法加载，没有运行任何场景（0 passed, 0 failed）");
        assertThat(lines.get(0)).contains("members.drl");
    }

    /** A path as the command prints it: through the one masking rule, as every file name (a temporary folder's digits). */
    private static String masked(Path path) {
        return org.doudi.rules.api.request.Masking.scrub(path.toString());
    }
}
