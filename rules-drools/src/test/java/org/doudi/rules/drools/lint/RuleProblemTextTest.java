package org.doudi.rules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.doudi.rules.profile.ConfigProblem;
import org.doudi.rules.profile.ProblemText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The convention breaches and a partial rules folder are worded in Chinese by default, and kept in English. */
class RuleProblemTextTest {

    private static final String HEADER = """
            package org.doudi.rules.policy;

            import org.doudi.rules.drools.facts.*;
            import org.doudi.rules.profile.Parameters;
            """;

    @Test
    @DisplayName("every convention breach has Chinese text, and its English text is unchanged")
    void conventionBreaches() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("a.drl", HEADER + """

                rule "无编号"
                when
                    Household()
                then
                end

                rule "有数字"
                    @ruleId("T-002")
                    @clause("某条例第 3 条，500 元")
                    salience 10
                when
                    Household(size > 7)
                then
                end
                """);
        sources.put("b.drl", HEADER + """

                rule "编号重复"
                    @ruleId("T-002")
                    @clause("某条例第三条")
                when
                    Household()
                then
                end
                """);
        List<ConfigProblem> problems = new ArrayList<>(RuleLint.check(sources));
        problems.addAll(RuleFolderCompleteness.check(sources, "rules"));
        assertThat(problems).hasSizeGreaterThan(5);
        for (ConfigProblem p : problems) {
            assertThat(ProblemText.known(p.message())).as(p.message()).isTrue();
            assertThat(p.message(Locale.CHINESE)).as(p.message()).containsPattern("\\p{IsHan}")
                    .doesNotContain(" has no ", " uses ", "numeric literal", "duplicate", "policy area");
            assertThat(p.message(Locale.ENGLISH)).isEqualTo(p.message());
        }
        assertThat(problems).extracting(p -> p.message(Locale.CHINESE))
                .anySatisfy(m -> assertThat(m).isEqualTo("规则 \"无编号\" 没有 @ruleId(\"...\")"))
                .anySatisfy(m -> assertThat(m).startsWith("规则 \"有数字\" (T-002) 用了 salience"))
                .anySatisfy(m -> assertThat(m).startsWith("缺少随项目发布的规则（rules.index）中的政策领域"));
    }

    @Test
    @DisplayName("a compiler message broken over lines is worded like one line")
    void compilerMessages() {
        assertThat(ProblemText.in(Locale.CHINESE, "Unable to Analyse Expression members > 1000:\n[Error: Comparison"
                + " operation requires compatible types.]")).isEqualTo("无法分析表达式 members > 1000：[Error: Comparison"
                + " operation requires compatible types.]");
        assertThat(ProblemText.in(Locale.CHINESE, "[ERR 102] Line 28:4 mismatched input 'Counted' in rule \"因病\""))
                .isEqualTo("DRL 语法错误（第 28 行第 4 列）：规则 \"因病\" 中此处不应出现 'Counted'（常见原因：前面少了括号、逗号或引号）");
    }
}
