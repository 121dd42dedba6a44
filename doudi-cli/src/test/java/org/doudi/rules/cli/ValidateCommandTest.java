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
        Cli.Result r = Cli.run("--lang", "en", "validate");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(lines(r)).as(r.toString()).singleElement().asString().startsWith("validate: no problems");
    }

    @Test
    @DisplayName("a copy of the built-in rules as --rules: no problems")
    void copiedRulesAreClean() throws IOException {
        Path rules = copyBuiltInRules("rules");
        Cli.Result r = Cli.run("--lang", "en", "validate", "--rules", rules.toString());
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

        Cli.Result r = Cli.run("--lang", "en", "validate", "--rules", rules.toString());

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
        String condition = "    HouseholdIncome()\n    not SomeoneCounted()";
        assertThat(text).contains(condition);
        text = text.replace(condition, "    HouseholdIncome( gross.exact() < 1000 )\n    not SomeoneCounted()");
        Files.writeString(members, text, StandardCharsets.UTF_8);
        int line = text.lines().toList().indexOf("    HouseholdIncome( gross.exact() < 1000 )") + 1;
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

        Cli.Result r = Cli.run("--lang", "en", "validate", "--params", params.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(lines(r)).as(r.toString()).anySatisfy(l -> assertThat(l)
                .startsWith(org.doudi.rules.api.request.Masking.scrub(file.toString()) + ":10: ").contains("standard.staleAfterMonth"));
        assertThat(lines(r).get(lines(r).size() - 1)).contains("1 problem");
    }

    @Test
    @DisplayName("a profile value 1e999999999: a profile problem with file and line, never an unexpected failure")
    void hugeProfileValue() throws IOException {
        // issue 15, defect 2, as the attack was: validate, evaluate, profiles and test all exited 1 with
        // "unexpected failure: ArithmeticException"
        Path params = Files.createDirectories(temp.resolve("params"));
        Path file = params.resolve("hn-xiayi.yaml");
        Files.writeString(file, """
                id: hn-xiayi
                parameters:
                  assets.vehicleValueCap:
                    values:
                      - {value: 1e999999999, source: "攻击"}
                """, StandardCharsets.UTF_8);

        Cli.Result validate = Cli.run("--lang", "en", "validate", "--params", params.toString());
        assertThat(validate.exit()).as(validate.toString()).isEqualTo(1);
        assertThat(lines(validate)).as(validate.toString()).anySatisfy(l -> assertThat(l)
                .startsWith(org.doudi.rules.api.request.Masking.scrub(file.toString()) + ":5: ").contains("1e999999999").contains("out of range"));

        for (String command : List.of("evaluate", "profiles")) {
            List<String> args = new java.util.ArrayList<>(List.of(command, "--params", params.toString()));
            if (command.equals("evaluate")) {
                args.add("-");
            }
            Cli.Result r = Cli.runWithInput("{}", args.toArray(String[]::new));
            assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.CONFIGURATION_ERROR);
            assertThat(r.out()).as(r.toString()).contains("out of range");
            assertThat(r.err()).as(r.toString()).doesNotContain("unexpected failure").doesNotContain("Exception");
        }
    }

    @Test
    @DisplayName("an overlay of one new line: listed as added, no warning, earlier values kept")
    void overlayOfOneLine() throws IOException {
        Path params = Files.createDirectories(temp.resolve("params"));
        Path file = params.resolve("hn-xiayi.yaml");
        Files.writeString(file, """
                id: hn-xiayi
                parameters:
                  standard:
                    RURAL:
                      - {from: 2024-07-01, yearly: 4246, source: "测算：农村低保标准上调10%"}
                """, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("validate", "--params", params.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(lines(r)).as(r.toString()).contains(
                "参数覆盖相对内置数据的改动：",
                "  hn-xiayi standard 农村：新增 2024-07-01 353.83（每年 4246.00）  [" + org.doudi.rules.api.request.Masking.scrub(file.toString()) + ":5]");
        assertThat(r.out()).doesNotContain("警告");
    }

    @Test
    @DisplayName("a typo in a copied old line: listed as changed, old → new, and warned")
    void typoInACopiedOldLine() throws IOException {
        Path params = Files.createDirectories(temp.resolve("params"));
        Path file = params.resolve("hn-xiayi.yaml");
        // 3860 copied as 3680
        Files.writeString(file, """
                id: hn-xiayi
                parameters:
                  standard:
                    RURAL:
                      - {from: 2019-01-01, yearly: 3680, source: "河南省2019年城乡低保最低指导标准（省级公布，文号未查到；此后本县标准未查到，请补充）"}
                      - {from: 2024-07-01, yearly: 4246, source: "测算：农村低保标准上调10%"}
                """, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("validate", "--params", params.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(lines(r)).as(r.toString()).contains(
                "  hn-xiayi standard 农村：修改 2019-01-01 321.67（每年 3860.00） → 306.67（每年 3680.00）  [" + org.doudi.rules.api.request.Masking.scrub(file.toString()) + ":5]",
                "  hn-xiayi standard 农村：新增 2024-07-01 353.83（每年 4246.00）  [" + org.doudi.rules.api.request.Masking.scrub(file.toString()) + ":6]");
        assertThat(lines(r)).as(r.toString()).anySatisfy(l -> assertThat(l)
                .startsWith("警告：hn-xiayi standard 农村 2019-01-01 的改动在 ").contains("之前生效，会改变已作出的决定"));
        assertThat(lines(r)).as(r.toString()).noneSatisfy(l -> assertThat(l).startsWith("警告：").contains("2024-07-01"));

        Cli.Result en = Cli.run("validate", "--params", params.toString(), "--today", "2018-06-01", "--lang", "en");
        assertThat(en.out()).as(en.toString()).contains("  hn-xiayi standard rural: changed 2019-01-01 321.67 (yearly "
                + "3860.00) → 306.67 (yearly 3680.00)").doesNotContain("warning");
    }

    @Test
    @DisplayName("replace: true: the dropped entries are listed")
    void replacedSeries() throws IOException {
        Path params = Files.createDirectories(temp.resolve("params"));
        Files.writeString(params.resolve("hn-xiayi.yaml"), """
                id: hn-xiayi
                parameters:
                  standard:
                    replace: true
                    URBAN:
                      - {from: 2019-01-01, value: 520, source: "河南省2019年城乡低保最低指导标准（省级公布，文号未查到；此后本县标准未查到，请补充）"}
                """, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("validate", "--params", params.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(lines(r)).as(r.toString()).contains("  hn-xiayi standard urban: dropped 2018-01-01 470.00")
                .anySatisfy(l -> assertThat(l).startsWith("warning: hn-xiayi standard urban 2018-01-01"));
    }

    @Test
    @DisplayName("a rules folder that does not exist: exit 1 with a message on standard error")
    void missingFolder() {
        Cli.Result r = Cli.run("--lang", "en", "validate", "--rules", temp.resolve("nowhere").toString());
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
