package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.screening.CaseInput;
import org.doudi.rules.api.screening.ScreeningJson;
import org.doudi.rules.api.screening.ScreeningListener;
import org.doudi.rules.api.screening.ScreeningResult;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.screening.CaseloadScreener;
import org.doudi.rules.drools.screening.Registries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doudi screen}: the planted caseload of {@code examples/screening} through the command line. */
class ScreenCommandTest {

    static final Path DIR = Path.of("..", "examples", "screening").toAbsolutePath().normalize();
    static final Path CASELOAD = DIR.resolve("caseload.jsonl");
    static final Path REGISTRIES = DIR.resolve("registries");

    @TempDir
    Path tmp;

    /** The lines the library gives for the planted caseload (the API run the command line must match). */
    static List<String> apiLines(Locale locale) throws IOException {
        List<String> raw = Files.readAllLines(CASELOAD, StandardCharsets.UTF_8);
        List<CaseInput> cases = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (!raw.get(i).isBlank()) {
                cases.add(CaseInput.decoded(i + 1, DoudiJson.decodeRequest(raw.get(i))));
            }
        }
        List<String> lines = new ArrayList<>();
        CaseloadScreener.of(DroolsEligibilityService.builtIn()).screen(cases::stream,
                Registries.fromDirectory(REGISTRIES), locale, BatchOptions.singleThread(),
                (ScreeningListener) r -> lines.add(ScreeningJson.writeResult(r)));
        return lines;
    }

    @Test
    @DisplayName("命令行与库给出相同的逐行结果；汇总、候选名单写入文件，坏行报告在标准错误")
    void sameLinesAsTheLibrary() throws IOException {
        Path out = tmp.resolve("findings.jsonl");
        Path summary = tmp.resolve("summary.json");
        Path candidates = tmp.resolve("candidates.jsonl");
        Cli.Result r = Cli.run("screen", CASELOAD.toString(), "--registries", REGISTRIES.toString(),
                "--out", out.toString(), "--summary", summary.toString(), "--candidates", candidates.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).isEmpty();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).containsExactlyElementsOf(apiLines(Locale.CHINESE));
        assertThat(lines).hasSize(32);
        JsonNode first = Cli.JSON.readTree(lines.get(1));
        assertThat(first.get("caseId").asText()).isEqualTo("HN-02");
        assertThat(first.get("findings").get(0).get("code").asText()).isEqualTo("DECEASED_NOT_EXITED");
        assertThat(first.get("findings").get(0).get("memberId").asText()).isEqualTo("m2");
        assertThat(Cli.JSON.readTree(lines.get(29)).toString())
                .isEqualTo("{\"line\":31,\"caseId\":null,\"errors\":[{\"path\":\"\",\"message\":"
                        + "\"malformed JSON at line 1, column 42\"}]}");
        assertThat(Files.readAllLines(candidates, StandardCharsets.UTF_8)).containsExactly(
                "{\"code\":\"MONITORED_NOT_COVERED\",\"householdId\":\"MH-002\",\"risk\":\"ILLNESS\","
                        + "\"idNumber\":\"**************133X\",\"line\":3}",
                "{\"code\":\"MONITORED_NOT_COVERED\",\"householdId\":\"MH-003\",\"risk\":\"DISABILITY\","
                        + "\"idNumber\":\"**************1357\",\"line\":4}",
                "{\"code\":\"MONITORED_NOT_COVERED\",\"householdId\":\"MH-005\",\"risk\":\"DISABILITY\","
                        + "\"idNumber\":\"**************1080\",\"line\":6}");
        JsonNode s = Cli.JSON.readTree(summary.toFile());
        assertThat(s.get("cases").asInt()).isEqualTo(32);
        assertThat(s.get("casesWithFindings").asInt()).isEqualTo(26);
        assertThat(s.get("invalid").asInt()).isEqualTo(2);
        assertThat(s.get("misconfigured").asInt()).isEqualTo(1);
        assertThat(s.get("findings").get("DUPLICATE_ENROLLMENT").asInt()).isEqualTo(3);
        assertThat(s.get("findings").size()).isEqualTo(22);
        assertThat(s.get("registries").get("deaths.csv").toString())
                .isEqualTo("{\"read\":4,\"rejected\":2,\"matched\":2}");
        assertThat(s.get("candidates").asInt()).isEqualTo(3);
        assertThat(s.get("monthlyOverpaid").asText()).isEqualTo("2172.00");
        assertThat(s.get("monthlyUnderpaid").asText()).isEqualTo("100.00");
        assertThat(r.err()).isEqualTo("""
                deaths.csv:4: deathDate "2020-02-30": 应为日期 YYYY-MM-DD（1900—2199 年）
                deaths.csv:5: idNumber "12345": 应为 15 或 18 位数字（末位可为 X）
                vehicles.csv:4: kind "BOAT": 应为以下之一：CAR, TRUCK, MOTORCYCLE, EBIKE, FARM_MACHINERY, DISABILITY_VEHICLE
                vehicles.csv:5: value "1e5": 应为金额（元），最多两位小数，如 80000.00
                monitored.csv:7: risk "SICK": 应为以下之一：ILLNESS, DISABILITY, ACCIDENT, EDUCATION, OTHER
                """);
    }

    @Test
    @DisplayName("不给 --out、--summary：结果在标准输出，汇总在标准错误；--lang en 为英文")
    void standardStreamsAndEnglish() throws IOException {
        Cli.Result r = Cli.run("screen", CASELOAD.toString(), "--registries", REGISTRIES.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertThat(r.out().lines().toList()).containsExactlyElementsOf(apiLines(Locale.ENGLISH));
        String summary = r.err().substring(r.err().indexOf('{'));
        assertThat(Cli.JSON.readTree(summary).get("monthlyOverpaid").asText()).isEqualTo("2172.00");
        assertThat(r.err()).contains("vehicles.csv:4: kind \"BOAT\": must be one of CAR");
    }

    @Test
    @DisplayName("登记表目录中有拼错的文件名：用法错误（退出码 1），不输出任何结果")
    void misspeltRegistryFile() throws IOException {
        Files.writeString(tmp.resolve("death.csv"), "idNumber,deathDate\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("--lang", "en", "screen", CASELOAD.toString(), "--registries", tmp.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("death.csv").contains("no known registry");
    }

    @Test
    @DisplayName("名册须读两遍：不接受标准输入")
    void standardInputRefused() {
        Cli.Result r = Cli.runWithInput("{}", "--lang", "en", "screen", "-");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("not standard input");
    }
}
