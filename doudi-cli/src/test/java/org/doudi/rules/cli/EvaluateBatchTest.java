package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doudi evaluate --batch} on worker threads: same output as one thread, summary, hint, exit codes. */
class EvaluateBatchTest {

    private static final List<String> EXAMPLES = List.of("01-huining-rural-category2", "02-ludian-urban-gap",
            "03-ludian-rural-yearly-standard", "04-xiayi-graded-gap", "05-huining-edge-single-person",
            "06-huining-illness-not-alone", "07-xiayi-relaxed-single", "08-huining-phase-out",
            "09-huining-voluntary-exit", "10-ludian-relative-and-panel", "11-invalid-request",
            "12-configuration-error");

    @TempDir
    Path dir;

    /**
     * A batch of every worked example many times over, each with a case id of its own, with blank lines and lines that
     * cannot be read between them: decisions, invalid requests and configuration errors in one file.
     */
    private Path mixedBatch(int rounds) {
        StringBuilder text = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            for (String name : EXAMPLES) {
                ObjectNode request = (ObjectNode) example(name).get("request").deepCopy();
                request.put("caseId", name + "-" + round);
                text.append(request).append('\n');
            }
            text.append(round % 3 == 0 ? "\n" : round % 3 == 1 ? "{not json\n" : "   \n");
        }
        return Cli.write(dir.resolve("mixed.jsonl"), text.toString());
    }

    @Test
    @DisplayName("the output is the same, byte for byte, on one thread and on several")
    void sameBytesWhateverTheThreads() {
        Path batch = mixedBatch(40);

        Cli.Result one = Cli.run("evaluate", "--batch", batch.toString(), "--threads", "1");
        Cli.Result three = Cli.run("evaluate", "--batch", batch.toString(), "--threads", "3");
        Cli.Result byDefault = Cli.run("evaluate", "--batch", batch.toString());

        assertThat(one.exit()).as(one.toString()).isZero();
        // one line per example, and one for each separator that is not blank (rounds 1, 4, …, 37)
        assertThat(one.out().lines()).hasSize(40 * EXAMPLES.size() + 13);
        assertThat(three.outBytes()).isEqualTo(one.outBytes());
        assertThat(byDefault.outBytes()).isEqualTo(one.outBytes());
    }

    @Test
    @DisplayName("one thread answers each line as it is read: lines in order, with their physical line numbers")
    void oneThreadKeepsLineNumbers() {
        Path batch = mixedBatch(2);

        Cli.Result r = Cli.run("evaluate", "--batch", batch.toString(), "--threads", "1");

        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).contains("\"caseId\":\"01-huining-rural-category2-0\"");
        assertThat(lines.get(10)).startsWith("{\"line\":11,\"caseId\":\"11-invalid-request-0\",\"errors\":");
        assertThat(lines.get(11)).startsWith("{\"line\":12,\"caseId\":\"12-configuration-error-0\","
                + "\"configurationError\":");
        // line 13 is blank; the second round starts on line 14
        assertThat(lines.get(12)).contains("\"caseId\":\"01-huining-rural-category2-1\"");
        assertThat(lines.get(24)).startsWith("{\"line\":26,\"caseId\":null,\"errors\":");
    }

    @Test
    @DisplayName("a summary on standard error counts lines read, decided, invalid and misconfigured")
    void summary() {
        Path batch = mixedBatch(3);

        Cli.Result r = Cli.run("--lang", "en", "evaluate", "--batch", batch.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        // 3 rounds of 12 examples and a separator line: 39 lines; 2 of the separators are blank, 1 is not JSON
        assertThat(r.err()).matches("doudi evaluate: 39 lines read; 30 decided, 4 invalid, 3 misconfigured; "
                + "\\d+\\.\\d\\d s, \\d+ decisions/s\n");
    }

    @Test
    @DisplayName("no progress line when standard error is not a terminal")
    void noProgressOffATerminal() {
        Cli.Result r = Cli.run("evaluate", "--batch", mixedBatch(5).toString());

        assertThat(r.err()).doesNotContain("\r").hasLineCount(1);
    }

    @Test
    @DisplayName("a pretty-printed request given to --batch gets a hint besides its errors")
    void hintForPrettyPrintedJson() {
        Path pretty = Cli.write(dir.resolve("pretty.json"), example("04-xiayi-graded-gap").get("request")
                .toPrettyString() + "\n");

        Cli.Result r = Cli.run("--lang", "en", "evaluate", "--batch", pretty.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out().lines()).allMatch(l -> l.contains("\"errors\""));
        assertThat(r.err()).contains("0 decided").contains("looks like pretty-printed JSON")
                .contains("one whole request per line");
    }

    @Test
    @DisplayName("no hint when some line was decided, or when no line holds only '{'")
    void noHintOtherwise() {
        Path decidedToo = Cli.write(dir.resolve("decided.jsonl"),
                example("04-xiayi-graded-gap").get("request") + "\n{\n\"caseId\": \"X\"\n}\n");
        Path compactInvalid = Cli.write(dir.resolve("invalid.jsonl"),
                example("11-invalid-request").get("request") + "\n");

        assertThat(Cli.run("evaluate", "--batch", decidedToo.toString()).err()).doesNotContain("pretty-printed");
        assertThat(Cli.run("evaluate", "--batch", compactInvalid.toString()).err()).doesNotContain("pretty-printed");
    }

    @Test
    @DisplayName("--fail-on-invalid: exit 2 for an invalid line, 3 for a configuration error (also with both), else 0")
    void failOnInvalid() {
        Path decided = Cli.write(dir.resolve("ok.jsonl"), requestLine("04-xiayi-graded-gap") + "\n");
        Path invalid = Cli.write(dir.resolve("invalid.jsonl"),
                requestLine("04-xiayi-graded-gap") + "\n" + requestLine("11-invalid-request") + "\n");
        Path misconfigured = Cli.write(dir.resolve("config.jsonl"), requestLine("12-configuration-error") + "\n");
        Path both = Cli.write(dir.resolve("both.jsonl"),
                requestLine("11-invalid-request") + "\n" + requestLine("12-configuration-error") + "\n");

        assertThat(Cli.run("evaluate", "--batch", decided.toString(), "--fail-on-invalid").exit()).isZero();
        assertThat(Cli.run("evaluate", "--batch", invalid.toString(), "--fail-on-invalid").exit()).isEqualTo(2);
        assertThat(Cli.run("evaluate", "--batch", misconfigured.toString(), "--fail-on-invalid").exit())
                .isEqualTo(3);
        assertThat(Cli.run("evaluate", "--batch", both.toString(), "--fail-on-invalid").exit()).isEqualTo(3);
        Cli.Result withoutOption = Cli.run("evaluate", "--batch", both.toString());
        assertThat(withoutOption.exit()).isZero();
        assertThat(withoutOption.out().lines()).hasSize(2);
    }

    @Test
    @DisplayName("--threads below 1 is a usage error")
    void threadsAtLeastOne() {
        Cli.Result r = Cli.run("--lang", "en", "evaluate", "--batch", mixedBatch(1).toString(), "--threads", "0");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--threads must be at least 1");
        assertThat(r.out()).isEmpty();
    }

    @Test
    @DisplayName("on a terminal, the progress line is cleared before the summary")
    void progressOnATerminal() {
        StringBuilder text = new StringBuilder();
        String line = requestLine("04-xiayi-graded-gap");
        for (int i = 0; i < 400; i++) {
            text.append(line).append('\n');
        }
        Path batch = Cli.write(dir.resolve("many.jsonl"), text.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DoudiCommand command = new DoudiCommand(new ByteArrayInputStream(new byte[0]), out, err).terminal(true);

        int exit = DoudiCommand.commandLine(command).execute("--lang", "en", "evaluate", "--batch", batch.toString(), "--threads", "1");
        command.flush();

        assertThat(exit).isZero();
        String shown = err.toString(StandardCharsets.UTF_8);
        // whatever progress was shown (it depends on the machine's speed) ends with the summary on a clean line
        String last = shown.substring(shown.lastIndexOf('\r') + 1);
        assertThat(last).startsWith("doudi evaluate: 400 lines read; 400 decided");
        assertThat(shown.chars().filter(c -> c == '\n').count()).isEqualTo(1);
    }

    private static String requestLine(String name) {
        return example(name).get("request").toString();
    }

    private static JsonNode example(String name) {
        try (InputStream in = EvaluateBatchTest.class.getResourceAsStream("/examples/" + name + ".json")) {
            return Cli.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
