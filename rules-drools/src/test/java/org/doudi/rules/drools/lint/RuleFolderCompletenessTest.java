package org.doudi.rules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.rules.drools.RuleSet;
import org.doudi.rules.profile.ConfigProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An analyst's rules folder replaces the built-in rules whole: each shipped policy area it lacks, whole or in part,
 * is reported once, naming the rule ids missing, in the shipped reading order.
 */
class RuleFolderCompletenessTest {

    private static final String ADVICE = ". A rules folder replaces every built-in rule; copy the whole folder of"
            + " shipped rules and change it, or cases may reach no outcome";

    /** Two shipped areas: income.drl (two rules) and payment.drl (one rule, and one without an id). */
    private static final List<RuleLint.Declared> SHIPPED = List.of(
            new RuleLint.Declared("income.drl", 5, "DB-INC-001", "c"),
            new RuleLint.Declared("income.drl", 15, "DB-INC-002", "c"),
            new RuleLint.Declared("payment.drl", 5, null, null),
            new RuleLint.Declared("payment.drl", 9, "DB-PAY-001", "c"));

    private static List<ConfigProblem> check(Map<String, String> folder, RuleLint.Declared... declared) {
        return RuleFolderCompleteness.check(folder, "my-rules", List.of(declared), SHIPPED);
    }

    private static Map<String, String> files(String... names) {
        Map<String, String> folder = new LinkedHashMap<>();
        for (String name : names) {
            folder.put(name, "");
        }
        return folder;
    }

    @Test
    @DisplayName("every shipped rule id in some file of the folder: complete, whatever the files are called")
    void everyRuleIdSomewhere() {
        assertThat(check(files("all.drl"), new RuleLint.Declared("all.drl", 3, "DB-PAY-001", "c"),
                new RuleLint.Declared("all.drl", 9, "DB-INC-002", "c"),
                new RuleLint.Declared("all.drl", 19, "DB-INC-001", "c"))).isEmpty();
    }

    @Test
    @DisplayName("a whole area missing, and a part of another: two problems in the shipped order, on the folder")
    void missingAndIncompleteAreas() {
        assertThat(check(files("county/income.drl"), new RuleLint.Declared("county/income.drl", 3, "DB-INC-002", "c"),
                new RuleLint.Declared("county/income.drl", 9, null, null)))
                .containsExactly(
                        new ConfigProblem("my-rules", 0, "the policy area income.drl is incomplete: 1 of its 2 rules"
                                + " are in no file of the folder: DB-INC-001" + ADVICE),
                        new ConfigProblem("my-rules", 0, "the policy area payment.drl of the shipped rules"
                                + " (rules.index) is missing: DB-PAY-001" + ADVICE));
    }

    @Test
    @DisplayName("an area with every rule missing names them all, sorted")
    void wholeAreaNamesEveryRule() {
        assertThat(check(files("payment.drl"), new RuleLint.Declared("payment.drl", 3, "DB-PAY-001", "c")))
                .containsExactly(new ConfigProblem("my-rules", 0, "the policy area income.drl of the shipped rules"
                        + " (rules.index) is missing: DB-INC-001, DB-INC-002" + ADVICE));
    }

    @Test
    @DisplayName("a file of a shipped area's name that declares no rule (it does not parse) is left to its own"
            + " problems, in a subfolder too and with either separator")
    void aFileThatDoesNotParse() {
        assertThat(check(files("county/income.drl", "payment.drl"))).isEmpty();
        assertThat(check(files("county\\income.drl", "county\\payment.drl"))).isEmpty();
        // the same names declaring rules of their own are checked: the shipped ids are missing
        assertThat(check(files("county\\income.drl", "payment.drl"),
                new RuleLint.Declared("county\\income.drl", 3, "XX-OWN-001", "c"),
                new RuleLint.Declared("payment.drl", 3, "XX-OWN-002", "c")))
                .extracting(ConfigProblem::message)
                .containsExactly("the policy area income.drl of the shipped rules (rules.index) is missing: DB-INC-001,"
                        + " DB-INC-002" + ADVICE, "the policy area payment.drl of the shipped rules (rules.index) is"
                        + " missing: DB-PAY-001" + ADVICE);
        // beside other files that do declare rules
        assertThat(check(files("income.drl", "all.drl"), new RuleLint.Declared("all.drl", 3, "DB-PAY-001", "c")))
                .isEmpty();
        assertThat(check(files("county/income.drl", "all.drl"),
                new RuleLint.Declared("all.drl", 3, "DB-PAY-001", "c"))).isEmpty();
        // a file that declares nothing but has another name does not excuse the area
        assertThat(check(files("incomes.drl"), new RuleLint.Declared("payment.drl", 3, "DB-PAY-001", "c")))
                .extracting(ConfigProblem::message).singleElement().asString()
                .startsWith("the policy area income.drl of the shipped rules (rules.index) is missing");
    }

    @Test
    @DisplayName("the folder's name is required")
    void folderNameRequired() {
        assertThatThrownBy(() -> RuleFolderCompleteness.check(files(), null, List.of(), SHIPPED))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("against the shipped rules: a copy of them is complete; without one file, that area is missing")
    void againstTheShippedRules() {
        Map<String, String> shipped = RuleSet.readBuiltInSources();
        assertThat(RuleFolderCompleteness.check(shipped, "copy")).isEmpty();
        Map<String, String> withoutIncome = new LinkedHashMap<>(shipped);
        assertThat(withoutIncome.remove("income.drl")).isNotNull();
        assertThat(RuleFolderCompleteness.check(withoutIncome, "copy")).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("copy"))
                .satisfies(p -> assertThat(p.message()).startsWith(
                        "the policy area income.drl of the shipped rules (rules.index) is missing: DB-INC-001, "));
    }
}
