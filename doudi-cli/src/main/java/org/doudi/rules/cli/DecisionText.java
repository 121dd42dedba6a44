package org.doudi.rules.cli;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.decision.HomeVisit;
import org.doudi.rules.api.decision.IncomeSummary;
import org.doudi.rules.api.decision.ParameterSource;
import org.doudi.rules.api.decision.PhaseOut;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.decision.Recusal;
import org.doudi.rules.api.decision.Unit;
import org.doudi.rules.api.decision.Verification;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.drools.ReasonMessages;

/**
 * A decision as readable text ({@code doudi explain}): a header with case, profile, date, outcome, coverage, status
 * and standard; the income figures; each unit; the total; subsidies, grants and verification duties when there are
 * any; then every reason with its code, rule id, clause, member, figures, message and, for each profile value it used,
 * the value with its source and the date it took effect ("依据：云民发〔2023〕72号，2023-07-01起执行"). The standard
 * in the header shows its source and date too. Chinese, or English.
 *
 * <p>Codes (enum values, reason codes, rule ids) are printed as they appear in the JSON, with a label in the chosen
 * language, so the text can be matched against the decision. The result is deterministic and ends with a newline.
 */
public final class DecisionText {

    /** The words for codes of the built-in reason messages. */
    private static final ReasonMessages WORDS = ReasonMessages.builtIn();

    private final Lang lang;
    private final StringBuilder text = new StringBuilder();

    private DecisionText(Lang lang) {
        this.lang = lang;
    }

    /**
     * Renders a decision.
     *
     * @param decision     the decision, not null
     * @param profileName  the profile's name (e.g. 会宁县), or null when unknown
     * @param lang         the language, not null
     * @return the text, lines ending in {@code \n}, never null; every identifier in it masked ({@link Scrubber})
     */
    public static String render(Decision decision, String profileName, Lang lang) {
        Objects.requireNonNull(decision, "decision");
        DecisionText t = new DecisionText(Objects.requireNonNull(lang, "lang"));
        t.header(decision, profileName);
        t.income(decision);
        t.units(decision);
        t.extras(decision);
        t.subsidies(decision.disabilitySubsidies());
        t.verification(decision);
        t.reasons(decision.reasons());
        // text for people: every identifier masked, the caller's keys included (the one masking rule, policy §15)
        return Scrubber.scrub(t.text.toString());
    }

    // ------------------------------------------------------------------------------------------------------ sections

    private void header(Decision d, String profileName) {
        line(pick("低保审核结果", "Dibao decision"));
        field(pick("案件编号", "Case"), d.caseId());
        field(pick("地区档案", "Profile"), profileName == null || profileName.isBlank() ? d.profile()
                : d.profile() + " " + profileName);
        field(pick("评估日期", "Date"), String.valueOf(d.asOf()));
        field(pick("办理类型", "Kind"), labelled(d.kind(), kindLabel(d.kind())));
        field(pick("审核结论", "Outcome"), labelled(d.outcome(), outcomeLabel(d.outcome())));
        field(pick("保障范围", "Coverage"), labelled(d.coverage(), coverageLabel(d.coverage())));
        field(pick("家庭类别", "Household status"), labelled(d.householdStatus(), statusLabel(d.householdStatus())));
        field(pick("低保标准", "Standard"), perPersonMonth(d.standard()) + standardSource(d));
    }

    /** The source of the standard in force, as the decision's reasons name it, or "" when no reason names it. */
    private String standardSource(Decision d) {
        return d.reasons().stream().flatMap(r -> r.sources().stream())
                .filter(s -> s.parameter().equals("standard") && s.value() != null)
                .findFirst().map(s -> pick("（", " (") + origin(s) + pick("）", ")")).orElse("");
    }

    private void income(Decision d) {
        blank();
        line(pick("家庭收入", "Income"));
        IncomeSummary i = d.income();
        if (i == null) {
            item(pick("无", "none"));
        } else {
            item(pick("计入人数", "Counted members") + colon() + i.countedMembers());
            item(pick("总收入", "Gross income") + colon() + yuan(i.gross()));
            item(pick("不计入的收入", "Excluded income") + colon() + yuan(i.excluded()));
            item(pick("扣减的刚性支出", "Deductions") + colon() + yuan(i.deductions()));
            item(pick("月净收入", "Net income") + colon() + yuan(i.net()));
            item(pick("月人均收入", "Per capita") + colon() + yuan(i.perCapita()));
        }
        item(pick("财产状况", "Assets") + colon() + (d.assetsPassed() ? pick("符合规定", "within the limits")
                : pick("不符合规定", "over the limits")));
    }

