package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.StaffRole;
import org.junit.jupiter.api.Test;

/** The text of {@code doudi explain}, on a decision with every optional part. */
class DecisionTextTest {

    private static Decision decision() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("net", Money.parse("780"));
        figures.put("standardTimesMembers", Money.parse("1005"));
        Reason reason = new Reason("INCOME_BELOW_STANDARD", "DB-ELIG-001", null, "社会救助暂行办法 第九条", figures,
                "家庭月人均收入 260.00 元低于当地低保标准 335.00 元",
                List.of(new ParameterSource("standard", "335.00", LocalDate.of(2019, 1, 1), "甘肃省 2019 年标准（测试）"),
                        new ParameterSource("edge.multiplier", "1.5", null, "民发〔2021〕57号"),
                        new ParameterSource("deduction.employmentCostCap", null, null, "不设上限"),
                        new ParameterSource("voluntaryExit.minMonths", null, null, null)));
        Reason memberReason = new Reason("LIVING_SUBSIDY", "DB-SUB-001", "m1", "残疾人两项补贴 第三条", Map.of(),
                "m1 享受困难残疾人生活补贴");
        return new Decision("GS-2020-0007", "gs-huining", LocalDate.of(2020, 6, 15), Kind.APPLICATION,
                Outcome.PHASE_OUT, Coverage.WHOLE_HOUSEHOLD, HouseholdStatus.DIBAO, Money.parse("335.00"),
                new IncomeSummary(3, Money.parse("900"), Money.ZERO, Money.parse("120"), Money.parse("780"),
                        Money.parse("260")),
                true,
                List.of(new Unit(List.of("m1", "m2", "m3"), 3, SupportType.BACKSTOP, Money.parse("252"))),
                Money.parse("252"),
                new PhaseOut(YearMonth.of(2020, 1), YearMonth.of(2020, 12), Money.parse("636")),
                null, Money.parse("1005"),
                List.of(new DisabilitySubsidy("m1", true, Money.parse("10"), true, null)),
                new Verification(true, HomeVisit.MANDATORY, List.of(
                        new StaffRelation("m1", "s9", StaffRole.VILLAGE_COMMITTEE, KinRelation.SIBLING))),
                List.of(new Recusal("s9", "m1", KinRelation.SIBLING)),
                List.of(ProcedureProblem.HOME_VISIT_TEAM_TOO_SMALL),
                List.of(reason, memberReason), List.of("DB-ELIG-001", "DB-SUB-001"));
    }

    @Test
    void chineseTextShowsEveryPart() {
        String text = DecisionText.render(decision(), "会宁县", Lang.ZH);

        assertThat(text).contains("GS-2020-0007", "gs-huining 会宁县", "2020-06-15", "PHASE_OUT", "WHOLE_HOUSEHOLD",
                "DIBAO", "335.00", "780.00", "260.00", "m1, m2, m3", "BACKSTOP", "252.00", "2020-01", "2020-12",
                "636.00", "1005.00", "生活补贴 10.00 元", "护理补贴 （金额未配置）", "MANDATORY", "s9",
                "HOME_VISIT_TEAM_TOO_SMALL", "INCOME_BELOW_STANDARD", "DB-ELIG-001", "社会救助暂行办法 第九条",
                "net = 780.00", "家庭月人均收入 260.00 元低于当地低保标准 335.00 元", "LIVING_SUBSIDY", "成员：m1");
        assertThat(text).endsWith("\n").doesNotContain("\r");
        assertThat(text).contains("低保标准：335.00 元/人·月（依据：甘肃省 2019 年标准（测试），2019-01-01起执行）",
                "参数：standard = 335.00（依据：甘肃省 2019 年标准（测试），2019-01-01起执行）",
                "参数：edge.multiplier = 1.5（依据：民发〔2021〕57号，不分日期）",
                "参数：deduction.employmentCostCap = 未设置（依据：不设上限，不分日期）",
                "参数：voluntaryExit.minMonths = 未设置（档案中无此项）");
        assertThat(text).contains("回避：s9 与成员 m1；SIBLING (兄弟姐妹)");
    }

    @Test
    void englishTextUsesEnglishLabels() {
        String text = DecisionText.render(decision(), null, Lang.EN);

        assertThat(text).contains("Case: GS-2020-0007", "Outcome: PHASE_OUT", "Phase-out", "Disability subsidies",
                "nursing (amount not configured)", "Verification", "Recusal", "Reasons", "Clause: 社会救助暂行办法 第九条",
                "Standard: 335.00 yuan per person per month (source: 甘肃省 2019 年标准（测试）, in force from 2019-01-01)",
                "Parameter: edge.multiplier = 1.5 (source: 民发〔2021〕57号, for all dates)",
                "Parameter: deduction.employmentCostCap = not set (source: 不设上限, for all dates)",
                "Parameter: voluntaryExit.minMonths = not set (no entry in the profile)");
        assertThat(text).contains("Recusal: s9, member m1; SIBLING (sibling)");
    }

    @Test
    void theSameDecisionGivesTheSameText() {
        assertThat(DecisionText.render(decision(), "会宁县", Lang.ZH))
                .isEqualTo(DecisionText.render(decision(), "会宁县", Lang.ZH));
    }
}
