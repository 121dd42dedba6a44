package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Privacy of a full screening run (公示与隐私): realistic identifiers — 18-character ID numbers ending in X, 11-digit
 * mobile numbers, 19-digit bank accounts — planted in every string field of the caseload and the registries (names,
 * case ids, member ids, staff ids, card ids, employers, regions, household ids), then every output and log stream
 * captured: standard output and error, {@code --out}, {@code --summary}, {@code --candidates}, and the process's own
 * standard streams where the logger writes. The caller's keys ({@code caseId}, {@code memberId}, {@code householdId})
 * are echoed as given in their structured fields; every other place holds them only masked.
 */
class ScreenPrivacyTest {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{11,}[Xx]?");

    @TempDir
    Path tmp;

    /** Every identifier-like run of digits in a text. */
    static Set<String> identifiersIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The planted caseload: the examples' caseload with identifiers in every key and name. */
    Path plantedCaseload() throws IOException {
        List<String> lines = Files.readAllLines(ScreenCommandTest.CASELOAD, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String caseId = "62042219800101" + String.format("%03d", n) + "X";     // an ID number as case id
            String l = line.replaceAll("\"(HN|WJ)-(\\d\\d)", "\"" + caseId + "-$2")
                    .replace("\"m1\"", "\"成员1-6222021234567890" + String.format("%03d", n) + "\"")
                    .replace("\"m2\"", "\"成员2:6222021234567891" + String.format("%03d", n) + "\"")
                    .replace("\"h1\"", "\"户主 62220212345678920" + String.format("%02d", n) + "\"")
                    .replace("\"name\":\"", "\"name\":\"手机139" + String.format("%08d", n) + " ")
                    .replace("S-VC-3", "电话13800001111");
            out.add(l);
        }
        return Files.write(tmp.resolve("caseload.jsonl"), out, StandardCharsets.UTF_8);
    }

    Path plantedRegistries() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("registries"));
        try (Stream<Path> files = Files.list(ScreenCommandTest.REGISTRIES)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8)
                        .replace("会宁县某事业单位", "单位联系人13712345678")
                        .replace("LZ-2020-0042", "对方案件-62010219700101555X")
                        .replace("620102,", "地区（6228480000000000017）,")
                        .replace("MH-00", "户-62042219700202666X-");
                Files.writeString(dir.resolve(f.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        return dir;
    }

    @Test
    @DisplayName("完整排查的每个输出与日志中，身份证号、手机号、银行账号均已屏蔽（结构化键字段原样回显）")
    void noIdentifierLeaks() throws IOException {
        Path caseload = plantedCaseload();
        Path registries = plantedRegistries();
        Set<String> secrets = new LinkedHashSet<>(identifiersIn(Files.readString(caseload, StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.list(registries)) {
            for (Path f : files.toList()) {
                secrets.addAll(identifiersIn(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertThat(secrets).contains("62042219800101002X", "13900000002", "6222021234567890002", "13712345678",
                "62010219700101555X", "6228480000000000017", "62042219700202666X");

        Path out = tmp.resolve("out.jsonl");
        Path summary = tmp.resolve("summary.json");
        Path candidates = tmp.resolve("candidates.jsonl");
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        ByteArrayOutputStream processStreams = new ByteArrayOutputStream();
        Cli.Result r;
        try (PrintStream capture = new PrintStream(processStreams, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            r = Cli.run("screen", caseload.toString(), "--registries", registries.toString(), "--out", out.toString(),
                    "--summary", summary.toString(), "--candidates", candidates.toString());
            Cli.Result noSummaryFile = Cli.run("screen", caseload.toString(), "--registries", registries.toString(),
                    "--lang", "en");
            assertThat(noSummaryFile.exit()).isEqualTo(0);
            assertNoSecret("standard error (English run)", noSummaryFile.err(), secrets);
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertNoSecret("standard output", r.out(), secrets);
        assertNoSecret("standard error", r.err(), secrets);
        assertNoSecret("process streams (logs)", processStreams.toString(StandardCharsets.UTF_8), secrets);
        assertNoSecret("--summary", Files.readString(summary, StandardCharsets.UTF_8), secrets);

        List<String> candidateLines = Files.readAllLines(candidates, StandardCharsets.UTF_8);
        assertThat(candidateLines).hasSize(3);
        for (String line : candidateLines) {
            ObjectNode c = (ObjectNode) Cli.JSON.readTree(line);
            assertThat(c.get("idNumber").asText()).matches("\\*+\\w{4}");
            assertThat(c.get("householdId").asText()).startsWith("户-62042219700202666X-"); // a key, echoed
            c.remove("householdId");
            assertNoSecret("--candidates", c.toString(), secrets);
        }

        int findings = 0;
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode node = Cli.JSON.readTree(line);
            for (JsonNode f : node.path("findings")) {
                findings++;
                assertNoSecret("detail", f.get("detail").asText(), secrets);
                assertNoSecret("clause", f.get("clause").asText(), secrets);
            }
            for (JsonNode e : node.path("errors")) {
                assertNoSecret("error", e.get("path").asText() + " " + e.get("message").asText(), secrets);
            }
            if (node.has("configurationError")) {
                assertNoSecret("configurationError", node.get("configurationError").toString(), secrets);
            }
        }
        assertThat(findings).isGreaterThan(30);
        // the keys are echoed in their structured fields, so the caller can join
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"caseId\":\"62042219800101002X-02\"")
                .contains("\"memberId\":\"成员2:6222021234567891002\"");
    }

    private static void assertNoSecret(String where, String text, Set<String> secrets) {
        List<String> leaked = secrets.stream().filter(text::contains).toList();
        assertThat(leaked).as("identifiers unmasked in " + where + ":\n" + text).isEmpty();
    }
}
