package org.doudi.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.request.Residence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's own clauses for rules ({@code clauses:}): dated, inherited and overlaid by taking over from their first
 * date, checked at load with file and line, and rule ids checked against the rules in use.
 */
class ClauseOverridesTest {

    private static final String OWN = "《本地方案》 一（一）";

    private static String clause(String profile, String rule, String date) {
        return ProfileRepository.builtIn().byId(profile).orElseThrow().clause(rule, LocalDate.parse(date));
    }

    @Test
    void built_in_national_clauses_cover_the_dates_before_the_national_texts() {
        // 民发〔2021〕57号 from 2021-07-01 replaced 民发〔2012〕220号; 民发〔2022〕83号 from 2022-10-20
        assertThat(clause("cn-national", "DB-ELIG-006", "2021-06-30")).contains("民发〔2012〕220号").contains("第九条");
        assertThat(clause("cn-national", "DB-ELIG-006", "2021-07-01")).contains("民发〔2021〕57号").contains("第四条");
        assertThat(clause("cn-national", "DB-ELIG-006", "2022-10-19")).contains("民发〔2021〕57号");
        assertThat(clause("cn-national", "DB-ELIG-006", "2022-10-20")).isNull();
        assertThat(clause("cn-national", "DB-ELIG-001", "2019-01-01")).isNull();
    }

    @Test
    void a_county_takes_over_from_its_document_date_and_inherits_before() {
        // gs-huining: its plans from 2020-05-01; before, the national clauses it inherits
        assertThat(clause("gs-huining", "DB-INC-010", "2020-04-30")).startsWith("假设值：此日期前未找到全国统一的刚性支出扣减规定");
        assertThat(clause("gs-huining", "DB-INC-010", "2020-05-01")).startsWith("《民政局兜底保障工作方案 2》 二（三）");
        assertThat(clause("gs-huining", "DB-INC-010", "2024-01-01")).startsWith("《民政局兜底保障工作方案 2》 二（三）");
        // a rule only the county's plan has: an assumption before the plan, the rule's own clause from its date
        assertThat(clause("gs-huining", "DB-SGL-020", "2020-04-30")).startsWith("假设值：此日期前未找到本县公开依据");
        assertThat(clause("gs-huining", "DB-SGL-020", "2020-05-01")).isNull();
        // another county never sees it
        assertThat(clause("hn-xiayi", "DB-SGL-020", "2024-01-01")).isNull();
        assertThat(clause("hn-xiayi", "DB-INC-010", "2024-01-01")).isNull();
        // Parameters: the override in force, else the rule's own clause
        Parameters p = ProfileRepository.builtIn().byId("yn-ludian").orElseThrow()
                .on(LocalDate.of(2019, 7, 23), Residence.RURAL);
        assertThat(p.clause("DB-VER-031", "自己的")).startsWith("鲁政办发〔2019〕47号《鲁甸县阳光低保专项行动方案》 二（一）");
        assertThat(p.clause("DB-ELIG-001", "自己的")).isEqualTo("自己的");
        assertThat(ProfileRepository.builtIn().byId("yn-ludian").orElseThrow()
                .on(LocalDate.of(2019, 7, 22), Residence.RURAL).clause("DB-VER-031", "自己的")).isEqualTo("自己的");
    }

