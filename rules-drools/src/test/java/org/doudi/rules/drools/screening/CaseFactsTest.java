package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.screening.CaseInput;
import org.doudi.rules.api.screening.RegistryProblem;
import org.doudi.rules.api.screening.ScreeningJson;
import org.doudi.rules.api.screening.ScreeningResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The per-case seam of a screening ({@link CaseloadScreener#screenCase} with {@link CaseFacts}) for engines that join
 * the caseload and the registries themselves: with the facts computed apart, the planted caseload gives exactly the
 * lines of {@link CaseloadScreener#screen}; and the registry reader gives the same rows from a stream, record by
 * record, and from a table's values.
 */
class CaseFactsTest {

    static List<String> expected;

    @BeforeAll
    static void screenAsTheCommandLineDoes() {
        expected = CaseloadScreenerTest.plantedRun(Locale.CHINESE, BatchOptions.threads(2)).results().stream()
                .map(ScreeningJson::writeResult).toList();
    }

    /** Every readable row of every registry but the monitored one, by registry and ID number, in line order. */
    private static Map<Registry, Map<String, List<RegistryRow>>> allRows() throws IOException {
        Map<Registry, Map<String, List<RegistryRow>>> rows = new EnumMap<>(Registry.class);
        for (Map.Entry<Registry, Path> e : Registries.fromDirectory(ScreeningFixture.REGISTRIES).files().entrySet()) {
            if (e.getKey() == Registry.MONITORED) {
                continue;
            }
            try (Reader reader = Files.newBufferedReader(e.getValue(), StandardCharsets.UTF_8)) {
                new RegistryReader(e.getKey(), Locale.CHINESE).read(reader, r -> rows
                        .computeIfAbsent(r.registry(), k -> new HashMap<>())
                        .computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r), p -> { });
            }
        }
        return rows;
    }

    /**
     * Facts as a cluster ships them: the covering cases only when another case covers the key too (else none: the
     * case itself may be left out), cards held from the whole caseload, and every registry row of the key (the
     * screening keeps those of listed members and those dated by the case).
     */
    private record Apart(Map<String, List<CaseRef>> covering, Map<String, Integer> cards,
                         Map<Registry, Map<String, List<RegistryRow>>> rows) implements CaseFacts {
        @Override
        public List<CaseRef> coveringCases(String key) {
            List<CaseRef> refs = covering.getOrDefault(key, List.of());
            return refs.size() < 2 ? List.of() : refs;
        }

        @Override
        public int cardsHeld(String key) {
            return cards.getOrDefault(key, 0);
        }

        @Override
        public List<RegistryRow> registryRows(Registry registry, String key) {
            return rows.getOrDefault(registry, Map.of()).getOrDefault(key, List.of());
        }

        @Override
        public boolean noRegistryRows() {
            return rows.isEmpty();
        }
    }

    @Test
    @DisplayName("逐案接口：在别处算好的跨案事实和登记记录，得到与整体排查完全相同的结果行")
    void screeningCaseByCaseWithFactsComputedApartGivesTheSameLines() throws IOException {
        List<CaseInput> cases = ScreeningFixture.caseload(ScreeningFixture.CASELOAD).toList();
        Map<String, List<CaseRef>> covering = new HashMap<>();
        Map<String, Integer> cards = new HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            CaseInput c = cases.get(i);
            for (CaseKeys.Key k : CaseKeys.of(c.request()).keys()) {
                if (k.covered()) {
                    covering.computeIfAbsent(k.key(), x -> new ArrayList<>())
                            .add(new CaseRef(1000L * i + 7, c.line(), c.request().caseId()));
                }
                cards.merge(k.key(), k.cards(), Integer::sum);
            }
        }
        CaseFacts facts = new Apart(covering, cards, allRows());
        CaseloadScreener screener = CaseloadScreenerTest.screener;

        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            lines.add(ScreeningJson.writeResult(screener.screenCase(cases.get(i), 1000L * i + 7, facts,
                    Locale.CHINESE)));
        }

        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(lines).anyMatch(l -> l.contains("DUPLICATE_ENROLLMENT") && l.contains("HN-08"));
    }

    @Test
    @DisplayName("案件的身份证号：成员（去重，是否在保）与一卡通持卡人（张数）")
    void caseKeys() {
        CaseInput hn07 = ScreeningFixture.caseload(ScreeningFixture.CASELOAD)
                .filter(c -> "HN-07".equals(c.request().caseId())).findFirst().orElseThrow();

        List<CaseKeys.Key> keys = CaseKeys.of(hn07.request()).keys();

        assertThat(keys).isNotEmpty().allMatch(k -> k.key().matches("\\d{17}[\\dX]"));
        assertThat(keys).filteredOn(CaseKeys.Key::covered).isNotEmpty().allMatch(CaseKeys.Key::listed);
        assertThat(keys.stream().mapToInt(CaseKeys.Key::cards).sum()).isEqualTo(hn07.request().enrollment().cards()
                .size());
        assertThat(keys).extracting(CaseKeys.Key::key).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("登记表：流式逐条读取、整体读取、按列值解析，结果与问题相同")
    void aRegistryReadsTheSameFromAStreamRecordByRecordAndAsATable() throws IOException {
        String csv = "idNumber,deathDate,source\n620422195212121246,2020-01-05,殡葬\n\n"
                + "999999999999999999,2020-02-30,bad date\n\"12345\",2020-01-01,\"bad\nID\"\n"
                + "620422195011111235,2020-07-02,x,extra\n";
        RegistryReader reader = new RegistryReader(Registry.DEATHS, Locale.ENGLISH);
        List<Object> pushed = new ArrayList<>();
        long read = reader.read(new StringReader(csv), pushed::add, pushed::add);

        List<Object> pulled = new ArrayList<>();
        try (RegistryReader.Records records = reader.records(new StringReader(csv))) {
            while (records.next(pulled::add, pulled::add)) {
                assertThat(pulled).hasSize((int) records.count()); // one row or one problem per record
            }
            assertThat(records.count()).isEqualTo(read).isEqualTo(4);
        }
        assertThat(pulled).hasToString(pushed.toString());
        assertThat(pushed).extracting(Object::toString).containsExactly("RegistryRow[deaths.csv:2]",
                "deaths.csv:4: deathDate \"2020-02-30\": must be a date YYYY-MM-DD (years 1900-2199)",
                "deaths.csv:5: idNumber \"12345\": must be 15 or 18 characters of digits with an optional final X",
                "deaths.csv:7: has 4 fields, the header has 3");

        RegistryReader.Columns columns = reader.columns(List.of("source", "deathDate", "idNumber"));
        List<RegistryProblem> problems = new ArrayList<>();
        RegistryRow row = reader.parse(columns, 2, new String[] {"殡葬", "2020-01-05", " 620422195212121246 "},
                problems::add);
        assertThat(row).isEqualTo(pushed.get(0));
        assertThat(reader.parse(columns, 4, new String[] {"", "2020-02-30", "999999999999999999"}, problems::add))
                .isNull();
        assertThat(problems).extracting(RegistryProblem::toString).containsExactly(pushed.get(1).toString());
        assertThatThrownBy(() -> reader.columns(List.of("idNumber", "source")))
                .isInstanceOf(RegistryFileException.class).hasMessageContaining("deathDate");
        assertThatThrownBy(() -> reader.records(new StringReader("")))
                .isInstanceOf(RegistryFileException.class).hasMessageContaining("no header row");
    }

    @Test
    @DisplayName("未被任何案件覆盖的监测对象：因病、因残者为漏保候选，其余不是")
    void missedCoverageCandidates() {
        RegistryRow ill = new RegistryRow(Registry.MONITORED, 3, "62042219850909133X", null, null, "ILLNESS", null,
                null, "MH-002");
        RegistryRow schooling = new RegistryRow(Registry.MONITORED, 5, "620422199303031368", null, null, "EDUCATION",
                null, null, "MH-004");

        assertThat(CaseloadScreener.missedCoverage(ill)).hasValueSatisfying(c -> {
            assertThat(c.householdId()).isEqualTo("MH-002");
            assertThat(c.maskedIdNumber()).isEqualTo("**************133X");
            assertThat(c.line()).isEqualTo(3);
        });
        assertThat(CaseloadScreener.missedCoverage(schooling)).isEmpty();
        assertThat(ill.toString()).doesNotContain("62042219850909133X");
    }

    /** The result of one case is a value: screening it twice with the same facts gives the same line. */
    @Test
    void aCaseScreenedTwiceGivesTheSameLine() throws IOException {
        CaseInput hn22 = ScreeningFixture.caseload(ScreeningFixture.CASELOAD)
                .filter(c -> "HN-22".equals(c.request().caseId())).findFirst().orElseThrow();
        CaseFacts facts = new Apart(Map.of(), Map.of(), allRows());
        ScreeningResult first = CaseloadScreenerTest.screener.screenCase(hn22, 0, facts, Locale.CHINESE);
        ScreeningResult second = CaseloadScreenerTest.screener.screenCase(hn22, 0, facts, Locale.CHINESE);
        assertThat(ScreeningJson.writeResult(second)).isEqualTo(ScreeningJson.writeResult(first))
                .contains("REGISTRY_DECEASED").contains("deaths.csv:2");
    }
}
