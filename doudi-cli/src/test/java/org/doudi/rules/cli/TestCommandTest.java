package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code doudi test}: failures, the summary as the last line, the exit code, and {@code --coverage}. */
class TestCommandTest {

    static final String FIXTURES = "../rules-testkit/src/test/resources/scenario-fixtures/";

    static List<String> lines(Cli.Result r) {
        return r.out().lines().toList();
    }

    @Test
    @DisplayName("all passed: exit 0, last line '8 passed, 0 failed'")
    void allPassed() {
        Cli.Result r = Cli.run("test", FIXTURES + "passing");
        assertThat(r.exit()).as(r::toString).isZero();
        assertThat(r.out()).isEqualTo("8 passed, 0 failed\n");
    }

    @Test
    @DisplayName("a wrong expectation: the failure with file, scenario, field, expected and actual; exit 1")
    void failure() {
        Cli.Result r = Cli.run("--lang", "en", "test", FIXTURES + "wrong/wrong-amount.yaml", FIXTURES + "passing/payment-modes.yaml");
        assertThat(r.exit()).as(r::toString).isEqualTo(1);
        assertThat(r.out()).contains(FIXTURES + "wrong/wrong-amount.yaml:16: 夏邑农村三类户：故意写错的金额 195 元\n"
                + "  units[0].monthlyAmount: expected \"195.00\", actual \"194.00\"\n");
        assertThat(lines(r)).last().isEqualTo("9 passed, 6 failed");
    }

    @Test
    @DisplayName("malformed scenarios and files that do not parse fail: exit 1")
    void malformed() {
        Cli.Result r = Cli.run("--lang", "en", "test", FIXTURES + "malformed");
        assertThat(r.exit()).as(r::toString).isEqualTo(1);
        assertThat(r.out()).contains("unknown key 'expected'", "YAML does not parse", "does-not-parse.yaml:4");
        assertThat(lines(r)).last().isEqualTo("0 passed, 6 failed");
    }

    @Test
    @DisplayName("--coverage lists the rules no scenario fired, with name and file, before the summary")
    void coverage() {
        Cli.Result r = Cli.run("--lang", "en", "test", "--coverage", FIXTURES + "passing");
        assertThat(r.exit()).as(r::toString).isZero();
        List<String> lines = lines(r);
        assertThat(lines.get(0)).matches("\\d+ of \\d+ rules fired in no scenario:");
        assertThat(lines).contains("  DB-VX-001  主动申请退出低保  (voluntary_exit.drl)")
                .doesNotContain("  DB-PAY-001  补差：按保障单元人均收入低于低保标准的差额发放  (payment.drl)");
        assertThat(lines).last().isEqualTo("8 passed, 0 failed");
    }

    @Test
    @DisplayName("the shipped suite with --coverage: all passed and all rules fired")
    void shippedSuite() {
        Cli.Result r = Cli.run("--lang", "en", "test", "--coverage", "../scenarios");
        assertThat(r.exit()).as(r::toString).isZero();
        List<String> lines = lines(r);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("All \\d+ rules fired\\.");
        assertThat(lines.get(1)).matches("\\d+ passed, 0 failed");
    }

    @Test
    @DisplayName("no path: a usage error, exit 1")
    void usage() {
        Cli.Result r = Cli.run("test");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("PATH");
    }
}
