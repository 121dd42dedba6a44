package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.doudi.rules.drools.RuleSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doudi validate}: every rule compiled and checked, every profile loaded, each problem with file and line. */
class ValidateCommandTest {

    @TempDir
    Path temp;

    private Path copyBuiltInRules(String name) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        for (Map.Entry<String, String> e : RuleSet.readBuiltInSources().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static List<String> lines(Cli.Result r) {
        return r.out().lines().toList();
    }

    @Test
    @DisplayName("the built-in rules and profiles: no problems, exit 0")
    void builtInIsClean() {
        Cli.Result r = Cli.run("validate");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(lines(r)).as(r.toString()).singleElement().asString().startsWith("validate: no problems");
    }

    @Test
    @DisplayName("a copy of the built-in rules as --rules: no problems")
    void copiedRulesAreClean() throws IOException {
        Path rules = copyBuiltInRules("rules");
        Cli.Result r = Cli.run("validate", "--rules", rules.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("no problems").contains(RuleSet.readBuiltInSources().size() + " rule files");
    }

    @Test
    @DisplayName("a DRL file with a syntax error: exit 1, the file and the line of the error")
    void syntaxErrorNamesFileAndLine() throws IOException {
        Path rules = copyBuiltInRules("rules");
        Path income = rules.resolve("income.drl");
        List<String> text = new ArrayList<>(Files.readAllLines(income, StandardCharsets.UTF_8));
        text.addAll(List.of("", "rule \"坏规则\"", "    @ruleId(\"DB-INC-999\")", "    @clause(\"测试\")", "when",
                "    $h : Household( asOf == )", "then", "end"));
        int errorLine = text.size() - 2;
        Files.write(income, text, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("validate", "--rules", rules.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(lines(r)).as(r.toString()).anySatisfy(l ->
                assertThat(l).startsWith(org.doudi.rules.api.request.Masking.scrub(income.toString()) + ":" + errorLine + ": "));
        assertThat(r.out()).doesNotContain("null Package");
        assertThat(lines(r).get(lines(r).size() - 1)).startsWith("validate: ").contains("problem");
    }

    @Test
    @DisplayName("a rule without @clause: reported with its file and line, exit 1")
    void missingClause() throws IOException {
        Path rules = copyBuiltInRules("rules");
        Path members = rules.resolve("members.drl");
        List<String> text = new ArrayList<>(Files.readAllLines(members, StandardCharsets.UTF_8));
        int idLine = text.indexOf("    @ruleId(\"DB-MEM-005\")") + 1;
        assertThat(idLine).isPositive();
        int ruleLine = idLine - 1;
        assertThat(text.get(idLine)).contains("@clause");
        text.remove(idLine);  // the @clause line after the id
        Files.write(members, text, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("validate", "--rules", rules.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(lines(r)).as(r.toString()).anySatisfy(l -> assertThat(l)
                .startsWith(org.doudi.rules.api.request.Masking.scrub(members.toString()) + ":" + ruleLine + ": ").contains("@clause"));
    }

    @Test
    @DisplayName("a policy number in a rule and salience: each reported with its file and line")
    void conventionsOfTheLint() throws IOException {
        Path rules = copyBuiltInRules("rules");
        Path members = rules.resolve("members.drl");
        String text = Files.readString(members, StandardCharsets.UTF_8);
        String condition = "HouseholdIncome( countedMembers == 0 )";
        assertThat(text).contains(condition);
        text = text.replace(condition, "HouseholdIncome( countedMembers == 0, gross.exact() < 1000 )");
        Files.writeString(members, text, StandardCharsets.UTF_8);
        int line = text.lines().toList().indexOf(
                "    HouseholdIncome( countedMembers == 0, gross.exact() < 1000 )") + 1;
        assertThat(line).isPositive();

        Cli.Result r = Cli.run("validate", "--rules", rules.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(lines(r)).as(r.toString()).anySatisfy(l -> assertThat(l)
                .startsWith(org.doudi.rules.api.request.Masking.scrub(members.toString()) + ":" + line + ": ").contains("1000"));
    }

    @Test
    @DisplayName("a params folder with an unknown parameter: the profile file and the line, exit 1")
    void badProfile() throws IOException {
        Path params = Files.createDirectories(temp.resolve("params"));
        Path file = params.resolve("test-bad.yaml");
        Files.writeString(file, """
                # a test profile with a misspelt parameter
                id: test-bad
                name: 测试（参数拼错）
                parent: cn-national
                regions: ["999902"]
                parameters:
                  standard:
                    values:
                      - {from: 2020-01-01, value: 500, source: "test value"}
                  standard.staleAfterMonth:
                    values:
                      - {value: 24, source: "test value"}
                """, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("validate", "--params", params.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(lines(r)).as(r.toString()).anySatisfy(l -> assertThat(l)
                .startsWith(org.doudi.rules.api.request.Masking.scrub(file.toString()) + ":10: ").contains("standard.staleAfterMonth"));
        assertThat(lines(r).get(lines(r).size() - 1)).contains("1 problem");
    }

    @Test
    @DisplayName("a rules folder that does not exist: exit 1 with a message on standard error")
    void missingFolder() {
        Cli.Result r = Cli.run("validate", "--rules", temp.resolve("nowhere").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--rules").contains("not a folder");
    }

    @Test
    @DisplayName("a rules folder without DRL files: reported, exit 1")
    void emptyRulesFolder() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("empty"));
        Cli.Result r = Cli.run("validate", "--rules", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("no .drl files");
    }
}
