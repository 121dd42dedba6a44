package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doudi sample}: county sampling over a batch of requests, before approval or of enrolled cases. */
class SampleCommandTest {

    @TempDir
    Path dir;

    /** 会宁农村2020年：一人户，月工资 {@code wage} 元（标准335元）。 */
    static String huining(String caseId, String wage) {
        return "{\"caseId\":\"" + caseId + "\",\"kind\":\"APPLICATION\",\"profile\":\"gs-huining\","
                + "\"asOf\":\"2020-06-15\",\"residence\":\"RURAL\",\"members\":[{\"id\":\"m1\",\"name\":\"王大山\","
                + "\"relation\":\"HEAD\",\"birthDate\":\"1965-01-01\",\"laborCapacity\":\"PARTIAL\","
                + "\"incomes\":[{\"type\":\"WAGE\",\"monthly\":\"" + wage + "\"}]}]}";
    }

    /** 鲁甸农村2020年：公职人员的兄弟申请（须备案，100%入户核查）。 */
    static String ludianRelative(String caseId) {
        return "{\"caseId\":\"" + caseId + "\",\"kind\":\"APPLICATION\",\"profile\":\"yn-ludian\","
                + "\"asOf\":\"2020-08-01\",\"residence\":\"RURAL\",\"members\":[{\"id\":\"m1\",\"name\":\"罗永平\","
                + "\"relation\":\"HEAD\",\"birthDate\":\"1972-03-03\",\"laborCapacity\":\"PARTIAL\","
                + "\"incomes\":[{\"type\":\"WAGE\",\"monthly\":\"300.00\"}]}],"
                + "\"staffRelations\":[{\"memberId\":\"m1\",\"staffId\":\"s7\",\"staffRole\":\"PUBLIC_OFFICIAL\","
                + "\"relation\":\"SIBLING\"}]}";
    }

    /**
     * 鲁甸农村2020年复核：一人户在保，月工资 {@code wage} 元（标准375元）；{@code since} 非空时载明收入超标起始月份（务工），
     * {@code relative} 时为公职人员的兄弟（须备案）。
     */
    static String ludianReview(String caseId, String wage, String since, boolean relative) {
        return "{\"caseId\":\"" + caseId + "\",\"kind\":\"REVIEW\",\"profile\":\"yn-ludian\","
                + "\"asOf\":\"2020-08-01\",\"residence\":\"RURAL\",\"members\":[{\"id\":\"m1\",\"name\":\"罗永平\","
                + "\"relation\":\"HEAD\",\"birthDate\":\"1972-03-03\",\"laborCapacity\":\"PARTIAL\","
                + "\"incomes\":[{\"type\":\"WAGE\",\"monthly\":\"" + wage + "\"}]}],"
                + "\"enrollment\":{\"since\":\"2019-01\",\"monthlyAmount\":\"275.00\",\"coveredMembers\":[\"m1\"]"
                + (since == null ? "" : ",\"incomeExceededSince\":\"" + since + "\",\"incomeRiseCause\":\"EMPLOYMENT\"")
                + "}"
                + (relative ? ",\"staffRelations\":[{\"memberId\":\"m1\",\"staffId\":\"s7\","
                        + "\"staffRole\":\"PUBLIC_OFFICIAL\",\"relation\":\"SIBLING\"}]" : "")
                + "}";
    }

    static List<String> batch() {
        List<String> lines = new ArrayList<>();
        lines.add(ludianRelative("L-1"));
        for (int k = 1; k <= 5; k++) {
            lines.add(huining("H-" + k, "100.00"));
        }
        lines.add(huining("H-9", "900.00"));                 // ineligible
        lines.add(huining("620422196501011234", "100.00"));  // an ID number as case id, twice
        lines.add(huining("620422196501011234", "120.00"));
        lines.add("{\"caseId\": \"BROKEN\", ");              // malformed
        lines.add("");                                       // blank
        return lines;
    }

