package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.rules.drools.Cases.application;
import static org.doudi.rules.drools.Cases.head;
import static org.doudi.rules.drools.Cases.income;
import static org.doudi.rules.drools.Cases.person;
import static org.doudi.rules.drools.Cases.wage;
import static org.doudi.rules.drools.Cases.yuan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.doudi.rules.api.InvalidRequestException;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.decision.Coverage;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.HouseholdStatus;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.decision.SupportType;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Education;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.HouseholdFlag;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.Vehicle;
import org.doudi.rules.api.request.VehicleKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Whole-household decisions (policy §2–§5, §7, §8, §16), one scenario per rule and boundary. */
class WholeHouseholdScenariosTest {

    static final DroolsEligibilityService service = TestRules.builtIn();

    static Decision decide(org.doudi.rules.api.request.EvaluationRequest.Builder b) {
        return service.decide(b.build(), Locale.CHINESE);
    }

    static List<String> codes(Decision d) {
        return d.reasons().stream().map(Reason::code).toList();
    }

    @Nested
    @DisplayName("§5 收入低于标准（严格低于）")
    class StrictThreshold {

        @Test
        @DisplayName("鲁甸城市两口之家，净收入比标准×人数少一分钱：纳入低保，补差一元（向上取整）")
        void oneFenBelowStandardIsEligible() {
            // yn-ludian URBAN on 2020-07-01: S = 640.00; n = 2; S × n = 1280.00
            Decision d = decide(application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                    head("1970-01-01", LaborCapacity.FULL).incomes(wage("1279.99")).build(),
                    person("m2", HeadRelation.SPOUSE, "1972-01-01", LaborCapacity.FULL).build()));
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.DIBAO);
            assertThat(d.coverage()).isEqualTo(Coverage.WHOLE_HOUSEHOLD);
            assertThat(d.standard()).isEqualTo(yuan("640.00"));
            assertThat(d.units()).singleElement().satisfies(u -> {
                assertThat(u.members()).containsExactly("m1", "m2");
                assertThat(u.monthlyAmount()).isEqualTo(yuan("1.00"));
            });
            assertThat(d.monthlyAmount()).isEqualTo(yuan("1.00"));
            assertThat(codes(d)).contains("INCOME_BELOW_STANDARD", "AMOUNT_COMPUTED");
        }

        @Test
        @DisplayName("净收入恰好等于标准×人数：不是低保家庭，是低保边缘家庭")
        void exactlyAtStandardIsNotEligible() {
            Decision d = decide(application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                    head("1970-01-01", LaborCapacity.FULL).incomes(wage("1280.00")).build(),
                    person("m2", HeadRelation.SPOUSE, "1972-01-01", LaborCapacity.FULL).build()));
            assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.EDGE);
            assertThat(d.coverage()).isEqualTo(Coverage.NONE);
            assertThat(d.units()).isEmpty();
            assertThat(d.monthlyAmount()).isEqualTo(yuan("0.00"));
            assertThat(codes(d)).contains("INCOME_NOT_BELOW_STANDARD", "HOUSEHOLD_EDGE")
                    .doesNotContain("INCOME_BELOW_STANDARD");
        }

        @Test
        @DisplayName("比较不用四舍五入后的人均收入：夏邑城市三人户净收入 1559.99，人均显示 520.00 等于标准 520，但 1559.99 < S×n = 1560.00，纳入低保")
        void comparisonUsesExactFigures() {
            // hn-xiayi URBAN 2019: S = 520; the rounded per-capita figure would wrongly say "not below"
            Decision d = decide(application("hn-xiayi", "2019-05-01", Residence.URBAN).members(
                    head("1970-01-01", LaborCapacity.FULL).incomes(wage("1559.99")).build(),
                    person("m2", HeadRelation.SPOUSE, "1972-01-01", LaborCapacity.FULL).build(),
                    person("m3", HeadRelation.CHILD, "2000-01-01", LaborCapacity.FULL).build()));
            // S × n = 1560.00; net 1559.99 is below although per capita shows 520.00
            assertThat(d.income().perCapita()).isEqualTo(yuan("520.00"));
            assertThat(d.householdStatus()).isEqualTo(HouseholdStatus.DIBAO);
        }
    }

    @Nested
    @DisplayName("§5 低保边缘家庭的上限（1.5 倍，严格低于）")
    class EdgeHousehold {

        @Test
        @DisplayName("净收入低于 1.5×S×n 一分：边缘家庭；等于 1.5×S×n：边缘以上")
        void edgeLimitIsStrict() {
            // gs-huining URBAN 2019: S = 524; n = 1; edge limit 786.00
            Decision below = decide(application("gs-huining", "2019-06-01", Residence.URBAN).members(
                    head("1970-01-01", LaborCapacity.FULL).incomes(wage("785.99")).build()));
            Decision at = decide(application("gs-huining", "2019-06-01", Residence.URBAN).members(
                    head("1970-01-01", LaborCapacity.FULL).incomes(wage("786.00")).build()));
            assertThat(below.householdStatus()).isEqualTo(HouseholdStatus.EDGE);
            assertThat(at.householdStatus()).isEqualTo(HouseholdStatus.ABOVE_EDGE);
            assertThat(codes(at)).contains("INCOME_NOT_BELOW_STANDARD").doesNotContain("HOUSEHOLD_EDGE");
        }
    }

    @Nested
    @DisplayName("§2 共同生活的家庭成员")
    class CountedMembers {

        @Test
        @DisplayName("服刑、强制隔离戒毒、宣告失踪、脱离家庭的宗教教职人员不计入，其收入也不计入")
        void excludedStatusesAreNotCounted() {
            for (MemberStatus status : List.of(MemberStatus.IMPRISONED, MemberStatus.COMPULSORY_REHAB,
                    MemberStatus.MISSING, MemberStatus.CLERGY_APART)) {
                Decision d = decide(application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                        head("1970-01-01", LaborCapacity.FULL).build(),
                        person("m2", HeadRelation.SPOUSE, "1972-01-01", LaborCapacity.FULL).status(status)
                                .incomes(wage("5000.00")).build()));
                assertThat(d.income().countedMembers()).as(status.name()).isEqualTo(1);
                assertThat(d.income().gross()).isEqualTo(yuan("0.00"));
                assertThat(d.units()).singleElement().satisfies(u -> assertThat(u.members()).containsExactly("m1"));
                assertThat(d.reasons()).anySatisfy(r -> {
                    assertThat(r.code()).isEqualTo("MEMBER_NOT_COUNTED");
                    assertThat(r.memberId()).isEqualTo("m2");
                });
            }
        }

        @Test
        @DisplayName("评估日当天死亡的不计入；评估日之后死亡的仍计入")
        void deathOnOrBeforeAsOf() {
            Decision onDay = decide(application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                    head("1970-01-01", LaborCapacity.FULL).build(),
                    person("m2", HeadRelation.SPOUSE, "1972-01-01", LaborCapacity.FULL)
                            .status(MemberStatus.DECEASED).deceasedOn(LocalDate.parse("2020-07-01")).build()));
            Decision after = decide(application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                    head("1970-01-01", LaborCapacity.FULL).build(),
                    person("m2", HeadRelation.SPOUSE, "1972-01-01", LaborCapacity.FULL)
                            .status(MemberStatus.DECEASED).deceasedOn(LocalDate.parse("2020-07-02")).build()));
            assertThat(onDay.income().countedMembers()).isEqualTo(1);
            assertThat(after.income().countedMembers()).isEqualTo(2);
        }

        @Test
        @DisplayName("特困优先：享受特困供养的成员不计入、不纳入低保单元")
        void tekunTakesPrecedence() {
            Decision d = decide(application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                    head("1970-01-01", LaborCapacity.FULL).build(),
                    person("m2", HeadRelation.PARENT, "1940-01-01", LaborCapacity.NONE)
                            .benefits(List.of(Benefit.TEKUN)).build()));
            assertThat(d.units()).singleElement().satisfies(u -> assertThat(u.members()).containsExactly("m1"));
            assertThat(d.reasons()).anySatisfy(r -> {
                assertThat(r.code()).isEqualTo("TEKUN_PRECEDENCE");
                assertThat(r.memberId()).isEqualTo("m2");
            });
        }

        @Test
        @DisplayName("无人计入：不予批准，理由 NO_COUNTED_MEMBER，财产不审查")
        void nobodyCounted() {
            Decision d = decide(application("yn-ludian", "2020-07-01", Residence.URBAN)
                    .assets(new Assets(yuan("999999.00"), List.of(), 5, 1, false, null))
                    .members(head("1970-01-01", LaborCapacity.FULL).status(MemberStatus.IMPRISONED).build()));
            assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(d.income().countedMembers()).isZero();
            assertThat(d.income().perCapita()).isEqualTo(yuan("0.00"));
            assertThat(d.assetsPassed()).isTrue();
            assertThat(codes(d)).contains("NO_COUNTED_MEMBER").doesNotContain("ASSETS_EXCEED_LIMIT");
        }
    }

    @Nested
    @DisplayName("§3 收入与刚性支出扣减")
    class IncomeAndDeductions {

        @Test
        @DisplayName("不计入的收入类型（优待抚恤金、奖学金、基础养老金……）计入总收入但从可计入收入中排除")
        void excludedIncomeTypes() {
            Decision d = decide(application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                    head("1950-01-01", LaborCapacity.NONE).incomes(List.of(
                            income(IncomeType.BASIC_PENSION_BASE, "103.00"),
                            income(IncomeType.PREFERENTIAL_CARE, "200.00"),
                            income(IncomeType.SUPPORT_PAYMENT, "100.00"))).build()));
            assertThat(d.income().gross()).isEqualTo(yuan("403.00"));
            assertThat(d.income().excluded()).isEqualTo(yuan("303.00"));
            assertThat(d.income().net()).isEqualTo(yuan("100.00"));
            assertThat(d.monthlyAmount()).isEqualTo(yuan("540.00"));
        }

        @Test
        @DisplayName("因病支出据实扣减；因残支出仅限持证残疾成员；教育支出仅限非义务教育阶段；不符合的支出有理由")
        void rigidExpenditureConditions() {
            Decision d = decide(application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                    head("1970-01-01", LaborCapacity.FULL).incomes(wage("2000.00"))
                            .expenses(List.of(new Expense(ExpenseType.MEDICAL, yuan("100.00")),
                                    new Expense(ExpenseType.DISABILITY, yuan("50.00")))).build(),
                    person("m2", HeadRelation.CHILD, "2004-01-01", LaborCapacity.FULL)
                            .education(Education.HIGH_SCHOOL)
                            .expenses(List.of(new Expense(ExpenseType.EDUCATION, yuan("80.00")))).build(),
                    person("m3", HeadRelation.CHILD, "2010-01-01", LaborCapacity.FULL)
                            .education(Education.COMPULSORY)
                            .expenses(List.of(new Expense(ExpenseType.EDUCATION, yuan("30.00")))).build()));
            assertThat(d.income().deductions()).isEqualTo(yuan("180.00"));
            assertThat(d.income().net()).isEqualTo(yuan("1820.00"));
            assertThat(d.reasons()).filteredOn(r -> r.code().equals("EXPENSE_NOT_DEDUCTIBLE"))
                    .extracting(Reason::memberId).containsExactly("m1", "m3");
        }

        @Test
        @DisplayName("因残支出：有残疾但无证不扣减，持证则扣减")
        void disabilityExpenseNeedsCertificate() {
            var member = head("1970-01-01", LaborCapacity.PARTIAL)
                    .disabilities(List.of(new Disability(DisabilityType.PHYSICAL, 3)))
                    .incomes(wage("800.00"))
                    .expenses(List.of(new Expense(ExpenseType.DISABILITY, yuan("60.00"))));
            Decision noCertificate = decide(application("yn-ludian", "2020-07-01", Residence.URBAN)
                    .members(member.build()));
            Decision certified = decide(application("yn-ludian", "2020-07-01", Residence.URBAN)
                    .members(member.certificate(Certificate.FIRST_GENERATION).build()));
            assertThat(noCertificate.income().deductions()).isEqualTo(yuan("0.00"));
            assertThat(certified.income().deductions()).isEqualTo(yuan("60.00"));
        }

        @Test
        @DisplayName("就业成本：没有工资或经营收入时不扣减")
        void employmentCostNeedsEarnedIncome() {
            Decision d = decide(application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                    head("1970-01-01", LaborCapacity.FULL)
                            .incomes(List.of(income(IncomeType.PROPERTY, "700.00")))
                            .expenses(List.of(new Expense(ExpenseType.EMPLOYMENT_COST, yuan("100.00")))).build()));
            assertThat(d.income().deductions()).isEqualTo(yuan("0.00"));
            assertThat(codes(d)).contains("EXPENSE_NOT_DEDUCTIBLE");
        }

        @Test
        @DisplayName("扣减后净收入不低于零")
        void netNeverNegative() {
            Decision d = decide(application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                    head("1970-01-01", LaborCapacity.FULL).incomes(wage("100.00"))
                            .expenses(List.of(new Expense(ExpenseType.MEDICAL, yuan("900.00")))).build()));
            assertThat(d.income().net()).isEqualTo(yuan("0.00"));
            assertThat(d.monthlyAmount()).isEqualTo(yuan("640.00"));
        }
    }

    @Nested
    @DisplayName("§4 财产状况")
    class AssetTest {

        static org.doudi.rules.api.request.EvaluationRequest.Builder poorSingle() {
            return application("yn-ludian", "2020-07-01", Residence.URBAN)
                    .members(head("1970-01-01", LaborCapacity.FULL).build());
        }

        @Test
        @DisplayName("金融资产等于 24×S×n 通过，多一分钱不通过")
        void financialLimit() {
            // S = 640, n = 1: limit 15360.00
            assertThat(decide(poorSingle().assets(new Assets(yuan("15360.00"), null, 1, 0, false, null)))
                    .assetsPassed()).isTrue();
            Decision over = decide(poorSingle().assets(new Assets(yuan("15360.01"), null, 1, 0, false, null)));
            assertThat(over.assetsPassed()).isFalse();
            assertThat(over.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(over.householdStatus()).isEqualTo(HouseholdStatus.ABOVE_EDGE);
            assertThat(over.reasons()).anySatisfy(r -> {
                assertThat(r.code()).isEqualTo("ASSETS_EXCEED_LIMIT");
                assertThat(r.figures()).containsEntry("which", "FINANCIAL");
            });
        }

        @Test
        @DisplayName("非豁免车辆（小汽车）不通过；摩托车、农机、残疾人车和经认定必需的车辆豁免")
        void vehicles() {
            assertThat(decide(poorSingle().assets(new Assets(null, List.of(
                    new Vehicle(VehicleKind.CAR, yuan("0.01"), false)), 0, 0, false, null))).assetsPassed()).isFalse();
            assertThat(decide(poorSingle().assets(new Assets(null, List.of(
                    new Vehicle(VehicleKind.CAR, yuan("0.00"), false)), 0, 0, false, null))).assetsPassed()).isTrue();
            assertThat(decide(poorSingle().assets(new Assets(null, List.of(
                    new Vehicle(VehicleKind.MOTORCYCLE, yuan("5000.00"), false),
                    new Vehicle(VehicleKind.FARM_MACHINERY, yuan("9000.00"), false),
                    new Vehicle(VehicleKind.DISABILITY_VEHICLE, yuan("3000.00"), false),
                    new Vehicle(VehicleKind.EBIKE, yuan("2000.00"), false),
                    new Vehicle(VehicleKind.TRUCK, yuan("20000.00"), true)), 0, 0, false, null))).assetsPassed())
                    .isTrue();
        }

        @Test
        @DisplayName("住房不超过 2 套通过，3 套不通过；任何非住宅房产不通过；注册资本超过 10 万不通过")
        void propertyAndBusiness() {
            assertThat(decide(poorSingle().assets(new Assets(null, null, 2, 0, false, null))).assetsPassed()).isTrue();
            assertThat(decide(poorSingle().assets(new Assets(null, null, 3, 0, false, null))).assetsPassed()).isFalse();
            assertThat(decide(poorSingle().assets(new Assets(null, null, 1, 1, false, null))).assetsPassed()).isFalse();
            assertThat(decide(poorSingle().assets(new Assets(null, null, 1, 0, true, yuan("100000.00"))))
                    .assetsPassed()).isTrue();
            assertThat(decide(poorSingle().assets(new Assets(null, null, 1, 0, true, yuan("100000.01"))))
                    .assetsPassed()).isFalse();
        }

        @Test
        @DisplayName("不予批准时列明每一个不符合的条件：收入超标和各项财产超标")
        void everyFailedConditionListed() {
            Decision d = decide(application("yn-ludian", "2020-07-01", Residence.URBAN)
                    .assets(new Assets(yuan("99999.00"), List.of(new Vehicle(VehicleKind.CAR, yuan("50000.00"), false)),
                            3, 1, true, yuan("200000.00")))
                    .members(head("1970-01-01", LaborCapacity.FULL).incomes(wage("5000.00")).build()));
            assertThat(d.reasons()).filteredOn(r -> r.code().equals("ASSETS_EXCEED_LIMIT"))
                    .extracting(r -> r.figures().get("which"))
                    .containsExactly("FINANCIAL", "VEHICLE", "RESIDENTIAL_PROPERTIES", "NON_RESIDENTIAL_PROPERTY",
                            "BUSINESS_CAPITAL");
            assertThat(codes(d)).contains("INCOME_NOT_BELOW_STANDARD");
        }
    }

    @Nested
    @DisplayName("§7 分类施保与保障类型")
    class Categories {

        @Test
        @DisplayName("会宁农村：全员无劳动能力为一类；重度残疾为二类；部分劳动能力为三类；其余四类")
        void huiningRuralCategories() {
            assertThat(category(head("1950-01-01", LaborCapacity.NONE))).isEqualTo(1);
            assertThat(category(head("1970-01-01", LaborCapacity.FULL).certificate(Certificate.SECOND_GENERATION)
                    .disabilities(List.of(new Disability(DisabilityType.VISUAL, 2))))).isEqualTo(2);
            assertThat(category(head("1970-01-01", LaborCapacity.FULL).caregiver(true))).isEqualTo(2);
            assertThat(category(head("1970-01-01", LaborCapacity.PARTIAL))).isEqualTo(3);
            assertThat(category(head("1970-01-01", LaborCapacity.FULL).chronicIllness(true))).isEqualTo(3);
            assertThat(category(head("1970-01-01", LaborCapacity.FULL))).isEqualTo(4);
        }

        private Integer category(org.doudi.rules.api.request.Member.Builder head) {
            Decision d = decide(application("gs-huining", "2020-06-15", Residence.RURAL).members(head.build()));
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            return d.units().get(0).category();
        }

        @Test
        @DisplayName("单亲抚养学前儿童为二类；有配偶则不是")
        void singleParentWithPreschoolChild() {
            Decision single = decide(application("gs-huining", "2020-06-15", Residence.RURAL).members(
                    head("1990-01-01", LaborCapacity.FULL).build(),
                    person("m2", HeadRelation.CHILD, "2016-01-01", LaborCapacity.NONE).build()));
            Decision couple = decide(application("gs-huining", "2020-06-15", Residence.RURAL).members(
                    head("1990-01-01", LaborCapacity.FULL).build(),
                    person("m2", HeadRelation.SPOUSE, "1990-01-01", LaborCapacity.FULL).build(),
                    person("m3", HeadRelation.CHILD, "2016-01-01", LaborCapacity.NONE).build()));
            assertThat(single.units().get(0).category()).isEqualTo(2);
            assertThat(couple.units().get(0).category()).isEqualTo(4);
        }

        @Test
        @DisplayName("刚性支出达到可计入收入的一半为二类")
        void heavyRigidSpending() {
            Decision d = decide(application("gs-huining", "2020-06-15", Residence.RURAL).members(
                    head("1970-01-01", LaborCapacity.FULL).incomes(wage("400.00"))
                            .expenses(List.of(new Expense(ExpenseType.MEDICAL, yuan("200.00")))).build(),
                    person("m2", HeadRelation.SPOUSE, "1970-01-01", LaborCapacity.FULL).build()));
            assertThat(d.units().get(0).category()).isEqualTo(2);
            assertThat(d.monthlyAmount()).isEqualTo(yuan("636.00"));
        }

        @Test
        @DisplayName("评议会议确定的类别优先，理由 CATEGORY_OVERRIDDEN；未启用分类的地方忽略")
        void categoryOverride() {
            Decision d = decide(application("gs-huining", "2020-06-15", Residence.RURAL).categoryOverride(1)
                    .members(head("1970-01-01", LaborCapacity.FULL).build()));
            assertThat(d.units().get(0).category()).isEqualTo(1);
            assertThat(d.monthlyAmount()).isEqualTo(yuan("335.00"));
            assertThat(codes(d)).contains("CATEGORY_OVERRIDDEN").doesNotContain("CATEGORY_ASSIGNED");
            Decision urban = decide(application("gs-huining", "2020-06-15", Residence.URBAN).categoryOverride(1)
                    .members(head("1970-01-01", LaborCapacity.FULL).build()));
            assertThat(urban.units().get(0).category()).isNull();
            assertThat(codes(urban)).doesNotContain("CATEGORY_OVERRIDDEN");
        }

        @Test
        @DisplayName("鲁甸建档立卡户：无完全劳动能力成员为兜底保障对象，否则一般保障对象；非建档立卡户无保障类型")
        void supportTypes() {
            var oldCouple = application("yn-ludian", "2020-07-01", Residence.RURAL).members(
                    head("1950-01-01", LaborCapacity.PARTIAL).build(),
                    person("m2", HeadRelation.SPOUSE, "1952-01-01", LaborCapacity.NONE).build());
            assertThat(decide(oldCouple.flags(List.of(HouseholdFlag.REGISTERED_POOR))).units().get(0).supportType())
                    .isEqualTo(SupportType.BACKSTOP);
            assertThat(decide(oldCouple.flags(List.of(HouseholdFlag.OUT_OF_POVERTY)).members(
                    head("1970-01-01", LaborCapacity.FULL).build())).units().get(0).supportType())
                    .isEqualTo(SupportType.GENERAL);
            assertThat(decide(oldCouple.flags(List.of(HouseholdFlag.MONITORED))).units().get(0).supportType())
                    .isNull();
        }
    }

    @Nested
    @DisplayName("§8 发放方式与取整")
    class PaymentModes {

        @Test
        @DisplayName("夏邑分档补差（示例 04）：三类户补差 43.34 低于保底 193.002，按保底向上取整为 194")
        void gradedGapExample04() {
            Decision d = decide(application("hn-xiayi", "2019-05-01", Residence.RURAL).members(
                    head("1966-07-07", LaborCapacity.PARTIAL).chronicIllness(true).incomes(wage("600.00")).build(),
                    person("m2", HeadRelation.SPOUSE, "1969-09-09", LaborCapacity.FULL).build()));
            assertThat(d.standard()).isEqualTo(yuan("321.67"));
            assertThat(d.income().perCapita()).isEqualTo(yuan("300.00"));
            assertThat(d.units()).singleElement().satisfies(u -> {
                assertThat(u.category()).isEqualTo(3);
                assertThat(u.monthlyAmount()).isEqualTo(yuan("194.00"));
            });
            assertThat(d.reasons()).filteredOn(r -> r.code().equals("AMOUNT_COMPUTED")).singleElement()
                    .satisfies(r -> assertThat(r.figures()).containsEntry("floor", "193.002"));
        }

        @Test
        @DisplayName("分档补差不超过 S×n（取整前封顶）：一类户无收入得 S×n 向上取整")
        void gradedGapCap() {
            Decision d = decide(application("hn-xiayi", "2019-05-01", Residence.RURAL).members(
                    head("1940-01-01", LaborCapacity.NONE).build()));
            assertThat(d.units().get(0).category()).isEqualTo(1);
            assertThat(d.monthlyAmount()).isEqualTo(yuan("322.00"));
        }

        @Test
        @DisplayName("会宁农村定额：二类 318 元/人，三口之家 954 元；2021 年起二类 378 元/人")
        void categoryFixedAcrossDates() {
            var household = List.of(
                    head("1968-04-02", LaborCapacity.NONE).certificate(Certificate.SECOND_GENERATION)
                            .disabilities(List.of(new Disability(DisabilityType.PHYSICAL, 1))).build(),
                    person("m2", HeadRelation.SPOUSE, "1970-08-09", LaborCapacity.FULL).incomes(wage("520.00")).build(),
                    person("m3", HeadRelation.CHILD, "2008-03-15", LaborCapacity.FULL).build());
            Decision d2020 = decide(application("gs-huining", "2020-09-01", Residence.RURAL).members(household));
            Decision d2021 = decide(application("gs-huining", "2021-01-01", Residence.RURAL).members(household));
            assertThat(d2020.monthlyAmount()).isEqualTo(yuan("954.00"));
            assertThat(d2020.units().get(0).category()).isEqualTo(2);
            assertThat(d2021.standard()).isEqualTo(yuan("399.00"));
            assertThat(d2021.monthlyAmount()).isEqualTo(yuan("1134.00"));
        }

        @Test
        @DisplayName("鲁甸农村年标准折算：4500/12 = 375.00；补差向上取整到元")
        void yearlyStandardAndCeiling() {
            Decision d = decide(application("yn-ludian", "2020-07-01", Residence.RURAL).members(
                    head("1970-01-01", LaborCapacity.FULL).incomes(wage("100.50")).build()));
            assertThat(d.standard()).isEqualTo(yuan("375.00"));
            assertThat(d.monthlyAmount()).isEqualTo(yuan("275.00"));
        }
    }

    @Nested
    @DisplayName("§16 解释与配置错误")
    class ExplanationsAndErrors {

        @Test
        @DisplayName("每条理由都有规则编号、条款和中文信息；英文按需提供")
        void reasonsCarryRuleAndClause() {
            var request = application("yn-ludian", "2020-07-01", Residence.URBAN)
                    .members(head("1970-01-01", LaborCapacity.FULL).incomes(wage("100.00")).build()).build();
            Decision zh = service.decide(request, Locale.CHINESE);
            Decision en = service.decide(request, Locale.ENGLISH);
            assertThat(zh.reasons()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.ruleId()).startsWith("DB-");
                assertThat(r.clause()).isNotBlank();
                assertThat(r.message()).isNotBlank().doesNotContain("{");
            });
            assertThat(zh.reasons()).filteredOn(r -> r.code().equals("INCOME_BELOW_STANDARD")).singleElement()
                    .satisfies(r -> assertThat(r.message()).isEqualTo("家庭月人均收入 100.00 元低于当地低保标准 640.00 元"));
            assertThat(en.reasons()).filteredOn(r -> r.code().equals("INCOME_BELOW_STANDARD")).singleElement()
                    .satisfies(r -> assertThat(r.message()).startsWith("Monthly income per person 100.00 yuan"));
            assertThat(zh.firedRules()).isSorted().doesNotHaveDuplicates().contains("DB-ELIG-001", "DB-PAY-001");
        }

        @Test
        @DisplayName("标准执行超过 24 个月：提示可能已过期")
        void staleStandard() {
            Decision d = decide(application("hn-xiayi", "2021-02-01", Residence.URBAN)
                    .members(head("1970-01-01", LaborCapacity.FULL).build()));
            assertThat(codes(d)).contains("STANDARD_MAY_BE_STALE");
            Decision fresh = decide(application("hn-xiayi", "2020-12-31", Residence.URBAN)
                    .members(head("1970-01-01", LaborCapacity.FULL).build()));
            assertThat(codes(fresh)).doesNotContain("STANDARD_MAY_BE_STALE");
        }

        @Test
        @DisplayName("鲁甸 2018-07-01 之前没有标准：配置错误，指明档案、参数、城乡和日期（示例 12）")
        void missingStandardIsConfigurationError() {
            assertThatThrownBy(() -> decide(application("yn-ludian", "2017-03-01", Residence.RURAL)
                    .members(head("1970-01-01", LaborCapacity.FULL).build())))
                    .isInstanceOfSatisfying(PolicyConfigurationException.class, e -> {
                        assertThat(e.profile()).isEqualTo("yn-ludian");
                        assertThat(e.parameter()).isEqualTo("standard");
                        assertThat(e.residence()).isEqualTo("RURAL");
                        assertThat(e.date()).isEqualTo(LocalDate.parse("2017-03-01"));
                    });
        }

        @Test
        @DisplayName("未知档案、基础档案、档案与区划不符均为无效请求")
        void profileProblems() {
            assertThatThrownBy(() -> decide(application("xx-nowhere", "2020-07-01", Residence.URBAN)
                    .members(head("1970-01-01", LaborCapacity.FULL).build())))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("profile"));
            assertThatThrownBy(() -> decide(application("cn-national", "2020-07-01", Residence.URBAN)
                    .members(head("1970-01-01", LaborCapacity.FULL).build())))
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> decide(application("yn-ludian", "2020-07-01", Residence.URBAN).region("620422")
                    .members(head("1970-01-01", LaborCapacity.FULL).build())))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("region"));
            Decision byRegion = service.decide(application("yn-ludian", "2020-07-01", Residence.URBAN)
                    .profile(null).region("530621").members(head("1970-01-01", LaborCapacity.FULL).build()).build());
            assertThat(byRegion.profile()).isEqualTo("yn-ludian");
        }
    }
}
