package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.doudi.rules.api.request.Masking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, defect 2 at the command line: a profile value like {@code 1e999999999} made {@code validate},
 * {@code evaluate --params}, {@code profiles} and {@code test} exit 1 with "unexpected failure: ArithmeticException".
 * Each command now reports a profile problem with file and line, as for any other broken profile file.
 */
class HostileFilesTest {

    private static final String HUGE = String.join("\n",
            "id: gs-huining",
            "parameters:",
            "  standard:",
            "    RURAL:",
            "      - {from: 2019-01-01, value: 1e999999999, source: \"分析员试算\"}",
            "");

    @Test
    void aHugeProfileValueIsAProblemWithFileAndLineOnEveryCommand(@TempDir Path dir) throws IOException {
        Path params = Files.createDirectories(dir.resolve("params"));
        String where = Masking.scrub(Cli.write(params.resolve("gs-huining.yaml"), HUGE).toString()) + ":5";
        Path request = Cli.write(dir.resolve("request.json"),
                Files.readString(Path.of(System.getProperty("user.dir")).resolveSibling("examples")
                        .resolve("huining-rural-category2.json")));
        Path scenario = Cli.write(dir.resolve("s.yaml"), String.join("\n",
                "name: 会宁农村二类户",
                "request:",
                "  caseId: S-1",
                "  kind: APPLICATION",
                "  profile: gs-huining",
                "  asOf: 2020-09-01",
                "  residence: RURAL",
                "  members:",
                "    - {id: m1, relation: HEAD, birthDate: 1968-04-02, laborCapacity: NONE}",
                "expect:",
                "  outcome: ELIGIBLE",
                ""));

        Cli.Result validate = Cli.run("--lang", "en", "validate", "--params", params.toString());
        assertThat(validate.exit()).as(validate.toString()).isEqualTo(1);
        assertThat(validate.out()).as(validate.toString()).contains(where, "out of range");

        Cli.Result evaluate = Cli.run("--lang", "en", "evaluate", "--params", params.toString(), request.toString());
        assertThat(evaluate.exit()).as(evaluate.toString()).isEqualTo(3);
        assertThat(evaluate.out()).as(evaluate.toString()).contains("configurationError").containsPattern("\"line\" *: *5");

        Cli.Result profiles = Cli.run("--lang", "en", "profiles", "--params", params.toString());
        Cli.Result test = Cli.run("--lang", "en", "test", "--params", params.toString(), scenario.toString());
        for (Cli.Result r : new Cli.Result[] {evaluate, profiles, test}) {
            assertThat(r.exit()).as(r.toString()).isNotEqualTo(0);
            assertThat(r.out() + r.err()).as(r.toString()).doesNotContain("unexpected failure", "Exception",
                    "\tat ").contains("out of range");
        }
    }
}