    private void units(Decision d) {
        blank();
        line(pick("保障单元", "Units"));
        List<Unit> units = d.units();
        if (units.isEmpty()) {
            item(pick("无", "none"));
        }
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            item((k + 1) + ". " + pick("成员", "members") + colon() + String.join(", ", u.members())
                    + sep() + pick("类别", "category") + colon() + (u.category() == null ? dash() : u.category())
                    + sep() + pick("保障类型", "support type") + colon()
                    + (u.supportType() == null ? dash() : labelled(u.supportType(), supportLabel(u.supportType().name())))
                    + sep() + pick("月保障金", "monthly amount") + colon() + yuan(u.monthlyAmount()));
        }
        blank();
        field(pick("月保障金合计", "Total monthly amount"), yuan(d.monthlyAmount()));
    }

    private void extras(Decision d) {
        PhaseOut p = d.phaseOut();
        if (p != null) {
            field(pick("渐退期", "Phase-out"), p.startMonth() + pick(" 至 ", " to ") + p.endMonth()
                    + sep() + pick("本月发放", "this month") + colon() + yuan(p.monthlyAmount()));
        }
        if (d.voluntaryExitGrant() != null) {
            field(pick("主动退出奖励", "Voluntary-exit grant"), yuan(d.voluntaryExitGrant()));
        }
        if (d.temporaryAssistance() != null) {
            field(pick("临时救助（先行救助）", "Temporary assistance"), yuan(d.temporaryAssistance()));
        }
    }

    private void subsidies(List<DisabilitySubsidy> subsidies) {
        if (subsidies.isEmpty()) {
            return;
        }
        blank();
        line(pick("残疾人两项补贴", "Disability subsidies"));
        for (DisabilitySubsidy s : subsidies) {
            StringBuilder b = new StringBuilder(s.memberId()).append(colon());
            boolean first = true;
            if (s.livingDue()) {
                b.append(pick("生活补贴 ", "living ")).append(configured(s.living()));
                first = false;
            }
            if (s.nursingDue()) {
                if (!first) {
                    b.append(sep());
                }
                b.append(pick("护理补贴 ", "nursing ")).append(configured(s.nursing()));
            }
            item(b.toString());
        }
    }

    private void verification(Decision d) {
        Verification v = d.verification();
        boolean any = v != null && (v.filingRequired() || v.homeVisit() == HomeVisit.MANDATORY
                || !v.relatedStaff().isEmpty());
        if (!any && d.recusals().isEmpty() && d.procedureProblems().isEmpty()) {
            return;
        }
        blank();
        line(pick("核查要求", "Verification"));
        if (v != null) {
            item(pick("备案", "Filing") + colon() + (v.filingRequired() ? pick("需要", "required") : pick("不需要", "not required")));
            item(pick("入户核查", "Home visit") + colon() + labelled(v.homeVisit(),
                    v.homeVisit() == HomeVisit.MANDATORY
                            ? pick("全部入户", "every case") : pick("抽查", "sampled")));
            for (StaffRelation r : v.relatedStaff()) {
                item(pick("相关工作人员", "Related staff") + colon() + r.staffId() + " ("
                        + labelled(r.staffRole(), word("staffRole", r.staffRole())) + ")"
                        + pick(" 与成员 ", ", member ") + r.memberId() + sep()
                        + labelled(r.relation(), word("relation", r.relation())));
            }
        }
        for (Recusal r : d.recusals()) {
            item(pick("回避", "Recusal") + colon() + r.staffId() + pick(" 与成员 ", ", member ") + r.memberId()
                    + sep() + labelled(r.relation(), word("relation", r.relation())));
        }
        if (!d.procedureProblems().isEmpty()) {
            item(pick("程序问题", "Procedure problems") + colon() + d.procedureProblems().stream().map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    private void reasons(List<Reason> reasons) {
        blank();
        line(pick("理由", "Reasons"));
        if (reasons.isEmpty()) {
            item(pick("无", "none"));
        }
        for (int k = 0; k < reasons.size(); k++) {
            Reason r = reasons.get(k);
            item((k + 1) + ". " + r.code() + " [" + r.ruleId() + "]");
            detail(pick("依据", "Clause"), r.clause() == null ? dash() : r.clause());
            if (r.memberId() != null) {
                detail(pick("成员", "Member"), r.memberId());
            }
            if (!r.figures().isEmpty()) {
                detail(pick("数据", "Figures"), figures(r.figures()));
            }
            detail(pick("说明", "Message"), r.message() == null ? dash() : r.message());
            for (ParameterSource s : r.sources()) {
                detail(pick("参数", "Parameter"), s.parameter() + " = "
                        + (s.value() == null ? pick("未设置", "not set") : s.value())
                        + pick("（", " (") + origin(s) + pick("）", ")"));
            }
        }
    }

    /**
     * Where a value comes from: "依据：SOURCE，2023-07-01起执行" ("source: SOURCE, in force from 2023-07-01"); an undated
     * value holds for all dates, and an entry the profile lacks has no source.
     */
    private String origin(ParameterSource s) {
        if (s.source() == null) {
            return pick("档案中无此项", "no entry in the profile");
        }
        String source = s.source();
        String from = s.from() == null ? pick("不分日期", "for all dates")
                : pick(s.from() + "起执行", "in force from " + s.from());
        return pick("依据：", "source: ") + source + pick("，", ", ") + from;
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private String figures(Map<String, Object> figures) {
        return figures.entrySet().stream()
                .map(e -> e.getKey() + " = " + (e.getValue() == null ? dash() : String.valueOf(e.getValue())))
                .collect(Collectors.joining(sep()));
    }

    private String pick(String zh, String en) {
        return lang.pick(zh, en);
    }

    private String colon() {
        return pick("：", ": ");
    }

    private String sep() {
        return pick("；", "; ");
    }

    private String dash() {
        return pick("无", "none");
    }

    private String yuan(Money m) {
        return m == null ? dash() : pick(m + " 元", m + " yuan");
    }

    private String configured(Money m) {
        return m == null ? pick("（金额未配置）", "(amount not configured)") : yuan(m);
    }

    private String perPersonMonth(Money m) {
        return m == null ? dash() : pick(m + " 元/人·月", m + " yuan per person per month");
    }

    private static String labelled(Object code, String label) {
        if (code == null) {
            return "-";
        }
        return label == null ? String.valueOf(code) : code + " (" + label + ")";
    }

    /** The words the reason messages use for a code (relations, staff roles), or null. */
    private String word(String figure, Object code) {
        return code == null ? null : WORDS.words(lang.locale(), figure, code.toString());
    }

    private String kindLabel(Object kind) {
        return kind == null ? null : switch (kind.toString()) {
            case "APPLICATION" -> pick("申请", "application");
            case "REVIEW" -> pick("复核", "review");
            case "VOLUNTARY_EXIT" -> pick("主动申请退出", "voluntary exit");
            default -> null;
        };
    }

    private String outcomeLabel(Object outcome) {
        return outcome == null ? null : switch (outcome.toString()) {
            case "ELIGIBLE" -> pick("符合低保条件", "eligible");
            case "INELIGIBLE" -> pick("不符合低保条件", "not eligible");
            case "PHASE_OUT" -> pick("渐退", "phase-out");
            case "EXIT" -> pick("退出低保", "exit");
            default -> null;
        };
    }

    private String coverageLabel(Object coverage) {
        return coverage == null ? null : switch (coverage.toString()) {
            case "WHOLE_HOUSEHOLD" -> pick("整户保障", "whole household");
            case "SINGLE_PERSON" -> pick("单人户保障", "single person");
            case "NONE" -> pick("不予保障", "none");
            default -> null;
        };
    }

    private String statusLabel(Object status) {
        return status == null ? null : switch (status.toString()) {
            case "DIBAO" -> pick("低保家庭", "dibao household");
            case "EDGE" -> pick("低保边缘家庭", "edge household");
            case "ABOVE_EDGE" -> pick("高于低保边缘", "above the edge");
            default -> null;
        };
    }

    private String supportLabel(String supportType) {
        return switch (supportType) {
            case "BACKSTOP" -> pick("兜底保障对象", "backstop");
            case "GENERAL" -> pick("一般保障对象", "general");
            default -> null;
        };
    }

    private void field(String label, String value) {
        line(label + colon() + (value == null ? dash() : value));
    }

    private void item(String s) {
        line("  " + s);
    }

    private void detail(String label, String value) {
        line("     " + label + colon() + value);
    }

    private void blank() {
        text.append('\n');
    }

    private void line(String s) {
        text.append(s).append('\n');
    }
}
