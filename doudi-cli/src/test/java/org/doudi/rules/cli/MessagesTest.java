package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tools speak Chinese by default and English with {@code --lang en}, as an analyst meets them: a broken profile, a
 * usage error, a failing scenario, a file that is not there. The English wording of each is kept by the command's own
 * test (run there with {@code --lang en}); here both languages are shown side by side where the wording changed.
 */
class MessagesTest {

    private static final String FIXTURES = TestCommandTest.FIXTURES;

    @TempDir
    Path temp;

    private Path brokenOverlay() throws IOException {
        Path params = Files.createDirectories(temp.resolve("params"));
        Files.writeString(params.resolve("hn-xiayi.yaml"), """
                id: hn-xiayi
                parameters:
                  standrd:
                    RURAL:
                      - {from: 2024-01-01, value: 600, source: "夏邑县民政局通知"}
                  edge.multiplier:
                    values:
                      - {from: 2024-01-01, value: -1.5, source: "夏邑县民政局通知"}
                """, StandardCharsets.UTF_8);
        return params;
    }

    private static String masked(Path path) {
        return org.doudi.rules.api.request.Masking.scrub(path.toString());
    }

    @Test
    @DisplayName("validate of a broken profile: each problem and the summary in Chinese; in English with --lang en")
    void validateABrokenProfile() throws IOException {
        Path params = brokenOverlay();
        String file = masked(params.resolve("hn-xiayi.yaml"));

        Cli.Result zh = Cli.run("validate", "--params", params.toString());
        assertThat(zh.exit()).as("%s", zh).isEqualTo(ExitCodes.FAILURE);
        assertThat(zh.out().lines().toList()).as("%s", zh).containsExactly(
                file + ":3: 未知参数“standrd”（是否想写 standard？）",
                file + ":8: edge.multiplier 不能为负数，实际为 -1.5",
                "validate：共 2 个问题（规则中 0 个，共 13 个规则文件；叠加了 " + masked(params) + " 的档案中 2 个）");

        Cli.Result en = Cli.run("validate", "--params", params.toString(), "--lang", "en");
        assertThat(en.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(en.out().lines().toList()).as("%s", en).containsExactly(
                file + ":3: unknown parameter 'standrd' (did you mean 'standard'?)",
                file + ":8: edge.multiplier must not be negative, found -1.5",
                "validate: 2 problems (0 in the rules, 13 rule files; 2 in the profiles with " + masked(params)
                        + " overlaid)");

        // --lang given to doudi itself applies to the command
        assertThat(Cli.run("--lang", "en", "validate", "--params", params.toString()).out()).isEqualTo(en.out());
    }

    @Test
    @DisplayName("a usage error in Chinese with the option meant, exit 1; in English with --lang en")
    void usageErrors() {
        Cli.Result zh = Cli.run("validate", "--parms", "x");
        assertThat(zh.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(zh.out()).isEmpty();
        assertThat(zh.err().lines().toList()).containsExactly("doudi：未知选项：'--parms', 'x'", "是否想写：--params？",
                "用法见 'doudi validate --help'。");

        Cli.Result en = Cli.run("validate", "--parms", "x", "--lang", "en");
        assertThat(en.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(en.err().lines().toList()).containsExactly("doudi: Unknown options: '--parms', 'x'",
                "Did you mean: --params?", "Try 'doudi validate --help' for more information.");

        Cli.Result command = Cli.run("evalute", "x.json");
        assertThat(command.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(command.err()).startsWith("doudi：无法识别的参数：'evalute', 'x.json'\n是否想写：evaluate");

        Cli.Result missing = Cli.run("sample", "--seed");
        assertThat(missing.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).startsWith("doudi：选项 '--seed' 缺少取值（N）\n");

        Cli.Result value = Cli.run("sample", "--seed", "七", "cases.jsonl");
        assertThat(value.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(value.err()).startsWith("doudi：选项 '--seed' 的值无效：'七' 不是整数\n");
        assertThat(Cli.run("sample", "--seed", "七", "cases.jsonl", "--lang", "en").err())
                .startsWith("doudi: Invalid value for option '--seed': '七' is not a long\n");

        Cli.Result lang = Cli.run("validate", "--lang", "fr");
        assertThat(lang.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(lang.err()).startsWith("doudi：选项 '--lang' 的值无效：'fr' 不是可用的语言：请用 zh 或 en\n");
    }

    @Test
    @DisplayName("help takes --lang like every command: an unknown command in either language, with the one meant")
    void help() {
        Cli.Result usage = Cli.run("help", "validate", "--lang", "en");
        assertThat(usage.exit()).isZero();
        assertThat(usage.out()).startsWith("Usage: doudi validate");

        Cli.Result zh = Cli.run("help", "evalute");
        assertThat(zh.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(zh.err()).startsWith("doudi：未知命令：'evalute'（是否想写 evaluate？）；命令有：evaluate, compare");
        Cli.Result en = Cli.run("--lang", "en", "help", "evalute");
        assertThat(en.err()).startsWith("doudi: unknown command: 'evalute' (did you mean 'evaluate'?); the commands");

        Cli.Result none = Cli.run();
        assertThat(none.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(none.err()).startsWith("doudi：缺少命令：请用以下之一：evaluate, compare");
        assertThat(Cli.run("--lang", "en").err()).startsWith("doudi: missing command: use one of evaluate, compare");
    }

    @Test
    @DisplayName("test: failures and coverage in Chinese; the last line 'N passed, N failed' in both languages")
    void scenarioFailures() {
        Cli.Result r = Cli.run("test", FIXTURES + "wrong/wrong-amount.yaml", FIXTURES + "malformed");
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out()).contains(FIXTURES + "wrong/wrong-amount.yaml:16：夏邑农村三类户：故意写错的金额 195 元\n"
                        + "  units[0].monthlyAmount：期望 \"195.00\"，实际 \"194.00\"\n")
                .contains("场景写法有误：", "未知的键“expected”（是否想写 expect？）", "YAML 无法解析：")
                .doesNotContain("unknown key", "expected \"195.00\"", "malformed scenario");
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ passed, \\d+ failed");

        // the most specific wording wins: the scenario runner's "cannot read the file", not the command line's
        // "cannot read FILE"
        Cli.Result nowhere = Cli.run("test", temp.resolve("nowhere.yaml").toString());
        assertThat(nowhere.out()).contains("  无法读取文件：文件不存在\n").endsWith("0 passed, 1 failed\n");

        Cli.Result coverage = Cli.run("test", "--coverage", FIXTURES + "passing");
        assertThat(coverage.out().lines().toList().get(0)).matches("\\d+ 条规则（共 \\d+ 条）在任何场景中都没有触发：");
    }

    @Test
    @DisplayName("a file that is not there: the command's message in Chinese, exit 1; in English with --lang en")
    void missingFiles() {
        Path nowhere = temp.resolve("nowhere.json");
        Cli.Result zh = Cli.run("evaluate", nowhere.toString());
        assertThat(zh.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(zh.err()).isEqualTo("doudi evaluate：无法读取 " + masked(nowhere) + "：文件不存在\n");
        Cli.Result en = Cli.run("evaluate", nowhere.toString(), "--lang", "en");
        assertThat(en.err()).isEqualTo("doudi evaluate: cannot read " + masked(nowhere) + ": no such file\n");

        Cli.Result folder = Cli.run("validate", "--rules", temp.resolve("规则").toString());
        assertThat(folder.err()).contains("无法读取 --rules 目录").endsWith("：不是目录\n");
    }

    @Test
    @DisplayName("evaluate --batch: the summary on standard error in Chinese; in English with --lang en")
    void batchSummary() throws IOException {
        String request = Cli.example("04-xiayi-graded-gap.json").get("request").toString();
        Path batch = Cli.write(temp.resolve("cases.jsonl"), request + "\n{}\n");
        Cli.Result zh = Cli.run("evaluate", "--batch", batch.toString());
        assertThat(zh.exit()).isZero();
        assertThat(zh.err()).matches("doudi evaluate：读了 2 行；已决定 1，请求无效 1，配置错误 0；[0-9.]+ 秒，每秒 \\d+ 个决定\n");
        Cli.Result en = Cli.run("evaluate", "--batch", batch.toString(), "--lang", "en");
        assertThat(en.err()).matches("doudi evaluate: 2 lines read; 1 decided, 1 invalid, 0 misconfigured; "
                + "[0-9.]+ s, \\d+ decisions/s\n");
    }
}
