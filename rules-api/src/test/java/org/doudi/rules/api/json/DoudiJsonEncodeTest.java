package org.doudi.rules.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.Coverage;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.decision.HomeVisit;
import org.doudi.rules.api.decision.HouseholdStatus;
import org.doudi.rules.api.decision.IncomeSummary;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.ParameterSource;
import org.doudi.rules.api.decision.PhaseOut;
import org.doudi.rules.api.decision.ProcedureProblem;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.decision.Recusal;
import org.doudi.rules.api.decision.SupportType;
import org.doudi.rules.api.decision.Unit;
import org.doudi.rules.api.decision.Verification;
import org.doudi.rules.api.money.BigMoney;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.StaffRole;

class DoudiJsonEncodeTest {

    private static Money m(String amount) {
        return Money.parse(amount);
    }

    /** The decision of the JSON contract's example, with a few more figures and subsidies. */
    static Decision contractDecision() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("net", m("780.00"));
        figures.put("standardTimesMembers", m("1005"));
        figures.put("countedMembers", 3);
        figures.put("months", 12L);
        figures.put("ratio", new BigDecimal("0.30"));
        figures.put("exact", BigMoney.of(new BigDecimal("193.002")));
        figures.put("residence", "RURAL");
        figures.put("relation", KinRelation.SIBLING);
        StaffRelation related = new StaffRelation("m1", "s9", StaffRole.VILLAGE_COMMITTEE, KinRelation.SIBLING);
        return new Decision("GS-2020-0007", "gs-huining", LocalDate.of(2020, 6, 15), Kind.APPLICATION,
                Outcome.ELIGIBLE, Coverage.WHOLE_HOUSEHOLD, HouseholdStatus.DIBAO, m("335"),
                new IncomeSummary(3, m("900"), m("0"), m("120"), m("780"), m("260")), true,
                List.of(new Unit(List.of("m1", "m2", "m3"), 3, null, m("252"))), m("252"), null, null, m("1005"),
                List.of(new DisabilitySubsidy("m1", true, m("10"), false, null),
                        new DisabilitySubsidy("m2", false, null, true, null)),
                new Verification(true, HomeVisit.MANDATORY, List.of(related)),
                List.of(new Recusal("s9", "m1", KinRelation.SIBLING)),
                List.of(ProcedureProblem.HOME_VISIT_TEAM_TOO_SMALL, ProcedureProblem.REVIEW_PANEL_TOO_SMALL),
                List.of(new Reason("INCOME_BELOW_STANDARD", "DB-ELIG-001", null, "社会救助暂行办法 第九条", figures,
                                "家庭月人均收入 260.00 元低于当地低保标准 335.00 元",
                                List.of(new ParameterSource("standard", "335.00", LocalDate.of(2019, 1, 1),
                                                "test source 2019"),
                                        new ParameterSource("deduction.employmentCostCap", null, null,
                                                "setting: no cap"))),
                        new Reason("LIVING_SUBSIDY", "DB-SUB-001", "m1", "两项补贴", Map.of(), "生活补贴")),
                List.of("DB-ELIG-001", "DB-SUB-001"));
    }

    @Test
    void prettyDecisionHasTheContractShapeExactly() {
        String expected = """
                {
                  "caseId": "GS-2020-0007",
                  "profile": "gs-huining",
                  "asOf": "2020-06-15",
                  "kind": "APPLICATION",
                  "outcome": "ELIGIBLE",
                  "coverage": "WHOLE_HOUSEHOLD",
                  "householdStatus": "DIBAO",
                  "standard": "335.00",
                  "income": {
                    "countedMembers": 3,
                    "gross": "900.00",
                    "excluded": "0.00",
                    "deductions": "120.00",
                    "net": "780.00",
                    "perCapita": "260.00"
                  },
                  "assetsPassed": true,
                  "units": [
                    {
                      "members": [
                        "m1",
                        "m2",
                        "m3"
                      ],
                      "category": 3,
                      "supportType": null,
                      "monthlyAmount": "252.00"
                    }
                  ],
                  "monthlyAmount": "252.00",
                  "phaseOut": null,
                  "voluntaryExitGrant": null,
                  "temporaryAssistance": "1005.00",
                  "disabilitySubsidies": [
                    {
                      "memberId": "m1",
                      "living": "10.00"
                    },
                    {
                      "memberId": "m2",
                      "nursing": null
                    }
                  ],
                  "verification": {
                    "filingRequired": true,
                    "homeVisit": "MANDATORY",
                    "relatedStaff": [
                      {
                        "memberId": "m1",
                        "staffId": "s9",
                        "staffRole": "VILLAGE_COMMITTEE",
                        "relation": "SIBLING"
                      }
                    ]
                  },
                  "recusals": [
                    {
                      "staffId": "s9",
                      "memberId": "m1",
                      "relation": "SIBLING"
                    }
                  ],
                  "procedureProblems": [
                    "HOME_VISIT_TEAM_TOO_SMALL",
                    "REVIEW_PANEL_TOO_SMALL"
                  ],
                  "reasons": [
                    {
                      "code": "INCOME_BELOW_STANDARD",
                      "ruleId": "DB-ELIG-001",
                      "memberId": null,
                      "clause": "社会救助暂行办法 第九条",
                      "figures": {
                        "net": "780.00",
                        "standardTimesMembers": "1005.00",
                        "countedMembers": 3,
                        "months": 12,
                        "ratio": "0.30",
                        "exact": "193.002",
                        "residence": "RURAL",
                        "relation": "SIBLING"
                      },
                      "message": "家庭月人均收入 260.00 元低于当地低保标准 335.00 元",
                      "sources": [
                        {
                          "parameter": "standard",
                          "value": "335.00",
                          "from": "2019-01-01",
                          "source": "test source 2019"
                        },
                        {
                          "parameter": "deduction.employmentCostCap",
                          "value": null,
                          "from": null,
                          "source": "setting: no cap"
                        }
                      ]
                    },
                    {
                      "code": "LIVING_SUBSIDY",
                      "ruleId": "DB-SUB-001",
                      "memberId": "m1",
                      "clause": "两项补贴",
                      "figures": {},
                      "message": "生活补贴",
                      "sources": []
                    }
                  ],
                  "firedRules": [
                    "DB-ELIG-001",
                    "DB-SUB-001"
                  ]
                }""";

        assertThat(DoudiJson.writeDecision(contractDecision(), true)).isEqualTo(expected);
    }

    @Test
    void compactDecisionIsOneLineWithEmptyListsAndNulls() {
        Decision d = new Decision("EX-08", "gs-huining", LocalDate.of(2020, 6, 15), Kind.REVIEW, Outcome.PHASE_OUT,
                Coverage.NONE, HouseholdStatus.ABOVE_EDGE, m("335.00"),
                new IncomeSummary(0, m("0"), m("0"), m("0"), m("0"), m("0")), false, List.of(), m("636"),
                new PhaseOut(YearMonth.of(2020, 1), YearMonth.of(2020, 12), m("636")), m("0.5"), null, List.of(),
                Verification.NONE, List.of(), List.of(), List.of(), List.of());

        assertThat(DoudiJson.writeDecision(d, false)).isEqualTo("{\"caseId\":\"EX-08\",\"profile\":\"gs-huining\","
                + "\"asOf\":\"2020-06-15\",\"kind\":\"REVIEW\",\"outcome\":\"PHASE_OUT\",\"coverage\":\"NONE\","
                + "\"householdStatus\":\"ABOVE_EDGE\",\"standard\":\"335.00\",\"income\":{\"countedMembers\":0,"
                + "\"gross\":\"0.00\",\"excluded\":\"0.00\",\"deductions\":\"0.00\",\"net\":\"0.00\","
                + "\"perCapita\":\"0.00\"},\"assetsPassed\":false,\"units\":[],\"monthlyAmount\":\"636.00\","
                + "\"phaseOut\":{\"startMonth\":\"2020-01\",\"endMonth\":\"2020-12\",\"monthlyAmount\":\"636.00\"},"
                + "\"voluntaryExitGrant\":\"0.50\",\"temporaryAssistance\":null,\"disabilitySubsidies\":[],"
                + "\"verification\":{\"filingRequired\":false,\"homeVisit\":\"SAMPLED\",\"relatedStaff\":[]},"
                + "\"recusals\":[],\"procedureProblems\":[],\"reasons\":[],\"firedRules\":[]}");
    }

    @Test
    void theSameDecisionGivesTheSameBytes() {
        byte[] first = DoudiJson.writeDecision(contractDecision(), true).getBytes(StandardCharsets.UTF_8);
        byte[] second = DoudiJson.writeDecision(contractDecision(), true).getBytes(StandardCharsets.UTF_8);

        assertThat(second).isEqualTo(first);
        assertThat(DoudiJson.writeDecision(contractDecision(), false)).doesNotContain("\n")
                .isEqualTo(DoudiJson.writeDecision(contractDecision(), false));
    }

    @Test
    void theTreeMatchesTheWrittenText() throws Exception {
        Decision d = contractDecision();
        JsonNode tree = DoudiJson.toTree(d);

        assertThat(tree).isEqualTo(DoudiJson.mapper().readTree(DoudiJson.writeDecision(d, true)));
        assertThat(tree.get("disabilitySubsidies").get(1).has("living")).isFalse();
        assertThat(tree.get("disabilitySubsidies").get(1).get("nursing").isNull()).isTrue();
        assertThat(tree.at("/reasons/0/figures/countedMembers").isInt() || tree.at("/reasons/0/figures/countedMembers")
                .isLong()).isTrue();
    }

    @Test
    void errorsListEveryProblem() {
        List<Problem> problems = List.of(new Problem("members[1].incomes[0].monthly", "must not be negative"),
                new Problem("", "malformed JSON at line 1, column 2"));

        assertThat(DoudiJson.writeErrors(problems, false)).isEqualTo("{\"errors\":["
                + "{\"path\":\"members[1].incomes[0].monthly\",\"message\":\"must not be negative\"},"
                + "{\"path\":\"\",\"message\":\"malformed JSON at line 1, column 2\"}]}");
        assertThat(DoudiJson.writeErrors(List.of(), true)).isEqualTo("{\n  \"errors\": []\n}");
    }

    @Test
    void aMissingValueNamesProfileParameterResidenceAndDate() {
        PolicyConfigurationException e = PolicyConfigurationException.missingValue("yn-ludian", "standard", "RURAL",
                LocalDate.of(2017, 3, 1));

        assertThat(DoudiJson.writeConfigurationError(e, true)).isEqualTo("""
                {
                  "configurationError": {
                    "profile": "yn-ludian",
                    "parameter": "standard",
                    "residence": "RURAL",
                    "date": "2017-03-01",
                    "message": "profile yn-ludian has no value for standard (residence RURAL) on 2017-03-01"
                  }
                }""");
    }

    @Test
    void aMissingValueMatchesExample12() throws Exception {
        PolicyConfigurationException e = PolicyConfigurationException.missingValue("yn-ludian", "standard", "RURAL",
                LocalDate.of(2017, 3, 1));
        JsonNode expected = Examples.load("12-configuration-error.json").at("/expected/output");

        assertThat(DoudiJson.mapper().readTree(DoudiJson.writeConfigurationError(e, false))).isEqualTo(expected);
    }

    @Test
    void aBrokenFileNamesFileAndLine() {
        PolicyConfigurationException e = PolicyConfigurationException.brokenFile("eligibility.drl", 12, "bad rule");

        assertThat(DoudiJson.writeConfigurationError(e, false)).isEqualTo("{\"configurationError\":{"
                + "\"file\":\"eligibility.drl\",\"line\":12,\"message\":\"eligibility.drl:12: bad rule\"}}");
    }

    @Test
    void batchLinesCarryLineAndCaseId() {
        assertThat(DoudiJson.writeBatchErrors(3, "C-1", List.of(new Problem("asOf", "required"))))
                .isEqualTo("{\"line\":3,\"caseId\":\"C-1\",\"errors\":[{\"path\":\"asOf\",\"message\":\"required\"}]}");
        assertThat(DoudiJson.writeBatchErrors(4, null, List.of(new Problem("", "malformed JSON"))))
                .isEqualTo("{\"line\":4,\"caseId\":null,\"errors\":[{\"path\":\"\",\"message\":\"malformed JSON\"}]}");
        PolicyConfigurationException e = PolicyConfigurationException.missingValue("yn-ludian", "standard", "URBAN",
                LocalDate.of(2017, 3, 1));
        assertThat(DoudiJson.writeBatchConfigurationError(5, "C-2", e)).isEqualTo("{\"line\":5,\"caseId\":\"C-2\","
                + "\"configurationError\":{\"profile\":\"yn-ludian\",\"parameter\":\"standard\","
                + "\"residence\":\"URBAN\",\"date\":\"2017-03-01\","
                + "\"message\":\"profile yn-ludian has no value for standard (residence URBAN) on 2017-03-01\"}}");
    }
}
