package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.rules.drools.Cases.application;
import static org.doudi.rules.drools.Cases.head;
import static org.doudi.rules.drools.Cases.income;
import static org.doudi.rules.drools.Cases.person;
import static org.doudi.rules.drools.Cases.wage;
import static org.doudi.rules.drools.Cases.yuan;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.doudi.rules.api.InvalidRequestException;
import org.doudi.rules.api.decision.Coverage;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.decision.HouseholdStatus;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.PhaseOut;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.decision.SupportType;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.HouseholdFlag;
import org.doudi.rules.api.request.IncomeRiseCause;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.Residence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Who is left out or kept in too long: single-person coverage (§6), review, phase-out and exits (§9), temporary
 * assistance first (§10), and the two disability subsidies (§11).
 */
class CoverageScenariosTest {

    static final DroolsEligibilityService service = TestRules.withTestProfiles();

    static Decision decide(EvaluationRequest.Builder b) {
        return service.decide(b.build(), Locale.CHINESE);
    }

    static List<String> codes(Decision d) {
        return d.reasons().stream().map(Reason::code).toList();
    }

    static Member.Builder severelyDisabled(String id, HeadRelation relation, DisabilityType type, int grade) {
        return person(id, relation, "1990-01-01", LaborCapacity.NONE).certificate(Certificate.SECOND_GENERATION)
                .disabilities(List.of(new Disability(type, grade)));
    }

    static Enrollment enrolled(String since, Integer category, String amount, List<String> members,
                               String exceededSince, IncomeRiseCause cause) {
        return new Enrollment(YearMonth.parse(since), category, yuan(amount), members,
                exceededSince == null ? null : YearMonth.parse(exceededSince), cause, false, null, null);
    }

    @Nested
    @DisplayName("§6 单人户（全国2021）：低保边缘家庭中的重残、三级智力精神残疾或重病成员")
    class National2021 {

        // test-national URBAN 2020: S = 500; two members: S × n = 1000, edge limit 1500
        EvaluationRequest.Builder edgeHouseholdWith(Member.Builder second) {
            return application("test-national", "2020-06-01", Residence.URBAN).members(
                    head("1960-01-01", LaborCapacity.FULL).incomes(wage("1200.00")).build(), second.build());
        }

