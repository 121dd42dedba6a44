package org.doudi.rules.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.doudi.rules.drools.RuleSet;

/** The requests file, the analyst's folders and the command line the integration tests share. */
final class Fixtures {

    /** A valid request whose case id an analyst's broken rule throws on (see {@link #FAILING_RULE}). */
    static final String FAILING_CASE = "FAIL-1";

    /** An analyst's rule that throws on one case, with an ID number in its message. */
    static final String FAILING_RULE = """
            package org.doudi.rules.policy;

            import org.doudi.rules.drools.facts.*;

            rule "测试：出错的分析人员规则"
                @ruleId("TEST-FAIL-001")
                @clause("测试")
            when
                Household( getRequest().caseId() == "FAIL-1" )
            then
                throw new IllegalStateException("cannot decide member 620422196501011234");
            end
            """;

    private static String cliOutput;

    private Fixtures() {
    }

    /** The twelve worked examples, one request per line. */
    static List<String> workedExamples() {
        try (java.io.InputStream in = Fixtures.class.getResourceAsStream("/worked-examples.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the requests file: the worked examples (a byte order mark first), blank lines, malformed JSON, a
     * duplicate key, a JSON array, a Wujin household (decided only with the analyst's profile), a line ended by
     * {@code \r\n} and the case the failing rule throws on.
     *
     * @param dir  the folder, not null
     * @return the file, never null
     */
    static Path requestsFile(Path dir) {
        List<String> examples = workedExamples();
        StringBuilder text = new StringBuilder("\uFEFF");
        for (int i = 0; i < examples.size(); i++) {
            text.append(examples.get(i)).append('\n');
            if (i == 3) {
                text.append('\n').append("   \n");
            }
        }
        text.append("{\"caseId\": \"BAD-1\", \"kind\": \n");
        text.append("{\"caseId\":\"DUP-1\",\"caseId\":\"DUP-2\",\"kind\":\"APPLICATION\"}\n");
        text.append("[]\n");
        text.append(RuleSourceTest.WUJIN).append("\r\n");
        text.append(examples.get(1).replace("\"EX-02\"", "\"" + FAILING_CASE + "\"")).append('\n');
        text.append('\n');
        text.append(examples.get(4).replace("\"EX-05\"", "\"EX-05-AGAIN\""));  // no final newline
        try {
            return Files.writeString(dir.resolve("requests.jsonl"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the analyst's profile folder: a (test) standard for js-wujin */
    static Path wujinParams() {
        return RuleSourceTest.wujinParams();
    }

    /**
     * Writes an analyst's rules folder: a copy of the built-in DRL files, plus {@link #FAILING_RULE} if asked.
     *
     * @param dir      the folder, not null
     * @param failing  true to add the failing rule
     * @return the folder, never null
     */
    static Path rulesFolder(Path dir, boolean failing) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : RuleSet.readBuiltInSources().entrySet()) {
                Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            if (failing) {
                Files.writeString(dir.resolve("zz-test-failing.drl"), FAILING_RULE, StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What {@code doudi evaluate --batch FILE --params WUJIN} prints for the requests file, run once per JVM with the
     * command line's own jar.
     *
     * @param requests  the requests file, not null
     * @return the output, never null
     */
    static synchronized String cliBatchOutput(Path requests) {
        if (cliOutput == null) {
            Path jar = Path.of(System.getProperty("doudi.cli.jar"));
            cliOutput = run(List.of(java(), "-jar", jar.toString(), "evaluate", "--batch", requests.toString(),
                    "--params", wujinParams().toString()), requests.getParent().resolve("cli"), 0).stdout();
        }
        return cliOutput;
    }

    /** @return the java command of this JVM */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The output of a process.
     *
     * @param exitCode  its exit code
     * @param stdout    its standard output (UTF-8)
     * @param stderr    its standard error (UTF-8)
     */
    record Output(int exitCode, String stdout, String stderr) {
    }

    /**
     * Runs a command to its end (at most 5 minutes), its output kept in files under {@code work}.
     *
     * @param command   the command, not null
     * @param work      a folder for its output, not null
     * @param expected  the exit code expected, or -1 for any: another one fails with both outputs shown
     * @return the output, never null
     */
    static Output run(List<String> command, Path work, int expected) {
        try {
            Files.createDirectories(work);
            File out = work.resolve("stdout").toFile();
            File err = work.resolve("stderr").toFile();
            Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            Output o = new Output(p.exitValue(), read(out.toPath()), read(err.toPath()));
            if (expected >= 0 && o.exitCode() != expected) {
                throw new AssertionError("exit " + o.exitCode() + " from " + command + "\n--- stdout\n" + o.stdout()
                        + "\n--- stderr\n" + o.stderr());
            }
            return o;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The text files Spark wrote into an output folder, concatenated in part-file order.
     *
     * @param dir  the output folder, not null
     * @return the text, never null
     */
    static String partFiles(Path dir) {
        StringBuilder all = new StringBuilder();
        for (Path part : partFileList(dir)) {
            all.append(read(part));
        }
        return all.toString();
    }

    /**
     * @param dir  an output folder, not null
     * @return its part files, in name order, never null
     */
    static List<Path> partFileList(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
