package org.doudi.rules.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.Coverage;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.HouseholdStatus;
import org.doudi.rules.api.decision.IncomeSummary;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.Verification;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Kind;

/** The lines a screening writes (one per case, one per candidate, the summary), field by field as documented. */
class ScreeningJsonTest {

    private static Money m(String amount) {
        return Money.parse(amount);
    }

    /** A re-evaluation: screening lines never show it, but a screened case carries one. */
    private static Decision reevaluation() {
        return new Decision("C-1", "gs-huining", LocalDate.of(2021, 3, 1), Kind.REVIEW, Outcome.INELIGIBLE,
                Coverage.NONE, HouseholdStatus.ABOVE_EDGE, m("399"),
                new IncomeSummary(1, m("900"), m("0"), m("0"), m("900"), m("900")), true, List.of(), m("0"), null,
                null, null, List.of(), Verification.NONE, List.of(), List.of(), List.of(),
                List.of());
    }

    @Test
    @DisplayName("a screened case: its id and every finding with code, member, detail, rule and clause, in order")
    void screened() {
        ScreeningResult.Screened s = new ScreeningResult.Screened(3, "C-1", List.of(
                new Finding(FindingCode.DECEASED_NOT_EXITED, "m2", "成员 m2 已于 2021-01-05 死亡", "DB-SCR-001",
                        "民发〔2012〕220号"),
                new Finding(FindingCode.NOW_INELIGIBLE, null, "复核不再符合条件", "DB-SCR-007", "第十三条")),
                reevaluation(), m("399"), m("0"));

        assertThat(ScreeningJson.writeResult(s)).isEqualTo("{\"caseId\":\"C-1\",\"findings\":["
                + "{\"code\":\"DECEASED_NOT_EXITED\",\"memberId\":\"m2\",\"detail\":\"成员 m2 已于 2021-01-05 死亡\","
                + "\"ruleId\":\"DB-SCR-001\",\"clause\":\"民发〔2012〕220号\"},"
                + "{\"code\":\"NOW_INELIGIBLE\",\"memberId\":null,\"detail\":\"复核不再符合条件\","
                + "\"ruleId\":\"DB-SCR-007\",\"clause\":\"第十三条\"}]}");
    }

    @Test
    @DisplayName("a case without findings still has its line, with an empty list")
    void screenedWithoutFindings() {
        ScreeningResult.Screened s = new ScreeningResult.Screened(1, "C-2", List.of(), reevaluation(), m("0"),
                m("0"));

        assertThat(ScreeningJson.writeResult(s)).isEqualTo("{\"caseId\":\"C-2\",\"findings\":[]}");
    }

    @Test
    @DisplayName("an invalid case: its line number, case id and every error with its path, as evaluate --batch")
    void rejected() {
        ScreeningResult.Rejected r = new ScreeningResult.Rejected(7, "C-7",
                List.of(new Problem("members[0].birthDate", "缺少出生日期"), new Problem("asOf", "缺少评估日期")));

        assertThat(ScreeningJson.writeResult(r)).isEqualTo("{\"line\":7,\"caseId\":\"C-7\",\"errors\":["
                + "{\"path\":\"members[0].birthDate\",\"message\":\"缺少出生日期\"},"
                + "{\"path\":\"asOf\",\"message\":\"缺少评估日期\"}]}");
    }

    @Test
    @DisplayName("a misconfigured case: its line number, case id and the configuration error")
    void misconfigured() {
        PolicyConfigurationException e = PolicyConfigurationException.of("gs-huining", "缺少参数");
        ScreeningResult.Misconfigured r = new ScreeningResult.Misconfigured(9, "C-9", e);

        String line = ScreeningJson.writeResult(r);

        assertThat(line).isEqualTo("{\"line\":9,\"caseId\":\"C-9\",\"configurationError\":{"
                + "\"profile\":\"gs-huining\",\"parameter\":null,\"residence\":null,\"date\":null,"
                + "\"message\":\"缺少参数\"}}");
    }

    @Test
    @DisplayName("a candidate: the fixed code, household, risk, the masked ID number and the registry line")
    void candidate() {
        Candidate c = new Candidate("H-0042", MonitoredRisk.ILLNESS, "**************123X", 12);

        assertThat(ScreeningJson.writeCandidate(c)).isEqualTo("{\"code\":\"MONITORED_NOT_COVERED\","
                + "\"householdId\":\"H-0042\",\"risk\":\"ILLNESS\",\"idNumber\":\"**************123X\",\"line\":12}");
    }

    @Test
    @DisplayName("the summary: counts, every finding code (zero where none), registries in order, money with two "
            + "decimals; compact on one line or indented")
    void summary() {
        Map<String, RegistryCount> registries = new LinkedHashMap<>();
        registries.put("deaths.csv", new RegistryCount(10, 1, 2));
        registries.put("vehicles.csv", new RegistryCount(5, 0, 1));
        ScreeningSummary summary = new ScreeningSummary(20, 4, 2, 1,
                Map.of(FindingCode.NOW_INELIGIBLE, 3L, FindingCode.DECEASED_NOT_EXITED, 1L), registries, 6,
                m("798.5"), m("12"));

        String compact = ScreeningJson.writeSummary(summary, false);
        String pretty = ScreeningJson.writeSummary(summary, true);

        assertThat(compact).startsWith("{\"cases\":20,\"casesWithFindings\":4,\"invalid\":2,\"misconfigured\":1,"
                + "\"findings\":{\"DECEASED_NOT_EXITED\":1,").contains("\"NOW_INELIGIBLE\":3,")
                .contains("\"DIBAO_AND_TEKUN\":0,")
                .endsWith("\"registries\":{\"deaths.csv\":{\"read\":10,\"rejected\":1,\"matched\":2},"
                        + "\"vehicles.csv\":{\"read\":5,\"rejected\":0,\"matched\":1}},\"candidates\":6,"
                        + "\"monthlyOverpaid\":\"798.50\",\"monthlyUnderpaid\":\"12.00\"}")
                .doesNotContain("\n");
        for (FindingCode code : FindingCode.values()) {
            assertThat(compact).contains("\"" + code.name() + "\":");
        }
        assertThat(pretty).contains("\n").startsWith("{\n").endsWith("\n}");
        assertThat(pretty.replaceAll("\\s+", "")).isEqualTo(compact.replaceAll("\\s+", ""));
    }
}
