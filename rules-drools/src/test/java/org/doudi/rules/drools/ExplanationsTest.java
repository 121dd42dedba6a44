package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.rules.drools.Cases.application;
import static org.doudi.rules.drools.Cases.head;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.HouseholdStatus;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.HouseholdFlag;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.Vehicle;
import org.doudi.rules.api.request.VehicleKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Explanations and configuration errors that only show while deciding. */
class ExplanationsTest {

    /** The code of a reason: the first argument of ReasonFact.of/household, or either branch of a conditional code. */
    static final Pattern CODE = Pattern.compile(
            "ReasonFact\\.(?:of|household)\\(\\s*\"([A-Z_]+)\"|\\? \"([A-Z_]+)\" : \"([A-Z_]+)\"");

    @Test
    @DisplayName("每个规则产生的理由代码都有中文和英文信息模板")
    void everyReasonCodeHasMessages() {
        ReasonMessages messages = ReasonMessages.builtIn();
        Set<String> codes = new TreeSet<>();
        for (String source : RuleSet.readBuiltInSources().values()) {
            Matcher m = CODE.matcher(source);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        codes.add(m.group(g));
                    }
                }
            }
        }
        assertThat(codes).contains("INCOME_BELOW_STANDARD", "LIVING_SUBSIDY", "NURSING_SUBSIDY", "FILING_REQUIRED");
        assertThat(codes).allSatisfy(code -> {
            assertThat(messages.has(Locale.CHINESE, code)).as("zh " + code).isTrue();
            assertThat(messages.has(Locale.ENGLISH, code)).as("en " + code).isTrue();
        });
    }

    /** A rule of a DRL file: its id and its text (header to {@code end}). */
    record RuleText(String id, String text) {
    }

    static List<RuleText> rules(String drl) {
        List<RuleText> rules = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("(?ms)^rule \"[^\"]*\"(.*?)^end\\b").matcher(drl);
        while (m.find()) {
            Matcher id = Pattern.compile("@ruleId\\(\"([^\"]+)\"\\)").matcher(m.group(1));
            rules.add(new RuleText(id.find() ? id.group(1) : "?", m.group(1)));
        }
        return rules;
    }

    /** The text of every {@code .using( ... )} argument list of a rule, joined. */
    static String usingArguments(String body) {
        StringBuilder named = new StringBuilder();
        for (int at = body.indexOf(".using("); at >= 0; at = body.indexOf(".using(", at + 1)) {
            int depth = 0;
            for (int k = at + ".using".length(); k < body.length(); k++) {
                char c = body.charAt(k);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 0) {
                    named.append(body, at, k + 1).append('\n');
                    break;
                }
            }
        }
        return named.toString();
    }

    @Test
    @DisplayName("每条给出理由的规则，凡读取档案参数（条件或结论中），都在理由中列明该参数的来源（using）")
    void everyRuleNamesTheProfileValuesItReads() {
        // a Parameters getter is the parameter's dotted name in camel case: assets.vehicleValueCap → assetsVehicleValueCap
        java.util.Map<String, String> byGetter = new java.util.LinkedHashMap<>();
        for (String name : org.doudi.rules.profile.Parameters.names()) {
            byGetter.put(Pattern.compile("\\.(\\w)").matcher(name).replaceAll(r -> r.group(1).toUpperCase()), name);
        }
        int checked = 0;
        for (String drl : RuleSet.readBuiltInSources().values()) {
            for (RuleText rule : rules(drl)) {
                String body = rule.text().substring(rule.text().indexOf("when"));
                if (!body.contains("ReasonFact.")) {
                    continue;
                }
                String code = body.replaceAll("\"[^\"]*\"", "\"\"");  // identifiers only, outside strings
                String named = usingArguments(body);
                for (var getter : byGetter.entrySet()) {
                    if (Pattern.compile("\\b" + getter.getKey() + "\\b").matcher(code).find()) {
                        checked++;
                        assertThat(named).as("%s reads %s: its reason must name \"%s\" in using(...)", rule.id(),
                                getter.getKey(), getter.getValue())
                                .containsPattern("\"" + Pattern.quote(getter.getValue()) + "[.\"]");
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    @DisplayName("两条规则得出同一结论时，两条规则都列入 firedRules，各自给出理由")
    void everyStandingRuleIsListed() {
        Decision d = TestRules.builtIn().decide(application("gs-huining", "2020-06-15", Residence.RURAL)
                .members(head("1970-01-01", LaborCapacity.FULL).caregiver(true)
                        .certificate(Certificate.SECOND_GENERATION)
                        .disabilities(List.of(new Disability(DisabilityType.VISUAL, 2))).build()).build());
        assertThat(d.units().get(0).category()).isEqualTo(2);
        assertThat(d.firedRules()).contains("DB-CAT-002", "DB-CAT-003", "DB-CAT-010");
        assertThat(d.reasons()).filteredOn(r -> r.code().equals("CATEGORY_ASSIGNED"))
                .extracting(r -> r.figures().get("basis"))
                .containsExactlyInAnyOrder("SEVERE_DISABILITY_OR_ILLNESS", "PREGNANCY_NURSING_OR_CARE");
    }

    @Test
    @DisplayName("定额发放缺少某类别的金额、分档补差却未启用分类：配置错误，不是程序异常")
    void paymentParametersThatDoNotFit() {
        DroolsEligibilityService service = DroolsEligibilityService.fromDirectories(null,
                Path.of("src/test/resources/params-misconfigured").toAbsolutePath());
        assertThatThrownBy(() -> service.decide(application("test-fixed-partial", "2020-06-01", Residence.URBAN)
                .members(head("1970-01-01", LaborCapacity.FULL).build()).build()))
                .isInstanceOfSatisfying(PolicyConfigurationException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("payment.perPerson.4");
                    assertThat(e.residence()).isEqualTo("URBAN");
                });
        assertThat(service.decide(application("test-fixed-partial", "2020-06-01", Residence.URBAN)
                .members(head("1940-01-01", LaborCapacity.NONE).build()).build()).monthlyAmount())
                .hasToString("300.00");
        assertThatThrownBy(() -> service.decide(application("test-graded-without-categories", "2020-06-01",
                Residence.URBAN).members(head("1970-01-01", LaborCapacity.FULL).build()).build()))
                .isInstanceOf(PolicyConfigurationException.class)
                .hasMessageContaining("category.enabled");
    }

    /**
     * 农村定额只配置了一类的会宁测试档案（2021年，S = 399）：未脱贫建档立卡户，户主月工资1200元，子女一级肢体残疾（部分劳动能力）、
     * 无收入。子女按会宁2020单人户规则可单独施保（二类），二类没有定额。
     */
    static EvaluationRequest.Builder registeredHouseholdWithASeverelyDisabledChild() {
        return application("test-huining-partial", "2021-06-01", Residence.RURAL)
                .flags(List.of(HouseholdFlag.REGISTERED_POOR)).members(
                        head("1970-01-01", LaborCapacity.FULL).incomes(Cases.wage("1200.00")).build(),
                        Cases.person("m2", HeadRelation.CHILD, "1995-01-01", LaborCapacity.PARTIAL)
                                .certificate(Certificate.SECOND_GENERATION)
                                .disabilities(List.of(new Disability(DisabilityType.PHYSICAL, 1))).build());
    }

    @Test
    @DisplayName("有一辆非必需轿车：财产不符，单人户被撤回，不需要二类定额——不是配置错误；没有轿车时单人户成立，缺二类定额才是配置错误")
    void aPaymentEntryOnlyAWithdrawnUnitWouldNeedIsNoError() {
        DroolsEligibilityService service = DroolsEligibilityService.fromDirectories(null,
                Path.of("src/test/resources/params-misconfigured").toAbsolutePath());
        EvaluationRequest withCar = registeredHouseholdWithASeverelyDisabledChild()
                .assets(new Assets(Money.ZERO, List.of(new Vehicle(VehicleKind.CAR, Money.parse("50000.00"), false)),
                        0, 0, false, Money.ZERO))
                .build();
        Decision d = service.decide(withCar);
        assertThat(d.assetsPassed()).isFalse();
        assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.ABOVE_EDGE);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.units()).isEmpty();
        assertThat(d.firedRules()).doesNotContain("DB-PAY-002", "DB-SGL-041");

        assertThatThrownBy(() -> service.decide(registeredHouseholdWithASeverelyDisabledChild().build()))
                .isInstanceOfSatisfying(PolicyConfigurationException.class, e -> {
                    assertThat(e.profile()).isEqualTo("test-huining-partial");
                    assertThat(e.parameter()).isEqualTo("payment.perPerson.2");
                    assertThat(e.residence()).isEqualTo("RURAL");
                    assertThat(e.date()).isEqualTo(LocalDate.parse("2021-06-01"));
                });
    }
}
