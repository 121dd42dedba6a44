package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.rules.profile.ConfigProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Drools' compile problems in plain words: a full-width character typed for DRL punctuation is named once per file,
 * at its line and column, only outside strings and comments; an unknown field of a fact names the fact and the field
 * most likely meant; anything else is kept as Drools words it.
 */
class DrlProblemsTest {

    private static final String HALF_WIDTH = ": outside quotes DRL needs half-width punctuation (全角符号，请切换到半角输入)";

    /** A fact with every kind of method the field suggestions look at. */
    public static class Probe {
        public int getAmount() {
            return 0;
        }

        public boolean isPaid() {
            return false;
        }

        public boolean island() {
            return false;
        }

        public String get() {
            return "";
        }

        public String is() {
            return "";
        }

        public String label() {
            return "";
        }

        public static int getStatic() {
            return 0;
        }

        public void getVoid() {
        }

        public int getWith(int x) {
            return x;
        }
    }

    private static ConfigProblem unknown(String field) {
        return DrlProblems.unknownField(new ConfigProblem("a.drl", 7, "Unable to Analyse Expression: unable to resolve"
                + " method using strict-mode: " + Probe.class.getName() + "." + field + "() [near : x]"));
    }

    @Test
    @DisplayName("a full-width character outside strings and comments: its line, column and the character meant")
    void fullWidthSlip() {
        assertThat(DrlProblems.fullWidthSlip("a.drl", "rule \"x\"\nwhen\n    Household（ ）\nthen\nend"))
                .isEqualTo(new ConfigProblem("a.drl", 3, "full-width '（' typed for '(' (column 14)" + HALF_WIDTH));
        assertThat(DrlProblems.fullWidthSlip("a.drl", "x　y"))
                .isEqualTo(new ConfigProblem("a.drl", 1, "full-width '　' typed for a space (column 2)" + HALF_WIDTH));
        assertThat(DrlProblems.fullWidthSlip("a.drl", "when\nPerson( age ＞ 3 )").message())
                .startsWith("full-width '＞' typed for '>' (column 13)");
        assertThat(DrlProblems.fullWidthSlip("a.drl", "Person( )")).isNull();
        assertThat(DrlProblems.fullWidthSlip("a.drl", "")).isNull();
    }

    @Test
    @DisplayName("full-width characters in strings, escaped quotes, line and block comments are not slips")
    void quotesAndComments() {
        assertThat(DrlProblems.fullWidthSlip("a.drl", "@clause(\"第一条（一）\") 'a（' \"x\\\"（\"")).isNull();
        assertThat(DrlProblems.fullWidthSlip("a.drl", "// 注释（一）\nx // y（")).isNull();
        assertThat(DrlProblems.fullWidthSlip("a.drl", "/* （\n （ */ x /*（*/ y")).isNull();
        // after the comment closes, and on the line after a string, a slip counts again
        assertThat(DrlProblems.fullWidthSlip("a.drl", "/* （\n （ */ x（").line()).isEqualTo(2);
        assertThat(DrlProblems.fullWidthSlip("a.drl", "/* （\n （ */ x（").message())
                .startsWith("full-width '（' typed for '(' (column 8)");
        assertThat(DrlProblems.fullWidthSlip("a.drl", "\"open（\n）").message())
                .startsWith("full-width '）' typed for ')' (column 1)");
        assertThat(DrlProblems.fullWidthSlip("a.drl", "a / b（").message()).contains("(column 6)");
        assertThat(DrlProblems.fullWidthSlip("a.drl", "a /")).isNull();
        assertThat(DrlProblems.fullWidthSlip("a.drl", "/* a *")).isNull();
        assertThat(DrlProblems.fullWidthSlip("a.drl", "\"a\\")).isNull();
        assertThat(DrlProblems.fullWidthSlip("a.drl", "\"a\" （").message()).contains("(column 5)");
        assertThat(DrlProblems.fullWidthSlip("a.drl", "'\"' （").message()).contains("(column 5)");
    }

    @Test
    @DisplayName("an unknown field: the fact's simple name and the closest field, from getters, is-getters and"
            + " record-style accessors")
    void unknownFields() {
        assertThat(unknown("amont")).isEqualTo(
                new ConfigProblem("a.drl", 7, "Probe has no field 'amont' (did you mean 'amount'?)"));
        assertThat(unknown("payd").message()).isEqualTo("Probe has no field 'payd' (did you mean 'paid'?)");
        assertThat(unknown("islnd").message()).isEqualTo("Probe has no field 'islnd' (did you mean 'island'?)");
        assertThat(unknown("lable").message()).isEqualTo("Probe has no field 'lable' (did you mean 'label'?)");
        assertThat(unknown("gte").message()).isEqualTo("Probe has no field 'gte' (did you mean 'get'?)");
        assertThat(unknown("si").message()).isEqualTo("Probe has no field 'si' (did you mean 'is'?)");
        // static methods, methods returning nothing or taking arguments, and Object's own are no fields
        assertThat(unknown("statc").message()).isEqualTo("Probe has no field 'statc'");
        assertThat(unknown("voi").message()).isEqualTo("Probe has no field 'voi'");
        assertThat(unknown("wit").message()).isEqualTo("Probe has no field 'wit'");
        assertThat(unknown("clas").message()).isEqualTo("Probe has no field 'clas'");
    }

    @Test
    @DisplayName("a problem that names no fact, or a class that does not exist, is kept as it is")
    void otherProblemsUnchanged() {
        ConfigProblem other = new ConfigProblem("a.drl", 3, "Rule Compilation error: something else");
        assertThat(DrlProblems.unknownField(other)).isSameAs(other);
        ConfigProblem missing = new ConfigProblem("a.drl", 3,
                "unable to resolve method using strict-mode: org.nowhere.Missing.field()");
        assertThat(DrlProblems.unknownField(missing)).isSameAs(missing);
    }

    @Test
    @DisplayName("explain: parser errors of a file with a full-width slip become one problem for that file; other"
            + " problems are reworded or kept, in order")
    void explain() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("county/a.drl", "rule \"x\"\nwhen\n  Household（）\nthen\nend\n");
        sources.put("b.drl", "rule \"y\"\nwhen\n  Household(\nthen\nend\n");
        ConfigProblem parseA1 = new ConfigProblem("county/a.drl", 3, "[ERR 102] Line 3:11 mismatched input");
        ConfigProblem parseA2 = new ConfigProblem("county/a.drl", 3, "[ERR 101] Line 3:12 no viable alternative");
        ConfigProblem parseB = new ConfigProblem("b.drl", 4, "[ERR 102] Line 4:0 mismatched input 'then'");
        ConfigProblem parseUnknownFile = new ConfigProblem("c.drl", 1, "[ERR 102] Line 1:0 mismatched input");
        ConfigProblem field = new ConfigProblem("b.drl", 3, "unable to resolve method using strict-mode: "
                + Probe.class.getName() + ".amont()");
        ConfigProblem compile = new ConfigProblem("b.drl", 3, "[ERR 200] something");
        assertThat(DrlProblems.explain(List.of(parseA1, parseB, parseA2, parseUnknownFile, field, compile), sources))
                .containsExactly(
                        new ConfigProblem("county/a.drl", 3, "full-width '（' typed for '(' (column 12)" + HALF_WIDTH),
                        parseB, parseUnknownFile,
                        new ConfigProblem("b.drl", 3, "Probe has no field 'amont' (did you mean 'amount'?)"),
                        compile);
    }
}
