package org.doudi.rules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.rules.drools.RuleSet;
import org.doudi.rules.profile.ConfigProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The DRL conventions: the shipped rules keep them, and each breach is reported with its file and line. */
class RuleLintTest {

    private static final String HEADER = """
            package org.doudi.rules.policy;

            import org.doudi.rules.drools.facts.*;
            import org.doudi.rules.profile.Parameters;
            """;

    @Test
    @DisplayName("the shipped rules keep every convention")
    void shippedRulesAreClean() {
        Map<String, String> sources = RuleSet.readBuiltInSources();
        assertThat(sources).hasSizeGreaterThan(10);
        assertThat(RuleLint.check(sources)).isEmpty();
    }

    @Test
    @DisplayName("a rule without @clause: file and the rule's line")
    void missingClause() {
        List<ConfigProblem> problems = RuleLint.check(Map.of("a.drl", HEADER + """

                rule "有收入"
                    @ruleId("T-001")
                when
                    Household()
                then
                end
                """));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("a.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("有收入").contains("@clause");
        });
    }

    @Test
    @DisplayName("a rule without @ruleId, and one with an empty @clause")
    void missingOrEmptyRuleId() {
        List<ConfigProblem> problems = RuleLint.check(Map.of("a.drl", HEADER + """

                rule "无编号"
                    @clause("某条")
                when
                    Household()
                then
                end

                rule "空条款"
                    @ruleId("T-002")
                    @clause("")
                when
                    Household()
                then
                end
                """));
        assertThat(problems).extracting(ConfigProblem::line).containsExactly(6, 13);
        assertThat(problems.get(0).message()).contains("无编号").contains("@ruleId");
        assertThat(problems.get(1).message()).contains("空条款").contains("@clause");
    }

    @Test
    @DisplayName("a rule id used in two files: reported at the second, naming the first")
    void duplicateIdAcrossFiles() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("a.drl", HEADER + """

                rule "甲"
                    @ruleId("T-001")
                    @clause("某条")
                when
                    Household()
                then
                end
                """);
        sources.put("b.drl", HEADER + """
                // the same id again

                rule "乙"
                    @clause("某条")
                    @ruleId("T-001")
                when
                    Household()
                then
                end
                """);
        List<ConfigProblem> problems = RuleLint.check(sources);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("b.drl");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("duplicate").contains("T-001").contains("a.drl:7").contains("甲");
        });
    }

    @Test
    @DisplayName("salience: file and the line of the attribute")
    void salience() {
        List<ConfigProblem> problems = RuleLint.check(Map.of("s.drl", HEADER + """

                rule "优先"
                    @ruleId("T-001")
                    @clause("某条")
                    salience 10
                when
                    Household()
                then
                end
                """));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("s.drl");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("salience").contains("T-001");
        });
    }

    @Test
    @DisplayName("a literal 1000 in a condition, and one in a consequence: file and line of each")
    void literalsInConditionAndConsequence() {
        List<ConfigProblem> problems = RuleLint.check(Map.of("n.drl", HEADER + """

                rule "存款超过一千元"
                    @ruleId("T-001")
                    @clause("某条")
                when
                    Household( assets.financial().exact() > 1000 )
                then
                    insertLogical( ReasonFact.household( "X", "months", 12 ) );
                end
                """));
        assertThat(problems).extracting(ConfigProblem::file, ConfigProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("n.drl", 10),
                        org.assertj.core.groups.Tuple.tuple("n.drl", 12));
        assertThat(problems.get(0).message()).contains("1000").contains("T-001").contains("profile parameter");
        assertThat(problems.get(1).message()).contains("12");
    }

    @Test
    @DisplayName("allowed: 0 and 1, categories and grades 1–4, comments, strings, rule names, metadata, identifiers with digits")
    void allowedNumbers() {
        List<ConfigProblem> problems = RuleLint.check(Map.of("ok.drl", HEADER + """

                /* a block comment with 300 yuan
                   over two lines: 500 */
                rule "2021年版：100% 入户"
                    @ruleId("DB-X-2021")
                    @clause("民发〔2021〕57号 第8条")
                when
                    HouseholdIncome( countedMembers >= 1, net.exact().signum() > 0 )   // not 1000 here
                    $u : CoveredUnit( newlyCovered )
                    Person( grade3IntellectualOrMental, disabilityGrade == 2 || disabilityGrade in ( 3, 4 ) )
                then
                    insertLogical( new MeetsCategory( $u, 2, "REASON_200" ) );
                    insertLogical( new MeetsCategory( $u, 4, 'c' ) );
                    insertLogical( ReasonFact.household( "X", "n", 0B, "m", 1.00 ) );
                end
                """));
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("a 2 next to a category word but across arithmetic is still a policy number")
    void categoryWordAcrossArithmetic() {
        List<ConfigProblem> problems = RuleLint.check(Map.of("c.drl", HEADER + """

                rule "规则"
                    @ruleId("T-001")
                    @clause("某条")
                when
                    $p : Parameters( categoryRigidShare * 2 > 0 )
                then
                end
                """));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).contains("literal 2 ");
        });
    }

    @Test
    @DisplayName("the names a reason's using(...) gives are parameters of the profile files (or one key of a map-valued one)")
    void sourceNamesAreParameters() {
        List<ConfigProblem> problems = RuleLint.check(Map.of("u.drl", HEADER + """
                rule "u"
                    @ruleId("U-1")
                    @clause("c")
                when
                    $p : Parameters()
                    AssignedCategory( $category : category )
                then
                    insertLogical( ReasonFact.household( "X" ).using( $p, "standard", "edge.multiplier",
                            "payment.perPerson." + $category, "disability.nursing.PHYSICAL.1" ) );
                    insertLogical( ReasonFact.household( "Y" ).using( $p, "standrad", "payment.perPersons." + $category ) );
                end
                """));
        assertThat(problems).extracting(ConfigProblem::message).satisfiesExactly(
                m -> assertThat(m).contains("\"standrad\"").contains("U-1"),
                m -> assertThat(m).contains("\"payment.perPersons.\""));
        assertThat(problems).extracting(ConfigProblem::line).containsOnly(HEADER.split("\n", -1).length + 9);
    }

    @Test
    @DisplayName("a file that does not parse is left to the build, which names its syntax error")
    void unparsableFileIsSkipped() {
        assertThat(RuleLint.check(Map.of("bad.drl", HEADER + "\nrule \"x\" when Household( then end\n")))
                .isEmpty();
    }

    @Test
    @DisplayName("several problems come sorted by file order, then line")
    void order() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("z.drl", HEADER + """

                rule "z"
                when
                    Household( members.size() > 7 )
                then
                end
                """);
        sources.put("a.drl", HEADER + """

                rule "a"
                    @ruleId("A-1")
                    salience 5
                when
                then
                end
                """);
        assertThat(RuleLint.check(sources)).extracting(p -> p.file() + ":" + p.line()).containsExactly(
                "z.drl:6", "z.drl:6", "z.drl:8", "a.drl:6", "a.drl:8");
    }

    @Test
    void numericValues() {
        assertThat(RuleLint.numericValue("1_000L")).isEqualByComparingTo(new BigDecimal("1000"));
        assertThat(RuleLint.numericValue("0x10")).isEqualByComparingTo(new BigDecimal("16"));
        assertThat(RuleLint.numericValue("0.30B")).isEqualByComparingTo(new BigDecimal("0.30"));
        assertThat(RuleLint.numericValue("1e3")).isEqualByComparingTo(new BigDecimal("1000"));
        assertThat(RuleLint.numericValue("0B")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("binary and upper-case hexadecimal literals are read too")
    void moreNumericValues() {
        assertThat(RuleLint.numericValue("0X1F")).isEqualByComparingTo(new BigDecimal("31"));
        assertThat(RuleLint.numericValue("0b101")).isEqualByComparingTo(new BigDecimal("5"));
        assertThat(RuleLint.numericValue("0B11L")).isEqualByComparingTo(new BigDecimal("3"));
        assertThat(RuleLint.numericValue("0x")).isNull();
    }

    private static List<ConfigProblem> oneRule(String when, String then) {
        return RuleLint.check(Map.of("r.drl", HEADER + """

                rule "r"
                    @ruleId("R-1")
                    @clause("某条")
                when
                %s
                then
                %s
                end
                """.formatted(when, then)));
    }

    @Test
    @DisplayName("a category or grade word makes only 2–4 an identifier: 5 and 2.5 beside it are policy numbers")
    void onlyTwoToFourAreIdentifiers() {
        assertThat(oneRule("    Person( disabilityGrade == 5 || disabilityGrade == 2.5 || disabilityGrade == 4.0 )", ""))
                .extracting(ConfigProblem::message).containsExactly(
                        "rule \"r\" (R-1): numeric literal 5 in a rule; policy numbers belong in a profile parameter"
                                + " (only 0, 1 and category or grade identifiers 1–4 may appear in rules)",
                        "rule \"r\" (R-1): numeric literal 2.5 in a rule; policy numbers belong in a profile parameter"
                                + " (only 0, 1 and category or grade identifiers 1–4 may appear in rules)");
    }

    @Test
    @DisplayName("a category word reaches eight tokens back, not across a barrier (+ ; { } / %) nor from the"
            + " conditions into the consequence")
    void identifierReach() {
        // eight tokens back: grade , a , b , c , d , 3 -> 8 tokens before the literal is the word
        assertThat(oneRule("    Person( f( disabilityGrade, a, b, c, 3 ) )", "")).isEmpty();
        assertThat(oneRule("    Person( f( disabilityGrade, a, b, c, d, 3 ) )", "")).extracting(ConfigProblem::line)
                .containsExactly(10);
        assertThat(oneRule("    AssignedCategory( category + 2 > 0 )", "")).extracting(ConfigProblem::message)
                .singleElement().asString().contains("literal 2 ");
        assertThat(oneRule("    AssignedCategory( category / 3 > 0 )", "")).hasSize(1);
        assertThat(oneRule("    AssignedCategory( category % 3 > 0 )", "")).hasSize(1);
        assertThat(oneRule("    AssignedCategory( category )", "    f( 2 );")).extracting(ConfigProblem::line)
                .containsExactly(12);
        assertThat(oneRule("    AssignedCategory( )", "    int category = 1; f( 3 );")).hasSize(1);
        assertThat(oneRule("    AssignedCategory( )", "    if (category) { f( 3 ); }")).hasSize(1);
    }

    @Test
    @DisplayName("a parameter name after a nested call in using(...) is checked; strings after using(...) are not")
    void sourceNamesAfterNestedCalls() {
        assertThat(oneRule("    $p : Parameters()",
                "    insertLogical( ReasonFact.household( \"X\" ).using( $p, String.valueOf( \"a\" ), \"standrad\" ) );"))
                .extracting(ConfigProblem::message).singleElement().asString().contains("\"standrad\"");
        assertThat(oneRule("    $p : Parameters()",
                "    ReasonFact r = ReasonFact.household( \"X\" ).using( $p, \"standard\" );\n    String s = \"a note\";"))
                .isEmpty();
    }

    @Test
    @DisplayName("a rule without an id is named without one in its other problems")
    void labelWithoutId() {
        List<ConfigProblem> problems = RuleLint.check(Map.of("l.drl", HEADER + """

                rule "无编号"
                    @clause("某条")
                when
                    Household( size > 7 )
                then
                end
                """));
        assertThat(problems).extracting(ConfigProblem::message).containsExactly(
                "rule \"无编号\" has no @ruleId(\"...\")",
                "rule \"无编号\": numeric literal 7 in a rule; policy numbers belong in a profile parameter (only 0, 1"
                        + " and category or grade identifiers 1–4 may appear in rules)");
    }

    @Test
    @DisplayName("within a file, problems come by line whatever the check that found them")
    void sortedByLineWithinAFile() {
        List<ConfigProblem> problems = RuleLint.check(Map.of("s.drl", HEADER + """

                rule "r"
                    @ruleId("R-1")
                    @clause("某条")
                when
                    $p : Parameters()
                then
                    ReasonFact.household( "X" ).using( $p, "standrad" );
                    f( 500 );
                end
                """));
        assertThat(problems).extracting(ConfigProblem::line).containsExactly(12, 13);
        assertThat(problems.get(0).message()).contains("\"standrad\"");
        assertThat(problems.get(1).message()).contains("literal 500");
    }

    @Test
    @DisplayName("a file with a syntax error is skipped whole, its well-formed rules too")
    void partlyParsableFileIsSkipped() {
        Map<String, String> sources = Map.of("p.drl", HEADER + """

                rule "无编号"
                when
                    Household( size > 7 )
                then
                end

                rule "坏" when Household( then end
                """);
        assertThat(RuleLint.check(sources)).isEmpty();
        assertThat(RuleLint.rules(sources)).isEmpty();
    }

    @Test
    @DisplayName("two rules on one line: each is checked on its own text")
    void twoRulesOnOneLine() {
        List<ConfigProblem> problems = RuleLint.check(Map.of("o.drl", HEADER + "\nrule \"a\" @ruleId(\"A-1\")"
                + " @clause(\"某条\") when Household( ) then end rule \"b\" @ruleId(\"B-1\") @clause(\"某条\")"
                + " when Household( size > 7 ) then end\n"));
        assertThat(problems).extracting(ConfigProblem::message).singleElement().asString()
                .startsWith("rule \"b\" (B-1): numeric literal 7");
    }

    @Test
    @DisplayName("the declared rules: id and clause without quotes, the clause's line, or the rule's when it has none")
    void declaredRules() {
        assertThat(RuleLint.rules(Map.of("d.drl", HEADER + """

                rule "有条款"
                    @ruleId( "D-1" )
                    @clause( '某条' )
                when
                then
                end

                rule "无条款"
                    @ruleId("D-2")
                    @clause("  ")
                when
                then
                end

                rule "无值"
                    @ruleId
                when
                then
                end
                """))).containsExactly(new RuleLint.Declared("d.drl", 8, "D-1", "某条"),
                new RuleLint.Declared("d.drl", 15, "D-2", null), new RuleLint.Declared("d.drl", 20, null, null));
    }
}