        @Test
        @DisplayName("边缘家庭的一级肢体残疾子女单独施保，按本人收入（0）补差 500 元")
        void severeDisabilityCovered() {
            Decision d = decide(edgeHouseholdWith(severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.PHYSICAL, 1)));
            assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.EDGE);
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(d.coverage()).isEqualTo(Coverage.SINGLE_PERSON);
            assertThat(d.units()).singleElement().satisfies(u -> {
                assertThat(u.members()).containsExactly("m2");
                assertThat(u.category()).isNull();
                assertThat(u.monthlyAmount()).isEqualTo(yuan("500.00"));
            });
            assertThat(d.reasons()).anySatisfy(r -> {
                assertThat(r.code()).isEqualTo("SINGLE_PERSON_COVERED");
                assertThat(r.memberId()).isEqualTo("m2");
            });
        }

        @Test
        @DisplayName("三级智力残疾、重特大疾病也可单独施保；三级肢体残疾不可")
        void whoQualifies() {
            assertThat(decide(edgeHouseholdWith(severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.INTELLECTUAL, 3)))
                    .coverage()).isEqualTo(Coverage.SINGLE_PERSON);
            assertThat(decide(edgeHouseholdWith(person("m2", HeadRelation.SPOUSE, "1962-01-01", LaborCapacity.NONE)
                    .catastrophicIllness(true))).coverage()).isEqualTo(Coverage.SINGLE_PERSON);
            Decision grade3Physical = decide(edgeHouseholdWith(
                    severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.PHYSICAL, 3)));
            assertThat(grade3Physical.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(grade3Physical.units()).isEmpty();
        }

        @Test
        @DisplayName("残疾证缺失时不认定残疾，不单独施保")
        void noCertificateNoDisability() {
            Decision d = decide(edgeHouseholdWith(severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.PHYSICAL, 1)
                    .certificate(Certificate.NONE)));
            assertThat(d.coverage()).isEqualTo(Coverage.NONE);
        }

        @Test
        @DisplayName("边缘以上家庭（净收入不低于 1.5×S×n）中的重残成员不单独施保")
        void aboveEdgeNotCovered() {
            Decision d = decide(application("test-national", "2020-06-01", Residence.URBAN).members(
                    head("1960-01-01", LaborCapacity.FULL).incomes(wage("1500.00")).build(),
                    severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.PHYSICAL, 1).build()));
            assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.ABOVE_EDGE);
            assertThat(d.coverage()).isEqualTo(Coverage.NONE);
        }

        @Test
        @DisplayName("本人收入不低于标准：不单独施保，理由 SINGLE_PERSON_INCOME_NOT_BELOW")
        void ownIncomeNotBelow() {
            Decision d = decide(application("test-national", "2020-06-01", Residence.URBAN).members(
                    head("1960-01-01", LaborCapacity.FULL).incomes(wage("700.00")).build(),
                    severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.PHYSICAL, 1)
                            .incomes(List.of(income(IncomeType.TRANSFER, "500.00"))).build()));
            assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.EDGE);
            assertThat(d.coverage()).isEqualTo(Coverage.NONE);
            assertThat(d.reasons()).anySatisfy(r -> {
                assertThat(r.code()).isEqualTo("SINGLE_PERSON_INCOME_NOT_BELOW");
                assertThat(r.memberId()).isEqualTo("m2");
            });
        }

        @Test
        @DisplayName("财产不符合规定时，任何成员都不单独施保")
        void assetsBlockSinglePerson() {
            Decision d = decide(edgeHouseholdWith(severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.PHYSICAL, 1))
                    .assets(new Assets(null, null, 3, 0, false, null)));
            assertThat(d.assetsPassed()).isFalse();
            assertThat(d.coverage()).isEqualTo(Coverage.NONE);
        }

        @Test
        @DisplayName("就业成本按工资经营收入的 20% 封顶扣减（四舍五入到分）")
        void employmentCostCap() {
            Decision d = decide(application("test-national", "2020-06-01", Residence.URBAN).members(
                    head("1960-01-01", LaborCapacity.FULL).incomes(wage("333.33"))
                            .expenses(List.of(new Expense(ExpenseType.EMPLOYMENT_COST, yuan("100.00")))).build()));
            // cap 0.2 × 333.33 = 66.666 → 66.67
            assertThat(d.income().deductions()).isEqualTo(yuan("66.67"));
            assertThat(d.income().net()).isEqualTo(yuan("266.66"));
        }
    }

    @Nested
    @DisplayName("§6 单人户（鲁甸2019）：依附家庭、生活困难的重残人员、三四级智力精神残疾人、大病救助对象")
    class Ludian2019 {

        // yn-ludian URBAN 2020-07-01: S = 640; n = 2: S × n = 1280, edge limit 1920
        EvaluationRequest.Builder edgeHousehold(Member.Builder second) {
            return application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                    head("1960-01-01", LaborCapacity.FULL).incomes(wage("1500.00")).build(), second.build());
        }

        @Test
        @DisplayName("依附家庭的一级视力残疾人单独施保；不依附家庭的不施保")
        void dependsOnFamilyRequired() {
            assertThat(decide(edgeHousehold(severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.VISUAL, 1)
                    .dependsOnFamily(true))).coverage()).isEqualTo(Coverage.SINGLE_PERSON);
            assertThat(decide(edgeHousehold(severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.VISUAL, 1)))
                    .coverage()).isEqualTo(Coverage.NONE);
        }

        @Test
        @DisplayName("四级精神残疾：建档立卡户中单独施保（兜底保障对象），非建档立卡户不施保")
        void grade4MentalNeedsRegistration() {
            var member = severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.MENTAL, 4).dependsOnFamily(true);
            Decision registered = decide(edgeHousehold(member).flags(List.of(HouseholdFlag.OUT_OF_POVERTY)));
            assertThat(registered.coverage()).isEqualTo(Coverage.SINGLE_PERSON);
            assertThat(registered.units().get(0).supportType()).isEqualTo(SupportType.BACKSTOP);
            assertThat(decide(edgeHousehold(member)).coverage()).isEqualTo(Coverage.NONE);
        }

        @Test
        @DisplayName("已获大病救助的依附家庭成员单独施保")
        void illnessAid() {
            assertThat(decide(edgeHousehold(person("m2", HeadRelation.SPOUSE, "1962-01-01", LaborCapacity.PARTIAL)
                    .dependsOnFamily(true).illnessAidReceived(true))).coverage()).isEqualTo(Coverage.SINGLE_PERSON);
        }

        @Test
        @DisplayName("完全或部分丧失劳动能力的才单独施保：有完全劳动能力的重残、三四级智力精神残疾或大病救助成员不单独施保（第二版）")
        void laborCapacityPartialOrNone() {
            for (LaborCapacity capacity : LaborCapacity.values()) {
                Coverage expected = capacity == LaborCapacity.FULL ? Coverage.NONE : Coverage.SINGLE_PERSON;
                assertThat(decide(edgeHousehold(severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.VISUAL, 1)
                        .laborCapacity(capacity).dependsOnFamily(true))).coverage()).as("severe, %s", capacity)
                        .isEqualTo(expected);
                assertThat(decide(edgeHousehold(severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.MENTAL, 4)
                        .laborCapacity(capacity).dependsOnFamily(true))
                        .flags(List.of(HouseholdFlag.REGISTERED_POOR))).coverage()).as("grade 4, %s", capacity)
                        .isEqualTo(expected);
                assertThat(decide(edgeHousehold(person("m2", HeadRelation.SPOUSE, "1962-01-01", capacity)
                        .dependsOnFamily(true).illnessAidReceived(true))).coverage()).as("illness aid, %s", capacity)
                        .isEqualTo(expected);
            }
        }
    }

    @Nested
    @DisplayName("§6 单人户（会宁2020）：未脱贫户重残重病、边缘家庭重残；边缘家庭重病应整户施保")
    class Huining2020 {

        // gs-huining RURAL 2021-03-01: S = 399; n = 2: S × n = 798, edge limit 1197
        EvaluationRequest.Builder household(String headWage, Member.Builder second) {
            return application("gs-huining", "2021-03-01", Residence.RURAL).members(
                    head("1960-10-10", LaborCapacity.FULL).incomes(wage(headWage)).build(), second.build());
        }

        @Test
        @DisplayName("示例 05：边缘家庭中的一级智力残疾人单人户施保，一类，399 元，并享受两项补贴各 100 元")
        void example05() {
            Decision d = decide(household("900.00", severelyDisabled("m2", HeadRelation.CHILD,
                    DisabilityType.INTELLECTUAL, 1).longTermCare(true)));
            assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.EDGE);
            assertThat(d.coverage()).isEqualTo(Coverage.SINGLE_PERSON);
            assertThat(d.units()).singleElement().satisfies(u -> {
                assertThat(u.members()).containsExactly("m2");
                assertThat(u.category()).isEqualTo(1);
                assertThat(u.monthlyAmount()).isEqualTo(yuan("399.00"));
            });
            assertThat(d.disabilitySubsidies()).containsExactly(
                    new DisabilitySubsidy("m2", true, yuan("100.00"), true, yuan("100.00")));
        }

        @Test
        @DisplayName("示例 06：非建档立卡的边缘家庭中的重病患者不单独施保（应整户施保）")
        void example06() {
            Decision d = decide(household("900.00", person("m2", HeadRelation.SPOUSE, "1962-01-01", LaborCapacity.NONE)
                    .catastrophicIllness(true)));
            assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(d.coverage()).isEqualTo(Coverage.NONE);
            assertThat(codes(d)).contains("INCOME_NOT_BELOW_STANDARD", "SINGLE_PERSON_NOT_FOR_ILLNESS");
            assertThat(d.reasons()).filteredOn(r -> r.code().equals("SINGLE_PERSON_NOT_FOR_ILLNESS"))
                    .extracting(Reason::memberId).containsExactly("m2");
        }

        @Test
        @DisplayName("已脱贫建档立卡的边缘家庭，重病患者同样不单独施保")
        void outOfPovertyEdgeIllness() {
            Decision d = decide(household("900.00", person("m2", HeadRelation.SPOUSE, "1962-01-01", LaborCapacity.NONE)
                    .catastrophicIllness(true)).flags(List.of(HouseholdFlag.OUT_OF_POVERTY)));
            assertThat(d.coverage()).isEqualTo(Coverage.NONE);
            assertThat(codes(d)).contains("SINGLE_PERSON_NOT_FOR_ILLNESS");
        }

        @Test
        @DisplayName("未脱贫建档立卡户中的重病患者，即使家庭收入在边缘以上，也单独施保（二类）")
        void notYetOutOfPovertyAnyStatus() {
            Decision d = decide(household("2000.00", person("m2", HeadRelation.SPOUSE, "1962-01-01", LaborCapacity.PARTIAL)
                    .catastrophicIllness(true)).flags(List.of(HouseholdFlag.REGISTERED_POOR)));
            assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.ABOVE_EDGE);
            assertThat(d.coverage()).isEqualTo(Coverage.SINGLE_PERSON);
            assertThat(d.units().get(0).category()).isEqualTo(2);
            assertThat(d.units().get(0).monthlyAmount()).isEqualTo(yuan("378.00"));
            assertThat(codes(d)).doesNotContain("SINGLE_PERSON_NOT_FOR_ILLNESS");
        }

        @Test
        @DisplayName("边缘以上的非建档立卡家庭中的重残成员不单独施保")
        void aboveEdgeSevereNotCovered() {
            assertThat(decide(household("2000.00", severelyDisabled("m2", HeadRelation.CHILD,
                    DisabilityType.PHYSICAL, 1))).coverage()).isEqualTo(Coverage.NONE);
        }
    }

    @Nested
    @DisplayName("§6 单人户（放宽2022）：成年无业重度残疾人，不论家庭状况；赡养费不计入")
    class Relaxed2022 {

        // hn-xiayi URBAN 2023-07-01: S = 520 (the 2019 value, still the latest), GRADED_GAP; relaxed-2022 from
        // 2023-06-21, national-2021 before (second edition: the rule set is dated)
        EvaluationRequest.Builder household(Member.Builder second) {
            return household("2023-07-01", second);
        }

        EvaluationRequest.Builder household(String asOf, Member.Builder second) {
            return application("hn-xiayi", asOf, Residence.URBAN).members(
                    head("1950-02-02", LaborCapacity.FULL).incomes(wage("2600.00")).build(), second.build());
        }

        @Test
        @DisplayName("示例 07：二级精神残疾的成年无业子女单人户施保，兄弟姐妹给的赡养费不计入，一类 520 元，补贴金额未配置")
        void example07() {
            Decision d = decide(household(severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.MENTAL, 2)
                    .birthDate(java.time.LocalDate.parse("1990-03-03")).longTermCare(true)
                    .incomes(List.of(income(IncomeType.SUPPORT_PAYMENT, "200.00")))));
            assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.ABOVE_EDGE);
            assertThat(d.coverage()).isEqualTo(Coverage.SINGLE_PERSON);
            assertThat(d.income().gross()).isEqualTo(yuan("2800.00"));
            assertThat(d.units()).singleElement().satisfies(u -> {
                assertThat(u.category()).isEqualTo(1);
                assertThat(u.monthlyAmount()).isEqualTo(yuan("520.00"));
            });
            assertThat(d.disabilitySubsidies()).containsExactly(new DisabilitySubsidy("m2", true, null, true, null));
            assertThat(d.reasons()).filteredOn(r -> r.code().equals("SUBSIDY_AMOUNT_NOT_CONFIGURED")).hasSize(2);
        }

        @Test
        @DisplayName("有工作的、未成年的重度残疾人不按放宽条件单独施保")
        void employedOrMinorNotCovered() {
            assertThat(decide(household(severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.MENTAL, 2)
                    .employed(true))).coverage()).isEqualTo(Coverage.NONE);
            assertThat(decide(household(severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.MENTAL, 2)
                    .birthDate(java.time.LocalDate.parse("2005-07-02")))).coverage()).isEqualTo(Coverage.NONE);
            assertThat(decide(household(severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.MENTAL, 2)
                    .birthDate(java.time.LocalDate.parse("2005-07-01")))).coverage()).isEqualTo(Coverage.SINGLE_PERSON);
        }

        @Test
        @DisplayName("夏邑2023年6月20日仍按全国2021单人户规定：高于边缘的家庭中的成年无业重度残疾人不单独施保；6月21日起放宽")
        void datedRuleSet() {
            Member.Builder child = severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.MENTAL, 2)
                    .birthDate(java.time.LocalDate.parse("1990-03-03"));
            Decision before = decide(household("2023-06-20", child));
            assertThat(before.householdStatus()).isEqualTo(HouseholdStatus.ABOVE_EDGE);
            assertThat(before.coverage()).isEqualTo(Coverage.NONE);
            assertThat(before.outcome()).isEqualTo(Outcome.INELIGIBLE);
            Decision from = decide(household("2023-06-21", child));
            assertThat(from.coverage()).isEqualTo(Coverage.SINGLE_PERSON);
            assertThat(from.reasons()).filteredOn(r -> r.code().equals("SINGLE_PERSON_COVERED")).singleElement()
                    .satisfies(r -> assertThat(r.sources()).filteredOn(s -> s.parameter().equals("single.ruleset"))
                            .singleElement().satisfies(s -> {
                                assertThat(s.value()).isEqualTo("relaxed-2022");
                                assertThat(s.from()).isEqualTo(java.time.LocalDate.parse("2023-06-21"));
                            }));
        }

        @Test
        @DisplayName("低保家庭整户施保，不再另设单人户（不混用）")
        void neverMixed() {
            Decision d = decide(application("hn-xiayi", "2019-05-01", Residence.URBAN).members(
                    head("1950-02-02", LaborCapacity.FULL).build(),
                    severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.MENTAL, 2).build()));
            assertThat(d.coverage()).isEqualTo(Coverage.WHOLE_HOUSEHOLD);
            assertThat(d.units()).singleElement().satisfies(u -> assertThat(u.members()).containsExactly("m1", "m2"));
        }
    }

    @Nested
    @DisplayName("§9.1 复核与渐退")
    class PhaseOutScenarios {

        // gs-huining RURAL 2021: S = 399; registered-only phase-out of 12 months
        EvaluationRequest.Builder review(String asOf, List<HouseholdFlag> flags, IncomeRiseCause cause) {
            return EvaluationRequest.builder().caseId("R-1").kind(Kind.REVIEW).profile("gs-huining")
                    .asOf(java.time.LocalDate.parse(asOf)).residence(Residence.RURAL).flags(flags)
                    .members(head("1980-01-01", LaborCapacity.FULL).incomes(wage("1500.00")).build(),
                            person("m2", HeadRelation.SPOUSE, "1982-02-02", LaborCapacity.FULL).build())
                    .enrollment(enrolled("2019-04", 2, "636.00", List.of("m1", "m2"), "2020-11", cause));
        }

        @Test
        @DisplayName("incomeExceededSince 在 999999999 年：请求无效（年份界限），单个决定、批量均不抛出规则异常")
        void incomeExceededSinceInYear999999999() {
            EvaluationRequest attack = review("2021-04-15", List.of(HouseholdFlag.OUT_OF_POVERTY),
                    IncomeRiseCause.FLEXIBLE_WORK).enrollment(new Enrollment(YearMonth.parse("2019-04"), 2,
                    yuan("636.00"), List.of("m1", "m2"), YearMonth.of(999_999_999, 1), IncomeRiseCause.EMPLOYMENT,
                    false, null, null)).build();
            Problem bound = new Problem("enrollment.incomeExceededSince",
                    org.doudi.rules.api.validation.Bounds.YEAR_MESSAGE);

            assertThat(service.validate(attack)).containsExactly(bound);
            assertThatThrownBy(() -> service.decide(attack, Locale.CHINESE))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.problems()).containsExactly(bound));
            assertThat(service.evaluate(attack, Locale.CHINESE))
                    .isEqualTo(new EvaluationResult.Rejected("R-1", List.of(bound)));
            EvaluationRequest fine = review("2021-04-15", List.of(HouseholdFlag.OUT_OF_POVERTY),
                    IncomeRiseCause.FLEXIBLE_WORK).build();
            assertThat(service.evaluateAll(List.of(fine, attack, fine), Locale.CHINESE))
                    .extracting(r -> r.getClass().getSimpleName())
                    .containsExactly("Decided", "Rejected", "Decided");
        }

        @Test
        @DisplayName("示例 08：已脱贫户灵活就业后收入超标，渐退期内（2020-11 至 2021-10）按原额 636 元发放，沿用二类")
        void example08() {
            Decision d = decide(review("2021-04-15", List.of(HouseholdFlag.OUT_OF_POVERTY), IncomeRiseCause.FLEXIBLE_WORK));
            assertThat(d.outcome()).isEqualTo(Outcome.PHASE_OUT);
            assertThat(d.coverage()).isEqualTo(Coverage.WHOLE_HOUSEHOLD);
            assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.ABOVE_EDGE);
            assertThat(d.units()).singleElement().satisfies(u -> {
                assertThat(u.members()).containsExactly("m1", "m2");
                assertThat(u.category()).isEqualTo(2);
                assertThat(u.supportType()).isNull();
                assertThat(u.monthlyAmount()).isEqualTo(yuan("636.00"));
            });
            assertThat(d.phaseOut()).isEqualTo(new PhaseOut(YearMonth.parse("2020-11"), YearMonth.parse("2021-10"),
                    yuan("636.00")));
            assertThat(d.monthlyAmount()).isEqualTo(yuan("636.00"));
        }

        @Test
        @DisplayName("渐退期最后一个月仍发放；期满次月退出（PHASE_OUT_ENDED）")
        void windowBoundary() {
            assertThat(decide(review("2021-10-31", List.of(HouseholdFlag.OUT_OF_POVERTY),
                    IncomeRiseCause.EMPLOYMENT)).outcome()).isEqualTo(Outcome.PHASE_OUT);
            Decision after = decide(review("2021-11-01", List.of(HouseholdFlag.OUT_OF_POVERTY),
                    IncomeRiseCause.EMPLOYMENT));
            assertThat(after.outcome()).isEqualTo(Outcome.EXIT);
            assertThat(after.units()).isEmpty();
            assertThat(after.phaseOut()).isNull();
            assertThat(after.monthlyAmount()).isEqualTo(yuan("0.00"));
            assertThat(codes(after)).contains("PHASE_OUT_ENDED", "INCOME_NOT_BELOW_STANDARD");
        }

        @Test
        @DisplayName("收入增加原因不属于就业、灵活就业、产业帮扶：退出，说明不适用渐退的条件")
        void causeNotEligible() {
            Decision d = decide(review("2021-04-15", List.of(HouseholdFlag.OUT_OF_POVERTY), IncomeRiseCause.OTHER));
            assertThat(d.outcome()).isEqualTo(Outcome.EXIT);
            assertThat(d.reasons()).anySatisfy(r -> {
                assertThat(r.code()).isEqualTo("PHASE_OUT_NOT_APPLICABLE");
                assertThat(r.figures()).containsEntry("condition", "CAUSE_NOT_ELIGIBLE");
            });
        }

        @Test
        @DisplayName("会宁渐退仅限建档立卡户：非建档立卡户退出；鲁甸不限")
        void registeredOnly() {
            Decision huining = decide(review("2021-04-15", List.of(), IncomeRiseCause.EMPLOYMENT));
            assertThat(huining.outcome()).isEqualTo(Outcome.EXIT);
            assertThat(huining.reasons()).anySatisfy(r -> assertThat(r.figures()).containsEntry("condition", "NOT_REGISTERED"));
            Decision ludian = decide(review("2021-04-15", List.of(), IncomeRiseCause.EMPLOYMENT).profile("yn-ludian")
                    .members(head("1980-01-01", LaborCapacity.FULL).incomes(wage("3000.00")).build(),
                            person("m2", HeadRelation.SPOUSE, "1982-02-02", LaborCapacity.FULL).build()));
            assertThat(ludian.outcome()).isEqualTo(Outcome.PHASE_OUT);
            assertThat(ludian.units().get(0).category()).isNull();
        }

        @Test
        @DisplayName("复核时仍符合条件：继续保障（ELIGIBLE），不渐退也不退出")
        void stillEligible() {
            Decision d = decide(review("2021-04-15", List.of(HouseholdFlag.OUT_OF_POVERTY), IncomeRiseCause.EMPLOYMENT)
                    .members(head("1980-01-01", LaborCapacity.FULL).incomes(wage("300.00")).build(),
                            person("m2", HeadRelation.SPOUSE, "1982-02-02", LaborCapacity.FULL).build()));
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(d.phaseOut()).isNull();
        }

        @Test
        @DisplayName("财产超标的复核不渐退：退出并列明财产理由")
        void assetsFailExit() {
            Decision d = decide(review("2021-04-15", List.of(HouseholdFlag.OUT_OF_POVERTY), IncomeRiseCause.EMPLOYMENT)
                    .assets(new Assets(null, null, 4, 0, false, null)));
            assertThat(d.outcome()).isEqualTo(Outcome.EXIT);
            assertThat(codes(d)).contains("ASSETS_EXCEED_LIMIT").doesNotContain("PHASE_OUT_NOT_APPLICABLE");
        }

        @Test
        @DisplayName("渐退比例按月递减（测试档案：3 个月，100%、50%）；开始前按第一档；未计入的原保障成员不在单元内")
        void schedule() {
            EvaluationRequest.Builder b = EvaluationRequest.builder().caseId("R-2").kind(Kind.REVIEW)
                    .profile("test-national").residence(Residence.URBAN)
                    .members(head("1980-01-01", LaborCapacity.FULL).incomes(wage("2000.00")).build(),
                            person("m2", HeadRelation.SPOUSE, "1982-02-02", LaborCapacity.FULL)
                                    .status(org.doudi.rules.api.request.MemberStatus.IMPRISONED).build())
                    .enrollment(enrolled("2020-01", null, "301.00", List.of("m1", "m2"), "2020-06",
                            IncomeRiseCause.INDUSTRY_SUPPORT));
            Decision before = decide(b.asOf(java.time.LocalDate.parse("2020-05-20")));
            Decision first = decide(b.asOf(java.time.LocalDate.parse("2020-06-01")));
            Decision second = decide(b.asOf(java.time.LocalDate.parse("2020-07-01")));
            Decision third = decide(b.asOf(java.time.LocalDate.parse("2020-08-31")));
            Decision ended = decide(b.asOf(java.time.LocalDate.parse("2020-09-01")));
            assertThat(before.monthlyAmount()).isEqualTo(yuan("301.00"));
            assertThat(first.monthlyAmount()).isEqualTo(yuan("301.00"));
            assertThat(second.monthlyAmount()).isEqualTo(yuan("151.00"));
            assertThat(third.monthlyAmount()).isEqualTo(yuan("151.00"));
            assertThat(third.units().get(0).members()).containsExactly("m1");
            assertThat(ended.outcome()).isEqualTo(Outcome.EXIT);
        }
    }

    @Nested
    @DisplayName("§9.2 主动申请退出")
    class VoluntaryExit {

        // registered (已脱贫建档立卡): Huining gives the grant only to registered households (second edition)
        EvaluationRequest.Builder exit(String profile, Integer months) {
            return EvaluationRequest.builder().caseId("V-1").kind(Kind.VOLUNTARY_EXIT).profile(profile)
                    .flags(List.of(HouseholdFlag.OUT_OF_POVERTY))
                    .asOf(java.time.LocalDate.parse("2021-04-15")).residence(Residence.RURAL).bonusMonths(months)
                    .members(head("1980-01-01", LaborCapacity.FULL).incomes(wage("1500.00")).build(),
                            person("m2", HeadRelation.SPOUSE, "1982-02-02", LaborCapacity.FULL).build())
                    .enrollment(enrolled("2019-04", 2, "636.00", List.of("m1", "m2"), null, null));
        }

        @Test
        @DisplayName("示例 09：会宁已脱贫建档立卡户主动退出给予 2 个月低保金 1272 元；不指定月数按最少 1 个月（第二版）")
        void example09() {
            Decision d = decide(exit("gs-huining", 2));
            assertThat(d.outcome()).isEqualTo(Outcome.EXIT);
            assertThat(d.coverage()).isEqualTo(Coverage.NONE);
            assertThat(d.units()).isEmpty();
            assertThat(d.monthlyAmount()).isEqualTo(yuan("0.00"));
            assertThat(d.voluntaryExitGrant()).isEqualTo(yuan("1272.00"));
            assertThat(d.income().net()).isEqualTo(yuan("1500.00"));
            // second edition: an omitted bonusMonths means voluntaryExit.minMonths (the first edition used the maximum)
            Decision byDefault = decide(exit("gs-huining", null));
            assertThat(byDefault.voluntaryExitGrant()).isEqualTo(yuan("636.00"));
            assertThat(byDefault.reasons()).filteredOn(r -> r.code().equals("VOLUNTARY_EXIT_GRANT")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.figures()).containsEntry("months", 1);
                        assertThat(r.sources()).extracting(s -> s.parameter()).containsExactly(
                                "voluntaryExit.enabled", "voluntaryExit.registeredOnly", "voluntaryExit.minMonths");
                    });
        }

        @Test
        @DisplayName("会宁非建档立卡户主动退出：不给予低保金（null），说明仅限建档立卡户；未脱贫户照给")
        void grantOnlyForRegisteredHouseholds() {
            Decision notRegistered = decide(exit("gs-huining", 2).flags(List.of()));
            assertThat(notRegistered.outcome()).isEqualTo(Outcome.EXIT);
            assertThat(notRegistered.voluntaryExitGrant()).isNull();
            assertThat(notRegistered.reasons()).extracting(r -> r.code())
                    .contains("VOLUNTARY_EXIT", "VOLUNTARY_EXIT_GRANT_NOT_APPLICABLE")
                    .doesNotContain("VOLUNTARY_EXIT_GRANT");
            Decision monitored = decide(exit("gs-huining", 2).flags(List.of(HouseholdFlag.MONITORED)));
            assertThat(monitored.voluntaryExitGrant()).isNull();
            Decision poor = decide(exit("gs-huining", 3).flags(List.of(HouseholdFlag.REGISTERED_POOR)));
            assertThat(poor.voluntaryExitGrant()).isEqualTo(yuan("1908.00"));
            assertThat(poor.hasReason("VOLUNTARY_EXIT_GRANT_NOT_APPLICABLE")).isFalse();
            // where the feature is off there is nothing to refuse: no grant and no such reason
            assertThat(decide(exit("yn-ludian", null).flags(List.of())).hasReason("VOLUNTARY_EXIT_GRANT_NOT_APPLICABLE"))
                    .isFalse();
        }

        @Test
        @DisplayName("仍符合条件的家庭主动退出，也不再保障")
        void eligibleHouseholdStillExits() {
            Decision d = decide(exit("gs-huining", 1).members(head("1980-01-01", LaborCapacity.NONE).build(),
                    person("m2", HeadRelation.SPOUSE, "1982-02-02", LaborCapacity.NONE).build()));
            assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.DIBAO);
            assertThat(d.outcome()).isEqualTo(Outcome.EXIT);
            assertThat(d.units()).isEmpty();
            assertThat(d.voluntaryExitGrant()).isEqualTo(yuan("636.00"));
        }

        @Test
        @DisplayName("未启用奖励的鲁甸：无奖励（null），月数不受限制；会宁 4 个月为无效请求")
        void grantOnlyWhereEnabled() {
            Decision ludian = decide(exit("yn-ludian", 9));
            assertThat(ludian.outcome()).isEqualTo(Outcome.EXIT);
            assertThat(ludian.voluntaryExitGrant()).isNull();
            assertThatThrownBy(() -> decide(exit("gs-huining", 4))).isInstanceOfSatisfying(
                    InvalidRequestException.class,
                    e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("bonusMonths"));
        }
    }

    @Nested
    @DisplayName("§10 先行救助")
    class TemporaryAssistance {

        EvaluationRequest.Builder applicationOf3(String profile, List<HouseholdFlag> flags) {
            return application(profile, "2020-06-15", Residence.RURAL).flags(flags).members(
                    head("1965-01-01", LaborCapacity.PARTIAL).incomes(wage("300.00")).build(),
                    person("m2", HeadRelation.SPOUSE, "1967-02-02", LaborCapacity.FULL).incomes(wage("600.00")).build(),
                    person("m3", HeadRelation.CHILD, "2001-03-03", LaborCapacity.FULL).build());
        }

        @Test
        @DisplayName("会宁建档立卡户申请：先行救助 1 个月 S×n = 1005 元，不论结果；2 个月 2010 元；3 个月无效")
        void registeredApplicants() {
            assertThat(decide(applicationOf3("gs-huining", List.of(HouseholdFlag.REGISTERED_POOR)))
                    .temporaryAssistance()).isEqualTo(yuan("1005.00"));
            assertThat(decide(applicationOf3("gs-huining", List.of(HouseholdFlag.OUT_OF_POVERTY)).bridgeMonths(2))
                    .temporaryAssistance()).isEqualTo(yuan("2010.00"));
            Decision rich = decide(applicationOf3("gs-huining", List.of(HouseholdFlag.REGISTERED_POOR))
                    .members(head("1965-01-01", LaborCapacity.FULL).incomes(wage("9000.00")).build()));
            assertThat(rich.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(rich.temporaryAssistance()).isEqualTo(yuan("335.00"));
            assertThatThrownBy(() -> decide(applicationOf3("gs-huining", List.of(HouseholdFlag.REGISTERED_POOR))
                    .bridgeMonths(3))).isInstanceOf(InvalidRequestException.class);
        }

        @Test
        @DisplayName("非建档立卡户、监测户、或未启用的鲁甸：无先行救助（null）")
        void elsewhereNull() {
            assertThat(decide(applicationOf3("gs-huining", List.of())).temporaryAssistance()).isNull();
            assertThat(decide(applicationOf3("gs-huining", List.of(HouseholdFlag.MONITORED))).temporaryAssistance())
                    .isNull();
            assertThat(decide(applicationOf3("yn-ludian", List.of(HouseholdFlag.REGISTERED_POOR)))
                    .temporaryAssistance()).isNull();
        }

        @Test
        @DisplayName("财产不符合规定的建档立卡户：不先行救助，说明理由；财产恰在限额内的照常先行救助（第二版）")
        void onlyWhenTheAssetTestPasses() {
            // S = 335, n = 3: financial limit 24 × 335 × 3 = 24120
            Decision over = decide(applicationOf3("gs-huining", List.of(HouseholdFlag.REGISTERED_POOR))
                    .assets(new Assets(yuan("24120.01"), List.of(), 0, 0, false, yuan("0.00"))));
            assertThat(over.assetsPassed()).isFalse();
            assertThat(over.temporaryAssistance()).isNull();
            assertThat(codes(over)).contains("TEMPORARY_ASSISTANCE_NOT_APPLICABLE").doesNotContain("TEMPORARY_ASSISTANCE");
            Decision at = decide(applicationOf3("gs-huining", List.of(HouseholdFlag.REGISTERED_POOR))
                    .assets(new Assets(yuan("24120.00"), List.of(), 0, 0, false, yuan("0.00"))));
            assertThat(at.assetsPassed()).isTrue();
            assertThat(at.temporaryAssistance()).isEqualTo(yuan("1005.00"));
            assertThat(codes(at)).doesNotContain("TEMPORARY_ASSISTANCE_NOT_APPLICABLE");
            // not registered, or no such feature: nothing to refuse
            assertThat(codes(decide(applicationOf3("gs-huining", List.of())
                    .assets(new Assets(yuan("24120.01"), List.of(), 0, 0, false, yuan("0.00"))))))
                    .doesNotContain("TEMPORARY_ASSISTANCE_NOT_APPLICABLE");
            assertThat(codes(decide(applicationOf3("yn-ludian", List.of(HouseholdFlag.REGISTERED_POOR))
                    .assets(new Assets(yuan("99999.00"), List.of(), 0, 0, false, yuan("0.00"))))))
                    .doesNotContain("TEMPORARY_ASSISTANCE_NOT_APPLICABLE");
        }

        @Test
        @DisplayName("先行救助的理由列明所用的标准与月数及其来源")
        void sourcesOfTheFigures() {
            Decision d = decide(applicationOf3("gs-huining", List.of(HouseholdFlag.REGISTERED_POOR)));
            assertThat(d.reasons()).filteredOn(r -> r.code().equals("TEMPORARY_ASSISTANCE")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.sources()).extracting(s -> s.parameter())
                                .containsExactly("bridge.enabled", "standard", "bridge.minMonths");
                        assertThat(r.sources().get(1).value()).isEqualTo("335.00");
                        assertThat(r.sources().get(1).from()).isEqualTo(java.time.LocalDate.parse("2019-01-01"));
                        assertThat(r.sources()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
                    });
        }
    }

    @Nested
    @DisplayName("奖励与先行救助的月数：只在启用该项的地方检查，未启用的地方不论正负一律忽略（第二版）")
    class MonthCounts {

        @Test
        @DisplayName("鲁甸未设主动退出奖励与先行救助：负的 bonusMonths、bridgeMonths 被忽略；会宁则为无效请求")
        void negativeMonthsIgnoredWhereTheFeatureIsOff() {
            EvaluationRequest.Builder ludian = application("yn-ludian", "2020-06-15", Residence.RURAL)
                    .members(head("1965-01-01", LaborCapacity.PARTIAL).incomes(wage("100.00")).build())
                    .bonusMonths(-2).bridgeMonths(-1);
            Decision d = decide(ludian);
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(d.voluntaryExitGrant()).isNull();
            assertThat(d.temporaryAssistance()).isNull();

            EvaluationRequest.Builder huining = application("gs-huining", "2020-06-15", Residence.RURAL)
                    .members(head("1965-01-01", LaborCapacity.PARTIAL).incomes(wage("100.00")).build())
                    .bonusMonths(-2).bridgeMonths(0);
            assertThatThrownBy(() -> decide(huining)).isInstanceOfSatisfying(InvalidRequestException.class,
                    e -> assertThat(e.problems()).extracting(p -> p.path())
                            .containsExactlyInAnyOrder("bonusMonths", "bridgeMonths"));
        }

        @Test
        @DisplayName("档案与区划不一致：只报区划（无从确定档案，也不检查月数）；档案不存在时只报档案")
        void profileAndRegionThatDisagree() {
            EvaluationRequest.Builder b = application("gs-huining", "2020-06-15", Residence.RURAL).region("530621")
                    .members(head("1965-01-01", LaborCapacity.PARTIAL).build()).bonusMonths(9).bridgeMonths(-1);
            assertThatThrownBy(() -> decide(b)).isInstanceOfSatisfying(InvalidRequestException.class,
                    e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("region"));
            assertThatThrownBy(() -> decide(b.profile("cn-national"))).isInstanceOfSatisfying(
                    InvalidRequestException.class,
                    e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("region"));
            assertThatThrownBy(() -> decide(b.profile("xx-nowhere"))).isInstanceOfSatisfying(
                    InvalidRequestException.class,
                    e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("profile"));
            assertThatThrownBy(() -> decide(b.profile("cn-national").region(null))).isInstanceOfSatisfying(
                    InvalidRequestException.class,
                    e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("profile"));
        }
    }

    @Nested
    @DisplayName("§11 残疾人两项补贴")
    class DisabilitySubsidies {

        // gs-huining RURAL 2020: living 100 for categories 1–2, 10 for 3–4; nursing 100/50 by (type, grade)
        Decision huiningRural(Member.Builder disabled, String otherWage) {
            return decide(application("gs-huining", "2020-09-01", Residence.RURAL).members(
                    disabled.build(),
                    person("m2", HeadRelation.SPOUSE, "1970-08-09", LaborCapacity.FULL).incomes(wage(otherWage)).build()));
        }

        static Member.Builder disabledHead(DisabilityType type, int grade) {
            return head("1968-04-02", LaborCapacity.PARTIAL).certificate(Certificate.SECOND_GENERATION)
                    .disabilities(List.of(new Disability(type, grade))).longTermCare(true);
        }

        @Test
        @DisplayName("示例 01：二类户中一级肢体残疾户主，生活补贴 100 元、护理补贴 100 元")
        void example01() {
            Decision d = huiningRural(disabledHead(DisabilityType.PHYSICAL, 1).laborCapacity(LaborCapacity.NONE), "520.00");
            assertThat(d.units().get(0).category()).isEqualTo(2);
            assertThat(d.disabilitySubsidies()).containsExactly(
                    new DisabilitySubsidy("m1", true, yuan("100.00"), true, yuan("100.00")));
            assertThat(codes(d)).contains("LIVING_SUBSIDY", "NURSING_SUBSIDY");
        }

        @Test
        @DisplayName("三类户中三级肢体残疾人：生活补贴 10 元，无护理补贴（非重度）")
        void categoryThreeLiving() {
            Decision d = huiningRural(disabledHead(DisabilityType.PHYSICAL, 3), "300.00");
            assertThat(d.units().get(0).category()).isEqualTo(3);
            assertThat(d.disabilitySubsidies()).containsExactly(
                    new DisabilitySubsidy("m1", true, yuan("10.00"), false, null));
        }

        @Test
        @DisplayName("护理补贴档次：二级听力 50 元；多种残疾取最高档（二级听力与一级智力取 100）")
        void nursingTiers() {
            assertThat(huiningRural(disabledHead(DisabilityType.HEARING, 2), "9000.00").disabilitySubsidies())
                    .containsExactly(new DisabilitySubsidy("m1", false, null, true, yuan("50.00")));
            Decision several = huiningRural(disabledHead(DisabilityType.HEARING, 2).disabilities(List.of(
                    new Disability(DisabilityType.HEARING, 2), new Disability(DisabilityType.INTELLECTUAL, 1))),
                    "9000.00");
            assertThat(several.disabilitySubsidies()).containsExactly(
                    new DisabilitySubsidy("m1", false, null, true, yuan("100.00")));
        }

        @Test
        @DisplayName("护理补贴不论收入与是否低保：高收入家庭的一级精神残疾人仍享受 100 元")
        void nursingWhateverIncome() {
            Decision d = huiningRural(disabledHead(DisabilityType.MENTAL, 1), "9000.00");
            assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(d.disabilitySubsidies()).containsExactly(
                    new DisabilitySubsidy("m1", false, null, true, yuan("100.00")));
        }

        @Test
        @DisplayName("会宁要求二代残疾人证：持一代证不享受；孤儿不享受生活补贴；工伤护理费领取人不享受护理补贴")
        void exclusions() {
            assertThat(huiningRural(disabledHead(DisabilityType.PHYSICAL, 1).certificate(Certificate.FIRST_GENERATION),
                    "300.00").disabilitySubsidies()).isEmpty();
            assertThat(huiningRural(disabledHead(DisabilityType.PHYSICAL, 1).benefits(List.of(Benefit.ORPHAN)),
                    "300.00").disabilitySubsidies()).containsExactly(
                    new DisabilitySubsidy("m1", false, null, true, yuan("100.00")));
            assertThat(huiningRural(disabledHead(DisabilityType.PHYSICAL, 1).benefits(List.of(Benefit.WORK_INJURY_NURSING)),
                    "300.00").disabilitySubsidies()).containsExactly(
                    new DisabilitySubsidy("m1", true, yuan("100.00"), false, null));
        }

        @Test
        @DisplayName("特困供养人员不享受两项补贴")
        void tekunNoSubsidy() {
            assertThat(huiningRural(disabledHead(DisabilityType.PHYSICAL, 1).benefits(List.of(Benefit.TEKUN)),
                    "300.00").disabilitySubsidies()).isEmpty();
        }

        @Test
        @DisplayName("会宁城市（未分类）：生活补贴按默认 100 元")
        void urbanDefault() {
            Decision d = decide(application("gs-huining", "2020-09-01", Residence.URBAN)
                    .members(disabledHead(DisabilityType.PHYSICAL, 3).build()));
            assertThat(d.units().get(0).category()).isNull();
            assertThat(d.disabilitySubsidies()).containsExactly(
                    new DisabilitySubsidy("m1", true, yuan("100.00"), false, null));
        }

        @Test
        @DisplayName("启用“边缘家庭享受生活补贴”的地方：边缘家庭的残疾人享受；单人户家庭的其他成员只通过本人单元享受")
        void livingForEdge() {
            // test-national URBAN 2020: S = 500, n = 2, edge limit 1500; living default 80
            Decision edge = decide(application("test-national", "2020-06-01", Residence.URBAN).members(
                    head("1960-01-01", LaborCapacity.FULL).incomes(wage("1200.00")).build(),
                    person("m2", HeadRelation.SPOUSE, "1962-01-01", LaborCapacity.PARTIAL)
                            .certificate(Certificate.FIRST_GENERATION)
                            .disabilities(List.of(new Disability(DisabilityType.PHYSICAL, 4))).build()));
            assertThat(edge.coverage()).isEqualTo(Coverage.NONE);
            assertThat(edge.disabilitySubsidies()).containsExactly(
                    new DisabilitySubsidy("m2", true, yuan("80.00"), false, null));
            Decision single = decide(application("test-national", "2020-06-01", Residence.URBAN).members(
                    head("1960-01-01", LaborCapacity.FULL).incomes(wage("1200.00"))
                            .certificate(Certificate.FIRST_GENERATION)
                            .disabilities(List.of(new Disability(DisabilityType.PHYSICAL, 4))).build(),
                    severelyDisabled("m2", HeadRelation.CHILD, DisabilityType.PHYSICAL, 1).build()));
            assertThat(single.coverage()).isEqualTo(Coverage.SINGLE_PERSON);
            assertThat(single.disabilitySubsidies()).extracting(DisabilitySubsidy::memberId).containsExactly("m2");
        }

        @Test
        @DisplayName("渐退中的边缘家庭（启用边缘家庭生活补贴）：不在渐退单元中的残疾成员也享受生活补贴；单元内的成员只领一份")
        void edgeHouseholdInPhaseOut() {
            // test-national URBAN 2020-06: S = 500, n = 2, S × n = 1000, edge limit 1500; living default 80;
            // phase-out of 3 months from 2020-05. The head alone was enrolled; the disabled spouse was not.
            EvaluationRequest.Builder review = EvaluationRequest.builder().caseId("R-E").kind(Kind.REVIEW)
                    .profile("test-national").asOf(java.time.LocalDate.parse("2020-06-15"))
                    .residence(Residence.URBAN)
                    .members(head("1960-01-01", LaborCapacity.FULL).incomes(wage("1200.00")).build(),
                            person("m2", HeadRelation.SPOUSE, "1962-01-01", LaborCapacity.PARTIAL)
                                    .certificate(Certificate.FIRST_GENERATION)
                                    .disabilities(List.of(new Disability(DisabilityType.PHYSICAL, 4))).build())
                    .enrollment(enrolled("2019-04", null, "300.00", List.of("m1"), "2020-05",
                            IncomeRiseCause.EMPLOYMENT));
            Decision d = decide(review);
            assertThat(d.outcome()).isEqualTo(Outcome.PHASE_OUT);
            assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.EDGE);
            assertThat(d.units()).singleElement().satisfies(u -> assertThat(u.members()).containsExactly("m1"));
            assertThat(d.disabilitySubsidies()).containsExactly(
                    new DisabilitySubsidy("m2", true, yuan("80.00"), false, null));
            assertThat(d.reasons()).filteredOn(r -> r.code().equals("LIVING_SUBSIDY")).singleElement()
                    .satisfies(r -> assertThat(r.sources()).singleElement().satisfies(s -> {
                        assertThat(s.parameter()).isEqualTo("disability.living.default");
                        assertThat(s.value()).isEqualTo("80.00");
                    }));

            // the disabled member inside the phase-out unit: one living subsidy, through the unit
            Decision inside = decide(review.enrollment(enrolled("2019-04", null, "300.00", List.of("m1", "m2"),
                    "2020-05", IncomeRiseCause.EMPLOYMENT)));
            assertThat(inside.outcome()).isEqualTo(Outcome.PHASE_OUT);
            assertThat(inside.disabilitySubsidies()).containsExactly(
                    new DisabilitySubsidy("m2", true, yuan("80.00"), false, null));
            assertThat(inside.reasons()).filteredOn(r -> r.code().equals("LIVING_SUBSIDY")).hasSize(1);
        }

        @Test
        @DisplayName("渐退单元的残疾人继续享受生活补贴（按原类别）")
        void phaseOutUnitKeepsLiving() {
            Decision d = decide(EvaluationRequest.builder().caseId("R-3").kind(Kind.REVIEW).profile("gs-huining")
                    .asOf(java.time.LocalDate.parse("2021-04-15")).residence(Residence.RURAL)
                    .flags(List.of(HouseholdFlag.REGISTERED_POOR))
                    .members(head("1980-01-01", LaborCapacity.FULL).incomes(wage("1500.00")).build(),
                            disabledHead(DisabilityType.PHYSICAL, 3).id("m2").relation(HeadRelation.SPOUSE).build())
                    .enrollment(enrolled("2019-04", 3, "168.00", List.of("m1", "m2"), "2021-01",
                            IncomeRiseCause.EMPLOYMENT)));
            assertThat(d.outcome()).isEqualTo(Outcome.PHASE_OUT);
            assertThat(d.disabilitySubsidies()).containsExactly(
                    new DisabilitySubsidy("m2", true, yuan("10.00"), false, null));
        }
    }
}