    static Path mkdirs(Path folder) {
        try {
            return java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Path write(String name, List<String> lines) {
        return Cli.write(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    @DisplayName("公职人员近亲属的申请必查，其余5户符合条件的申请按0.30抽⌈1.5⌉=2户；不符合条件、案号重复、无效的不纳入并在标准错误中按行号列出")
    void samplesTheBatch() {
        Path file = write("batch.jsonl", batch());
        Cli.Result r = Cli.run("--lang", "en", "sample", "--seed", "20200801", file.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).endsWith("}\n").doesNotContain("\n ").hasLineCount(1);
        JsonNode json = r.json();
        assertThat(json.get("mandatory").asInt()).isEqualTo(1);
        assertThat(json.get("pool").asInt()).isEqualTo(5);
        assertThat(json.get("sampled").asInt()).isEqualTo(2);
        List<String> selected = new ArrayList<>();
        json.get("selected").forEach(n -> selected.add(n.asText()));
        assertThat(selected).hasSize(3).contains("L-1").isSorted();
        assertThat(selected).isSubsetOf("L-1", "H-1", "H-2", "H-3", "H-4", "H-5");

        assertThat(r.err()).contains("line 7: ", "line 8: ", "line 9: ", "line 10: ")
                .doesNotContain("line 11").doesNotContain("line 1:");
        assertThat(r.err()).doesNotContain("620422196501011234").doesNotContain("BROKEN");

        // the same batch in another order, same seed: the same selection
        List<String> reversed = new ArrayList<>(batch().subList(0, 9));
        Collections.reverse(reversed);
        Cli.Result again = Cli.run("sample", "--seed", "20200801", write("reversed.jsonl", reversed).toString());
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).isEqualTo(r.out());
    }

    @Test
    @DisplayName("--ratio 1：全部符合条件的申请都入户；--ratio 0、1.5、abc：用法错误")
    void ratioOption() {
        Path file = write("batch.jsonl", batch());
        Cli.Result all = Cli.run("sample", "--ratio", "1", "--seed", "7", file.toString());
        assertThat(all.exit()).as(all.toString()).isZero();
        assertThat(all.json().get("selected").size()).isEqualTo(6);
        assertThat(all.json().get("sampled").asInt()).isEqualTo(5);

        for (String bad : List.of("0", "1.5", "abc", "-0.3", "3e-1")) {
            Cli.Result r = Cli.run("sample", "--ratio", bad, "--seed", "7", file.toString());
            assertThat(r.exit()).as(bad + ": " + r).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("--ratio");
        }
        Cli.Result noSeed = Cli.run("sample", file.toString());
        assertThat(noSeed.exit()).as(noSeed.toString()).isEqualTo(1);
    }

    @Test
    @DisplayName("抽查比例不得低于各地的 sampling.ratio（0.30）：--ratio 0.29 为用法错误并说明下限，0.30 照常抽取")
    void theProfilesRatioIsAFloor() {
        Path file = write("batch.jsonl", batch());
        Cli.Result below = Cli.run("--lang", "en", "sample", "--ratio", "0.29", "--seed", "7", file.toString());
        assertThat(below.exit()).as(below.toString()).isEqualTo(1);
        assertThat(below.out()).isEmpty();
        assertThat(below.err()).contains("0.29", "floor 0.30", "sampling.ratio");

        Cli.Result at = Cli.run("--lang", "en", "sample", "--ratio", "0.30", "--seed", "7", file.toString());
        assertThat(at.exit()).as(at.toString()).isZero();
        assertThat(at.json().get("sampled").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("--enrolled：抽查在保案件，仍在保（符合条件或渐退）的复核入池，公职人员近亲属的必查；申请与已退出的复核不纳入")
    void samplesEnrolledCases() {
        List<String> lines = new ArrayList<>();
        lines.add(ludianReview("R-1", "100.00", null, false));       // still eligible
        lines.add(ludianReview("R-2", "500.00", "2020-03", false));  // phase-out until 2021-02
        lines.add(ludianReview("R-3", "100.00", null, true));        // a public official's brother: mandatory
        lines.add(ludianReview("R-4", "900.00", null, false));       // exit: no phase-out cause given
        lines.add(ludianRelative("L-1"));                            // an application
        Path file = write("enrolled.jsonl", lines);

        Cli.Result r = Cli.run("--lang", "en", "sample", "--enrolled", "--seed", "3", file.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("mandatory").asInt()).isEqualTo(1);
        assertThat(json.get("pool").asInt()).isEqualTo(2);
        assertThat(json.get("sampled").asInt()).isEqualTo(1);
        List<String> selected = new ArrayList<>();
        json.get("selected").forEach(n -> selected.add(n.asText()));
        assertThat(selected).hasSize(2).contains("R-3").isSubsetOf("R-1", "R-2", "R-3");
        assertThat(r.err()).contains("line 4: outcome neither ELIGIBLE nor PHASE_OUT", "line 5: not a REVIEW")
                .doesNotContain("line 1:").doesNotContain("line 2:").doesNotContain("line 3:");

        Cli.Result all = Cli.run("--lang", "en", "sample", "--enrolled", "--ratio", "1", "--seed", "3", file.toString());
        assertThat(all.json().get("selected").toString()).isEqualTo("[\"R-1\",\"R-2\",\"R-3\"]");

        Cli.Result before = Cli.run("--lang", "en", "sample", "--seed", "3", file.toString());
        assertThat(before.json().get("selected").toString()).isEqualTo("[\"L-1\"]");
    }

    @Test
    @DisplayName("会宁抽查比例改为0.50而鲁甸仍为0.30：未给 --ratio 是用法错误，给了则照常抽取")
    void disagreeingProfilesNeedARatio() {
        Path params = dir.resolve("params");
        Cli.write(mkdirs(params).resolve("gs-huining.yaml"), """
                id: gs-huining
                parameters:
                  sampling.ratio:
                    values:
                      - {value: 0.50, source: "test: half"}
                """);
        Path file = write("batch.jsonl", batch());
        Cli.Result r = Cli.run("sample", "--params", params.toString(), "--seed", "1", file.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("sampling.ratio");

        Cli.Result given = Cli.run("sample", "--params", params.toString(), "--ratio", "0.5", "--seed", "1",
                file.toString());
        assertThat(given.exit()).as(given.toString()).isZero();
        assertThat(given.json().get("sampled").asInt()).isEqualTo(3);
    }
}
