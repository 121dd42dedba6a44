package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/** The {@code doudi} command line against the JSON contract and the worked examples. */
class DoudiCommandTest {

    private static final String EX04 = "04-xiayi-graded-gap.json";
    private static final String EX11 = "11-invalid-request.json";
    private static final String EX12 = "12-configuration-error.json";

    @TempDir
    Path dir;

    // ------------------------------------------------------------------------------------------------------ evaluate

    @Test
    void evaluateExample04GivesTheExpectedDecision() {
        Cli.Result r = Cli.run("evaluate", Cli.requestFile(dir, EX04).toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        ObjectNode expected = (ObjectNode) Cli.example(EX04).get("expected").get("output").deepCopy();
        JsonNode reasonCodes = expected.remove("reasonCodes");
        ObjectNode actual = (ObjectNode) r.json();
        JsonNode reasons = actual.remove("reasons");
        actual.remove("firedRules");
        assertThat(actual).isEqualTo(expected);
        Set<String> codes = new HashSet<>();
        reasons.forEach(reason -> codes.add(reason.get("code").asText()));
        reasonCodes.forEach(code -> assertThat(codes).contains(code.asText()));
    }

    @Test
    void evaluateTwiceGivesTheSameBytesWithOneFinalNewlineAndUnescapedChinese() {
        Path request = Cli.requestFile(dir, EX04);
        Cli.Result first = Cli.run("evaluate", request.toString());
        Cli.Result second = Cli.run("evaluate", request.toString());

        assertThat(first.exit()).as(first.toString()).isEqualTo(0);
        assertThat(second.outBytes()).isEqualTo(first.outBytes());
        String out = first.out();
        assertThat(out).startsWith("{\n").endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
        assertThat(out).doesNotContain("\\u");
        assertThat(out).containsPattern("[\\u4e00-\\u9fff]");
        assertThat(first.err()).isEmpty();
    }

    @Test
    void evaluateReadsStandardInput() {
        Cli.Result fromFile = Cli.run("evaluate", Cli.requestFile(dir, EX04).toString());
        Cli.Result fromStdin = Cli.runWithInput(Cli.example(EX04).get("request").toString(), "evaluate", "-");

        assertThat(fromStdin.exit()).as(fromStdin.toString()).isEqualTo(0);
        assertThat(fromStdin.outBytes()).isEqualTo(fromFile.outBytes());
    }

    @Test
    void evaluateExample11ListsEveryErrorPath() {
        Cli.Result r = Cli.run("evaluate", Cli.requestFile(dir, EX11).toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).endsWith("}\n");
        assertThat(paths(r.json().get("errors"))).isEqualTo(paths(Cli.example(EX11).at("/expected/output/errors")));
    }

    @Test
    void evaluateExample12ReportsTheMissingValue() {
        Cli.Result r = Cli.run("evaluate", Cli.requestFile(dir, EX12).toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.json()).isEqualTo(Cli.example(EX12).at("/expected/output"));
    }

    @Test
    void anInvalidRequestThatWouldAlsoLackAValueIsInvalid() {
        ObjectNode request = (ObjectNode) Cli.example(EX12).get("request").deepCopy();
        request.put("colour", "blue");
        Path file = Cli.write(dir.resolve("r.json"), request.toString());

        Cli.Result r = Cli.run("evaluate", file.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(paths(r.json().get("errors"))).containsExactly("colour");
    }

    @Test
    void profileProblemsAreMergedWithDecodeProblems() {
        ObjectNode request = (ObjectNode) Cli.example(EX04).get("request").deepCopy();
        request.put("profile", "xx-nowhere");
        request.put("colour", "blue");
        Path file = Cli.write(dir.resolve("r.json"), request.toString());

        Cli.Result r = Cli.run("evaluate", file.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(paths(r.json().get("errors"))).containsExactlyInAnyOrder("colour", "profile");
    }

    @Test
    void malformedJsonIsAnInvalidRequestAtTheRoot() {
        Path file = Cli.write(dir.resolve("r.json"), "{\"caseId\": ");

        Cli.Result r = Cli.run("evaluate", file.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(paths(r.json().get("errors"))).containsExactly("");
    }

    @Test
    void englishChangesTheMessages() {
        Path request = Cli.requestFile(dir, EX04);
        Cli.Result zh = Cli.run("evaluate", request.toString());
        Cli.Result en = Cli.run("evaluate", request.toString(), "--lang", "en");

        assertThat(en.exit()).as(en.toString()).isEqualTo(0);
        List<String> zhMessages = messages(zh.json());
        List<String> enMessages = messages(en.json());
        assertThat(enMessages).hasSameSizeAs(zhMessages).isNotEqualTo(zhMessages);
        assertThat(String.join(" ", enMessages)).doesNotContainPattern("[\\u4e00-\\u9fff]");
        ObjectNode zhRest = (ObjectNode) zh.json();
        ObjectNode enRest = (ObjectNode) en.json();
        zhRest.remove("reasons");
        enRest.remove("reasons");
        assertThat(enRest).isEqualTo(zhRest);
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Cli.Result r = Cli.run("evaluate", Cli.requestFile(dir, EX04).toString(), "--lang", "fr");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("fr");
    }

    @Test
    void outWritesTheDecisionToAFile() throws IOException {
        Path out = dir.resolve("decision.json");
        Cli.Result toStdout = Cli.run("evaluate", Cli.requestFile(dir, EX04).toString());
        Cli.Result toFile = Cli.run("evaluate", Cli.requestFile(dir, EX04).toString(), "--out", out.toString());

        assertThat(toFile.exit()).as(toFile.toString()).isEqualTo(0);
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readAllBytes(out)).isEqualTo(toStdout.outBytes());
    }

    // ------------------------------------------------------------------------------------------------------ batch

    @Test
    void batchAnswersEachNonBlankLineInOrder() {
        Path jsonl = Cli.write(dir.resolve("batch.jsonl"), Cli.resource("batch.jsonl"));

        Cli.Result r = Cli.run("evaluate", "--batch", jsonl.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        List<JsonNode> lines = jsonLines(r.out());
        assertThat(lines).hasSize(3);
        assertThat(r.out()).endsWith("}\n");

        assertThat(lines.get(0).get("caseId").asText()).isEqualTo("EX-04");
        assertThat(lines.get(0).get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(lines.get(0).has("line")).isFalse();

        assertThat(lines.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(1).get("caseId").asText()).isEqualTo("EX-11");
        assertThat(paths(lines.get(1).get("errors"))).isEqualTo(paths(Cli.example(EX11).at("/expected/output/errors")));

        assertThat(lines.get(2).get("line").asInt()).isEqualTo(4);
        assertThat(lines.get(2).get("caseId").asText()).isEqualTo("EX-12");
        assertThat(lines.get(2).get("configurationError"))
                .isEqualTo(Cli.example(EX12).at("/expected/output/configurationError"));
    }

    @Test
    void batchLinesAreCompactDecisions() {
        Path jsonl = Cli.write(dir.resolve("one.jsonl"), Cli.example(EX04).get("request").toString() + "\n");
        Cli.Result batch = Cli.run("evaluate", "--batch", jsonl.toString());
        Cli.Result single = Cli.run("evaluate", Cli.requestFile(dir, EX04).toString());

        assertThat(batch.exit()).as(batch.toString()).isEqualTo(0);
        assertThat(batch.out()).doesNotContain("\n  ").endsWith("\n");
        assertThat(batch.out().strip()).doesNotContain("\n");
        assertThat(batch.json()).isEqualTo(single.json());
    }

    @Test
    void batchGivesANullCaseIdWhenTheLineCannotBeRead() {
        Path jsonl = Cli.write(dir.resolve("bad.jsonl"), "\n{not json\n{\"caseId\": 7}\n");

        Cli.Result r = Cli.run("evaluate", "--batch", jsonl.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        List<JsonNode> lines = jsonLines(r.out());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(0).get("caseId").isNull()).isTrue();
        assertThat(lines.get(0).get("errors")).isNotEmpty();
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(1).get("caseId").isNull()).isTrue();
    }

    @Test
    void batchWritesToOutFile() throws IOException {
        Path jsonl = Cli.write(dir.resolve("batch.jsonl"), Cli.resource("batch.jsonl"));
        Path out = dir.resolve("out.jsonl");

        Cli.Result r = Cli.run("evaluate", "--batch", jsonl.toString(), "--out", out.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).isEmpty();
        assertThat(jsonLines(Files.readString(out, StandardCharsets.UTF_8))).hasSize(3);
    }

    @Test
    void anUnwritableOutFileIsExit1() {
        Path jsonl = Cli.write(dir.resolve("batch.jsonl"), Cli.resource("batch.jsonl"));
        Path out = dir.resolve("no-such-folder").resolve("out.jsonl");

        Cli.Result r = Cli.run("--lang", "en", "evaluate", "--batch", jsonl.toString(), "--out", out.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("cannot write");
    }

    // ------------------------------------------------------------------------------------------------------ explain

    @Test
    void explainPrintsEveryReasonWithItsClause() {
        Path request = Cli.requestFile(dir, EX04);
        JsonNode decision = Cli.run("evaluate", request.toString()).json();

        Cli.Result r = Cli.run("explain", request.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).contains("EX-04", "hn-xiayi", "2019-05-01", "ELIGIBLE", "321.67", "194.00", "理由")
                .endsWith("\n");
        for (JsonNode reason : decision.get("reasons")) {
            assertThat(r.out()).contains(reason.get("code").asText(), reason.get("ruleId").asText(),
                    reason.get("clause").asText(), reason.get("message").asText());
        }
    }

    @Test
    void explainShowsTheSourceAndDateOfTheStandardBesideIt() throws IOException {
        // worked example 03: Ludian rural on 2021-09-01, the yearly standard in force since 2021-07-01
        JsonNode example;
        try (java.io.InputStream in = getClass().getResourceAsStream("/examples/03-ludian-rural-yearly-standard.json")) {
            example = Cli.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Path request = Cli.write(dir.resolve("ex03.json"), example.get("request").toPrettyString());
        String source = org.doudi.rules.profile.ProfileRepository.builtIn().byId("yn-ludian").orElseThrow()
                .source("standard", org.doudi.rules.api.request.Residence.RURAL, java.time.LocalDate.of(2021, 9, 1));

        Cli.Result zh = Cli.run("explain", request.toString());
        assertThat(zh.exit()).as(zh.toString()).isZero();
        assertThat(zh.out()).contains("低保标准：397.50 元/人·月（依据：" + source + "，2021-07-01起执行）")
                .contains("参数：standard = 397.50（依据：" + source + "，2021-07-01起执行）")
                .contains("参数：visit.required = true（依据：");
        Cli.Result en = Cli.run("explain", request.toString(), "--lang", "en");
        assertThat(en.out()).contains("Standard: 397.50 yuan per person per month (source: " + source
                + ", in force from 2021-07-01)").contains("Parameter: payment.rounding = YUAN CEILING (source: ");

        JsonNode decision = Cli.run("evaluate", request.toString()).json();
        for (JsonNode reason : decision.get("reasons")) {
            for (JsonNode s : reason.get("sources")) {
                assertThat(zh.out()).contains(s.get("parameter").asText() + " = ");
            }
        }
    }

    @Test
    void explainInEnglish() {
        Cli.Result r = Cli.run("explain", Cli.requestFile(dir, EX04).toString(), "--lang", "en");

        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).contains("Outcome", "Reasons", "Clause", "194.00");
    }

    @Test
    void explainGivesTheSameErrorsAsEvaluate() {
        Path invalid = Cli.requestFile(dir, EX11);
        Path misconfigured = Cli.requestFile(dir, EX12);

        Cli.Result invalidExplained = Cli.run("explain", invalid.toString());
        Cli.Result misconfiguredExplained = Cli.run("explain", misconfigured.toString());

        assertThat(invalidExplained.exit()).isEqualTo(2);
        assertThat(invalidExplained.outBytes()).isEqualTo(Cli.run("evaluate", invalid.toString()).outBytes());
        assertThat(misconfiguredExplained.exit()).isEqualTo(3);
        assertThat(misconfiguredExplained.outBytes())
                .isEqualTo(Cli.run("evaluate", misconfigured.toString()).outBytes());
    }

    // ------------------------------------------------------------------------------------------------------ profiles

    @Test
    void profilesListsTheProfilesWithTheirRegions() {
        Cli.Result r = Cli.run("profiles");

        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).contains("gs-huining", "620422", "cn-national", "yn-ludian", "2018-07-01");
        String huining = r.out().substring(r.out().indexOf("gs-huining"));
        assertThat(huining.substring(0, huining.indexOf("\n\n"))).contains("620422");
    }

    // ------------------------------------------------------------------------------------------------------ failures

    @Test
    void anUnknownCommandIsExit1() {
        Cli.Result r = Cli.run("frobnicate");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("frobnicate");
    }

    @Test
    void usageErrorsAreExit1ThroughAPlainCommandLineToo() {
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        picocli.CommandLine cl = new picocli.CommandLine(new DoudiCommand(null, sink, sink));
        cl.setErr(new java.io.PrintWriter(sink, true));
        cl.setOut(new java.io.PrintWriter(sink, true));

        assertThat(cl.execute("frobnicate")).isEqualTo(1);
        assertThat(cl.execute("evaluate")).isEqualTo(1);
    }

    @Test
    void noCommandIsExit1() {
        Cli.Result r = Cli.run();

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isNotEmpty();
    }

    @Test
    void anUnknownOptionIsExit1() {
        Cli.Result r = Cli.run("evaluate", "--frob", "x.json");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnreadableFileIsExit1() {
        Cli.Result r = Cli.run("evaluate", dir.resolve("missing.json").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("missing.json");
    }

    @Test
    void aMissingRulesFolderIsExit1() {
        Cli.Result r = Cli.run("evaluate", Cli.requestFile(dir, EX04).toString(), "--rules",
                dir.resolve("nowhere").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--rules");
    }

    @Test
    void rulesThatDoNotBuildAreAConfigurationError() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Cli.write(rules.resolve("broken.drl"), "package org.doudi.broken;\n\nrule \"broken\"\nwhen\n  this is not drl\nthen\nend\n");

        Cli.Result r = Cli.run("evaluate", Cli.requestFile(dir, EX04).toString(), "--rules", rules.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        JsonNode error = r.json().get("configurationError");
        assertThat(error).isNotNull();
        assertThat(error.has("file")).isTrue();
        assertThat(error.has("line")).isTrue();
        assertThat(error.get("message").asText()).isNotEmpty();
        assertThat(Cli.run("profiles", "--rules", rules.toString()).exit()).isEqualTo(3);
    }

    @Test
    void stderrNeverShowsPersonalIdentifiers() {
        Cli.Result r = Cli.run("evaluate", "x.json", "620422196501011234", "13800000000");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("620422196501011234").doesNotContain("13800000000");
    }

    @Test
    void helpAndVersionAreExit0() {
        assertThat(Cli.run("--help").exit()).isEqualTo(0);
        assertThat(Cli.run("--version").out()).startsWith("doudi ");
        assertThat(Cli.run("evaluate", "--help").out()).contains("--batch", "--rules", "--params", "--lang");
    }

    @Test
    void helpCommandShowsTheUsageOfACommand() {
        Cli.Result r = Cli.run("help", "evaluate");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo(Cli.run("evaluate", "--help").out()).contains("Usage: doudi evaluate");
        assertThat(Cli.run("help").out()).contains("Usage: doudi", "evaluate", "validate", "help");
        assertThat(Cli.run("help", "nonsense").exit()).isEqualTo(1);
    }

    @Test
    void everyCommandAnswersVersion() {
        for (String command : DoudiCommand.commandLine(new DoudiCommand()).getSubcommands().keySet()) {
            if (!command.equals("help")) {
                Cli.Result r = Cli.run(command, "--version");
                assertThat(r.exit()).as(command).isZero();
                assertThat(r.out()).as(command).startsWith("doudi ");
            }
        }
    }

    @Test
    void helpTextIsNeverCut() {
        CommandLine doudi = DoudiCommand.commandLine(new DoudiCommand());
        List<CommandLine> commands = new ArrayList<>(doudi.getSubcommands().values());
        commands.add(doudi);
        for (CommandLine command : commands) {
            String name = command.getCommandName();
            String usage = flat(name.equals("doudi") ? Cli.run("--help").out() : Cli.run("help", name).out());
            for (String line : command.getCommandSpec().usageMessage().description()) {
                assertThat(usage).as("description of %s", name).contains(flat(line));
            }
            for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                for (String line : option.description()) {
                    assertThat(usage).as("%s %s", name, option.longestName()).contains(flat(line));
                }
            }
        }
    }

    /** The text with every run of white space (where help wraps) and picocli's line break {@code %n} as one space. */
    private static String flat(String text) {
        return text.replace("%n", " ").replaceAll("\\s+", " ").strip();
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static Set<String> paths(JsonNode errors) {
        Set<String> paths = new HashSet<>();
        errors.forEach(e -> paths.add(e.get("path").asText()));
        return paths;
    }

    private static List<String> messages(JsonNode decision) {
        List<String> messages = new ArrayList<>();
        decision.get("reasons").forEach(reason -> messages.add(reason.get("message").asText()));
        return messages;
    }

    private static List<JsonNode> jsonLines(String text) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                try {
                    lines.add(Cli.JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
        }
        return lines;
    }
}