    @Test
    void a_folder_alone_inherits_and_overlays_take_over(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), String.join("\n",
                "id: base",
                "name: 基",
                "base: true",
                "clauses:",
                "  R-1:",
                "    - {clause: \"旧办法 第一条\"}",
                "    - {from: 2021-07-01, clause: null}",
                "  R-2:",
                "    - {from: 2020-01-01, clause: \"新办法 第二条\"}",
                ""));
        Files.writeString(tmp.resolve("child.yaml"), String.join("\n",
                "id: child",
                "name: 子",
                "parent: base",
                "regions: [\"123456\"]",
                "clauses:",
                "  R-1:",
                "    - {from: 2021-01-01, clause: \"" + OWN + "\"}",
                "  R-3:",
                "    - {clause: \"" + OWN + "\"}",
                ""));
        ProfileRepository repo = ProfileRepository.fromDirectory(tmp);
        Profile child = repo.byId("child").orElseThrow();
        assertThat(child.clause("R-1", LocalDate.of(2020, 12, 31))).isEqualTo("旧办法 第一条");
        assertThat(child.clause("R-1", LocalDate.of(2021, 1, 1))).isEqualTo(OWN);
        assertThat(child.clause("R-1", LocalDate.of(2022, 1, 1))).isEqualTo(OWN);  // the parent's null is taken over
        assertThat(child.clause("R-2", LocalDate.of(2019, 12, 31))).isNull();
        assertThat(child.clause("R-2", LocalDate.of(2020, 1, 1))).isEqualTo("新办法 第二条");
        assertThat(child.clause("R-3", LocalDate.of(1900, 1, 1))).isEqualTo(OWN);
        assertThat(repo.byId("base").orElseThrow().clause("R-1", LocalDate.of(2021, 7, 1))).isNull();
        assertThat(child.ownClauses()).extracting(Profile.OwnClause::ruleId, Profile.OwnClause::from,
                        Profile.OwnClause::line)
                .containsExactly(tuple("R-1", null, 6), tuple("R-1", LocalDate.of(2021, 1, 1), 7),
                        tuple("R-2", LocalDate.of(2020, 1, 1), 9), tuple("R-3", null, 9));

        assertThat(repo.unknownRuleIds(Set.of("R-1", "R-2", "R-3"))).isEmpty();
        assertThat(repo.unknownRuleIds(Set.of("R-1", "R-3"))).containsExactly(
                new ConfigProblem(tmp.resolve("base.yaml").toString(), 9, "clauses: no rule has @ruleId(\"R-2\")"));
        // once per file and rule, at its first entry
        assertThat(repo.unknownRuleIds(Set.of("R-2", "R-3"))).containsExactly(
                new ConfigProblem(tmp.resolve("base.yaml").toString(), 6, "clauses: no rule has @ruleId(\"R-1\")"),
                new ConfigProblem(tmp.resolve("child.yaml").toString(), 7, "clauses: no rule has @ruleId(\"R-1\")"));
    }

    @Test
    void an_overlay_takes_over_a_built_in_profile_from_its_first_date(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("gs-huining.yaml"), String.join("\n",
                "id: gs-huining",
                "clauses:",
                "  DB-INC-010:",
                "    - {from: 2023-01-01, clause: \"" + OWN + "\"}",
                "  DB-NOPE-001:",
                "    - {clause: \"" + OWN + "\"}",
                ""));
        Profile huining = ProfileRepository.builtInWithOverlay(tmp).byId("gs-huining").orElseThrow();
        assertThat(huining.clause("DB-INC-010", LocalDate.of(2022, 12, 31))).startsWith("《民政局兜底保障工作方案 2》");
        assertThat(huining.clause("DB-INC-010", LocalDate.of(2023, 1, 1))).isEqualTo(OWN);
        assertThat(ProfileRepository.checkWithOverlay(tmp)).isEmpty();
        Set<String> known = ProfileRepository.builtIn().all().stream().flatMap(p -> p.ownClauses().stream())
                .map(Profile.OwnClause::ruleId).collect(Collectors.toSet());
        assertThat(ProfileRepository.checkWithOverlay(tmp, known)).containsExactly(
                new ConfigProblem(tmp.resolve("gs-huining.yaml").toString(), 6,
                        "clauses: no rule has @ruleId(\"DB-NOPE-001\")"));
    }

    @Test
    void malformed_clauses_name_file_and_line(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), String.join("\n",
                "id: a",
                "name: 甲",
                "clauses:",
                "  R-1: \"民发〔2021〕57号\"",
                "  R-2: []",
                "  R-3:",
                "    - 民发〔2021〕57号",
                "    - {from: 2020-01-01, clause: \"民发〔2021〕57号\", note: x}",
                "    - {from: 2020-13-01, clause: \"民发〔2021〕57号\"}",
                "  R 4:",
                "    - {clause: \"民发〔2021〕57号\"}",
                "  R-5:",
                "    - {from: 2021-01-01}",
                "    - {clause: \"民发〔2021〕57号\"}",
                "    - {from: 2020-01-01, clause: 7}",
                "  R-6:",
                "    - {clause: \"一类335元（POLICY 假设）\"}",
                ""));
        Files.writeString(tmp.resolve("b.yaml"), "id: b\nname: 乙\nclauses: [R-1]\n");
        String a = org.doudi.rules.api.request.Masking.scrub(tmp.resolve("a.yaml").toString()); // file names are masked (policy §15)
        assertThat(ProfileRepository.check(tmp)).extracting(ConfigProblem::file, ConfigProblem::line,
                        ConfigProblem::message)
                .containsExactly(
                        tuple(a, 4, "the clauses of R-1 must be a non-empty list of entries {from: yyyy-mm-dd, clause:"
                                + " \"...\"}"),
                        tuple(a, 5, "the clauses of R-2 must be a non-empty list of entries {from: yyyy-mm-dd, clause:"
                                + " \"...\"}"),
                        tuple(a, 7, "an entry of the clauses of R-3 must be a mapping {from, clause}"),
                        tuple(a, 8, "unknown key 'note' in an entry of the clauses of R-3 (expected from, clause)"),
                        tuple(a, 9, "from must be a date written yyyy-mm-dd in the clauses of R-3"),
                        tuple(a, 10, "invalid rule id 'R 4' in clauses (letters, digits, '-', '_', '.')"),
                        tuple(a, 13, "an entry of the clauses of R-5 has no clause (the text to cite, or null for the"
                                + " rule's own @clause)"),
                        tuple(a, 14, "only the first entry of the clauses of R-5 may omit from"),
                        tuple(a, 15, "date 2020-01-01 does not come after 2021-01-01 in the clauses of R-5: dates must"
                                + " increase"),
                        tuple(a, 15, "the clause in the clauses of R-5 must be text, found number '7'"),
                        tuple(a, 17, "the clauses of R-6: figure '335' in the clause: figures come from the profile"
                                + " parameters and appear in the reason, never in the clause"),
                        tuple(a, 17, "the clauses of R-6: 'POLICY' names this project's own material: cite the public"
                                + " document (文号 or title, article or section) as a county reader would look it up"),
                        tuple(a, 17, "the clauses of R-6: an assumption must read 假设值： followed by its reason in words"
                                + " (e.g. 假设值：未找到公开依据，请按本地文件设定)"),
                        tuple(org.doudi.rules.api.request.Masking.scrub(tmp.resolve("b.yaml").toString()), 3, "clauses must be a mapping from rule id to a list of"
                                + " entries such as {from: 2020-05-01, clause: \"...\"}"));
        assertThatThrownBy(() -> ProfileRepository.fromDirectory(tmp))
                .isInstanceOf(PolicyConfigurationException.class)
                // file names go through the one masking rule (policy §15): JUnit's temporary folder has a long number
                .hasMessageStartingWith(org.doudi.rules.api.request.Masking.scrub(a) + ":4: the clauses of R-1 must be");
    }
}
