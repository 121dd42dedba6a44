package org.doudi.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.rules.api.request.Residence.RURAL;
import static org.doudi.rules.api.request.Residence.URBAN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.decision.ParameterSource;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.IncomeRiseCause;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.StaffRole;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped profiles: every value of profiles.md, on both sides of each date. */
class BuiltInProfilesTest {

    private static final ProfileRepository REPO = ProfileRepository.builtIn();

    private static Profile profile(String id) {
        return REPO.byId(id).orElseThrow();
    }

    private static Parameters on(String id, String date, Residence r) {
        return profile(id).on(LocalDate.parse(date), r);
    }

    private static Money m(String s) {
        return Money.parse(s);
    }

    @Test
    void lists_the_five_profiles_sorted_by_id() {
        assertThat(REPO.all()).extracting(Profile::id)
                .containsExactly("cn-national", "gs-huining", "hn-xiayi", "js-wujin", "yn-ludian");
        assertThat(ProfileRepository.builtIn()).isSameAs(REPO);
    }

    @Test
    void finds_profiles_by_region() {
        assertThat(REPO.byRegion("620422")).map(Profile::id).contains("gs-huining");
        assertThat(REPO.byRegion("530621")).map(Profile::id).contains("yn-ludian");
        assertThat(REPO.byRegion("411426")).map(Profile::id).contains("hn-xiayi");
        assertThat(REPO.byRegion("320412")).map(Profile::id).contains("js-wujin");
        assertThat(REPO.byRegion("110101")).isEmpty();
        assertThat(REPO.byRegion(null)).isEmpty();
        assertThat(REPO.byId("xx-nowhere")).isEmpty();
    }

    @Test
    void header_fields() {
        Profile national = profile("cn-national");
        assertThat(national.isBase()).isTrue();
        assertThat(national.parentId()).isNull();
        assertThat(national.regions()).isEmpty();
        Profile huining = profile("gs-huining");
        assertThat(huining.isBase()).isFalse();
        assertThat(huining.parentId()).isEqualTo("cn-national");
        assertThat(huining.regions()).containsExactly("620422");
        assertThat(huining.name()).isEqualTo("会宁县（甘肃省白银市）");
        assertThat(huining.descriptionEn()).isEqualTo("Huining county, Baiyin, Gansu");
        assertThat(REPO.all()).filteredOn(p -> !p.isBase()).extracting(Profile::parentId).containsOnly("cn-national");
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            // yn-ludian URBAN
            "yn-ludian, URBAN, 2018-07-01, 557.00, 2018-07-01",
            "yn-ludian, URBAN, 2019-06-30, 557.00, 2018-07-01",
            "yn-ludian, URBAN, 2019-07-01, 610.00, 2019-07-01",
            "yn-ludian, URBAN, 2020-05-31, 610.00, 2019-07-01",
            "yn-ludian, URBAN, 2020-06-01, 640.00, 2020-06-01",
            "yn-ludian, URBAN, 2021-06-30, 640.00, 2020-06-01",
            "yn-ludian, URBAN, 2021-07-01, 660.00, 2021-07-01",
            "yn-ludian, URBAN, 2023-06-30, 660.00, 2021-07-01",
            "yn-ludian, URBAN, 2023-07-01, 728.00, 2023-07-01",
            "yn-ludian, URBAN, 2030-01-01, 728.00, 2023-07-01",
            // yn-ludian RURAL (yearly / 12 HALF_UP)
            "yn-ludian, RURAL, 2018-07-01, 291.67, 2018-07-01",
            "yn-ludian, RURAL, 2019-06-30, 291.67, 2018-07-01",
            "yn-ludian, RURAL, 2019-07-01, 350.00, 2019-07-01",
            "yn-ludian, RURAL, 2020-05-31, 350.00, 2019-07-01",
            "yn-ludian, RURAL, 2020-06-01, 375.00, 2020-06-01",
            "yn-ludian, RURAL, 2021-06-30, 375.00, 2020-06-01",
            "yn-ludian, RURAL, 2021-07-01, 397.50, 2021-07-01",
            "yn-ludian, RURAL, 2023-06-30, 397.50, 2021-07-01",
            "yn-ludian, RURAL, 2023-07-01, 503.17, 2023-07-01",
            // gs-huining
            "gs-huining, URBAN, 2019-01-01, 524.00, 2019-01-01",
            "gs-huining, URBAN, 2020-12-31, 524.00, 2019-01-01",
            "gs-huining, URBAN, 2021-01-01, 623.00, 2021-01-01",
            "gs-huining, RURAL, 2019-01-01, 335.00, 2019-01-01",
            "gs-huining, RURAL, 2020-12-31, 335.00, 2019-01-01",
            "gs-huining, RURAL, 2021-01-01, 399.00, 2021-01-01",
            // hn-xiayi
            "hn-xiayi, URBAN, 2018-01-01, 470.00, 2018-01-01",
            "hn-xiayi, URBAN, 2018-12-31, 470.00, 2018-01-01",
            "hn-xiayi, URBAN, 2019-01-01, 520.00, 2019-01-01",
            "hn-xiayi, RURAL, 2018-01-01, 287.50, 2018-01-01",
            "hn-xiayi, RURAL, 2018-12-31, 287.50, 2018-01-01",
            "hn-xiayi, RURAL, 2019-01-01, 321.67, 2019-01-01",
            "hn-xiayi, RURAL, 2019-06-15, 321.67, 2019-01-01",
    })
    void standards(String id, Residence r, String date, String standard, String from) {
        Parameters p = on(id, date, r);
        assertThat(p.standard()).isEqualTo(m(standard));
        assertThat(p.standard().amount().scale()).isEqualTo(2);
        assertThat(p.standardEffectiveFrom()).isEqualTo(LocalDate.parse(from));
        assertThat(p.profileId()).isEqualTo(id);
        assertThat(p.residence()).isEqualTo(r);
        assertThat(p.date()).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void yearly_conversion_is_half_up_once() {
        assertThat(new BigDecimal(3500).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)).isEqualByComparingTo("291.67");
        assertThat(on("hn-xiayi", "2019-01-01", RURAL).standard().times(new BigDecimal("0.30")).amount()
                .multiply(BigDecimal.valueOf(2))).isEqualByComparingTo("193.002");
    }

    @Nested
    class MissingValues {
        @Test
        void before_the_first_standard_names_profile_parameter_residence_date() {
            Parameters p = on("yn-ludian", "2017-03-01", RURAL);
            assertThatThrownBy(p::standard)
                    .isInstanceOf(PolicyConfigurationException.class)
                    .hasMessage("profile yn-ludian has no value for standard (residence RURAL) on 2017-03-01")
                    .satisfies(e -> {
                        PolicyConfigurationException pce = (PolicyConfigurationException) e;
                        assertThat(pce.profile()).isEqualTo("yn-ludian");
                        assertThat(pce.parameter()).isEqualTo("standard");
                        assertThat(pce.residence()).isEqualTo("RURAL");
                        assertThat(pce.date()).isEqualTo(LocalDate.of(2017, 3, 1));
                    });
            assertThatThrownBy(p::standardEffectiveFrom).isInstanceOf(PolicyConfigurationException.class);
            assertThatThrownBy(() -> on("yn-ludian", "2018-06-30", URBAN).standard())
                    .hasMessage("profile yn-ludian has no value for standard (residence URBAN) on 2018-06-30");
            // other values are still there: lookups are per getter
            assertThat(p.edgeMultiplier()).isEqualByComparingTo("1.5");
        }

        @Test
        void js_wujin_has_no_standard_on_any_date() {
            for (String date : List.of("2000-01-01", "2019-06-01", "2024-01-01", "2099-12-31")) {
                for (Residence r : Residence.values()) {
                    assertThatThrownBy(() -> on("js-wujin", date, r).standard())
                            .isInstanceOf(PolicyConfigurationException.class)
                            .hasMessage("profile js-wujin has no value for standard (residence " + r + ") on " + date);
                }
            }
            assertThat(on("js-wujin", "2024-01-01", URBAN).paymentMode()).isEqualTo(PaymentMode.GAP);
        }

        @Test
        void parameters_no_profile_sets_are_missing_not_zero() {
            assertThatThrownBy(() -> on("cn-national", "2020-01-01", RURAL).standard())
                    .hasMessage("profile cn-national has no value for standard (residence RURAL) on 2020-01-01");
            assertThatThrownBy(() -> on("yn-ludian", "2020-01-01", RURAL).voluntaryExitMinMonths())
                    .hasMessage("profile yn-ludian has no value for voluntaryExit.minMonths (residence RURAL) on 2020-01-01");
            assertThatThrownBy(() -> on("gs-huining", "2020-01-01", URBAN).paymentPerPerson())
                    .hasMessage("profile gs-huining has no value for payment.perPerson (residence URBAN) on 2020-01-01");
            assertThatThrownBy(() -> on("gs-huining", "2018-12-31", RURAL).paymentPerPerson())
                    .hasMessage("profile gs-huining has no value for payment.perPerson (residence RURAL) on 2018-12-31");
            assertThatThrownBy(() -> on("yn-ludian", "2020-01-01", URBAN).paymentFloorRatio())
                    .isInstanceOf(PolicyConfigurationException.class);
        }

        @Test
        void optional_values_are_null_or_empty() {
            Parameters p = on("yn-ludian", "2020-01-01", RURAL);
            assertThat(p.deductionEmploymentCostCap()).isNull();
            assertThat(p.disabilityLiving()).isEmpty();
            assertThat(p.disabilityNursing()).isEmpty();
            Parameters before = on("gs-huining", "2018-12-31", RURAL);
            assertThat(before.disabilityLiving()).isEmpty();
            assertThat(before.disabilityNursing()).isEmpty();
        }
    }

    @Test
    void national_defaults() {
        for (String id : List.of("cn-national", "yn-ludian", "gs-huining", "hn-xiayi", "js-wujin")) {
            for (Residence r : Residence.values()) {
                Parameters p = on(id, "2020-06-15", r);
                assertThat(p.incomeExcludedTypes()).containsExactlyInAnyOrder(IncomeType.PREFERENTIAL_CARE,
                        IncomeType.FAMILY_PLANNING_REWARD, IncomeType.SCHOLARSHIP, IncomeType.GOOD_SAMARITAN_AWARD,
                        IncomeType.SOCIAL_ASSISTANCE, IncomeType.BASIC_PENSION_BASE, IncomeType.DISABILITY_SUBSIDY);
                assertThat(p.deductionEnabled()).isTrue();
                assertThat(p.deductionEmploymentCostCap()).isNull();
                assertThat(p.assetsFinancialMonthsOfStandard()).isEqualByComparingTo("24");
                assertThat(p.assetsVehicleValueCap()).isEqualTo(Money.ZERO);
                assertThat(p.assetsMaxResidentialProperties()).isEqualTo(2);
                assertThat(p.assetsNonResidentialAllowed()).isFalse();
                assertThat(p.assetsBusinessCapitalCap()).isEqualTo(m("100000"));
                assertThat(p.edgeMultiplier()).isEqualByComparingTo("1.5");
                assertThat(p.edgeUpperInclusive()).isFalse();
                assertThat(p.singleAdultAge()).isEqualTo(18);
                assertThat(p.categoryRigidShare()).isEqualByComparingTo("0.5");
                assertThat(p.categoryPreschoolAgeBelow()).isEqualTo(6);
                assertThat(p.standardStaleAfterMonths()).isEqualTo(24);
                assertThat(p.paymentRounding()).isEqualTo(Rounding.YUAN_CEILING);
                assertThat(p.phaseOutMonths()).isEqualTo(12);
                assertThat(p.phaseOutCauses()).containsExactlyInAnyOrder(IncomeRiseCause.EMPLOYMENT,
                        IncomeRiseCause.FLEXIBLE_WORK, IncomeRiseCause.INDUSTRY_SUPPORT);
                assertThat(p.phaseOutSchedulePct()).extracting(BigDecimal::intValueExact).containsExactly(100);
                assertThat(p.disabilityLivingForEdge()).isFalse();
                assertThat(p.filingRelations()).containsExactlyInAnyOrder(KinRelation.SPOUSE, KinRelation.PARENT,
                        KinRelation.CHILD, KinRelation.SIBLING, KinRelation.GRANDPARENT,
                        KinRelation.MATERNAL_GRANDPARENT, KinRelation.GRANDCHILD, KinRelation.MATERNAL_GRANDCHILD);
                assertThat(p.visitMinStaff()).isEqualTo(2);
                assertThat(p.reviewPoolMin()).isEqualTo(30);
                assertThat(p.reviewPanelMin()).isEqualTo(9);
                assertThat(p.reviewCadreMin()).isEqualTo(2);
                assertThat(p.samplingRatio()).isEqualByComparingTo("0.30");
                assertThat(p.screeningDeathExitMonths()).isEqualTo(3);
                assertThat(p.noticeDays()).isEqualTo(7);
            }
        }
        Parameters n = on("cn-national", "2020-06-15", URBAN);
        assertThat(n.singleRuleset()).isEqualTo("national-2021");
        assertThat(n.singleSupportPaymentExempt()).isFalse();
        assertThat(n.categoryEnabled()).isFalse();
        assertThat(n.supportTypeEnabled()).isFalse();
        assertThat(n.paymentMode()).isEqualTo(PaymentMode.GAP);
        assertThat(n.phaseOutRegisteredOnly()).isFalse();
        assertThat(n.voluntaryExitEnabled()).isFalse();
        assertThat(n.voluntaryExitRegisteredOnly()).isTrue();
        assertThat(n.visitRequired()).isFalse();
        assertThat(n.bridgeEnabled()).isFalse();
        assertThat(n.disabilitySecondGenerationRequired()).isFalse();
        assertThat(n.filingStaffRoles()).containsExactlyInAnyOrder(StaffRole.DIBAO_HANDLER, StaffRole.VILLAGE_COMMITTEE);
        assertThat(n.reviewRequired()).isFalse();
        assertThat(n.noticeCount()).isEqualTo(1);
    }

    @Test
    void yn_ludian() {
        for (Residence r : Residence.values()) {
            Parameters p = on("yn-ludian", "2020-06-15", r);
            assertThat(p.singleRuleset()).isEqualTo("ludian-2019");
            assertThat(p.supportTypeEnabled()).isTrue();
            assertThat(p.filingStaffRoles()).containsExactlyInAnyOrder(StaffRole.values());
            assertThat(p.reviewRequired()).isTrue();
            assertThat(p.noticeCount()).isEqualTo(2);
            assertThat(p.noticeDays()).isEqualTo(7);
            assertThat(p.categoryEnabled()).isFalse();
            assertThat(p.paymentMode()).isEqualTo(PaymentMode.GAP);
            assertThat(p.voluntaryExitEnabled()).isFalse();
            assertThat(p.visitRequired()).isTrue();
        }
    }

    @Test
    void gs_huining_inherits_and_overrides_per_residence() {
        Parameters urban = on("gs-huining", "2020-06-15", URBAN);
        Parameters rural = on("gs-huining", "2020-06-15", RURAL);
        assertThat(rural.edgeMultiplier()).isEqualByComparingTo("1.5");
        assertThat(urban.paymentMode()).isEqualTo(PaymentMode.GAP);
        assertThat(rural.paymentMode()).isEqualTo(PaymentMode.CATEGORY_FIXED);
        assertThat(rural.categoryEnabled()).isTrue();
        assertThat(urban.categoryEnabled()).isFalse();
        for (Parameters p : List.of(urban, rural)) {
            assertThat(p.singleRuleset()).isEqualTo("huining-2020");
            assertThat(p.phaseOutRegisteredOnly()).isTrue();
            assertThat(p.voluntaryExitEnabled()).isTrue();
            assertThat(p.voluntaryExitMinMonths()).isEqualTo(1);
            assertThat(p.voluntaryExitMaxMonths()).isEqualTo(3);
            assertThat(p.voluntaryExitRegisteredOnly()).isTrue();
            assertThat(p.visitRequired()).isFalse();
            assertThat(p.bridgeEnabled()).isTrue();
            assertThat(p.bridgeMinMonths()).isEqualTo(1);
            assertThat(p.bridgeMaxMonths()).isEqualTo(2);
            assertThat(p.disabilitySecondGenerationRequired()).isTrue();
            assertThat(p.supportTypeEnabled()).isFalse();
            assertThat(p.reviewRequired()).isFalse();
        }
    }

    @Test
    void gs_huining_per_person_amounts() {
        assertThat(on("gs-huining", "2019-01-01", RURAL).paymentPerPerson())
                .containsExactly(Map.entry(1, m("335")), Map.entry(2, m("318")), Map.entry(3, m("84")), Map.entry(4, m("58")));
        assertThat(on("gs-huining", "2020-12-31", RURAL).paymentPerPerson()).containsEntry(1, m("335")).containsEntry(2, m("318"));
        assertThat(on("gs-huining", "2021-01-01", RURAL).paymentPerPerson())
                .containsExactly(Map.entry(1, m("399")), Map.entry(2, m("378")), Map.entry(3, m("84")), Map.entry(4, m("58")));
    }

    @Test
    void gs_huining_disability_amounts() {
        Map<String, Money> rural = on("gs-huining", "2019-01-01", RURAL).disabilityLiving();
        assertThat(rural).containsOnly(Map.entry("1", m("100")), Map.entry("2", m("100")),
                Map.entry("3", m("10")), Map.entry("4", m("10")));
        assertThat(on("gs-huining", "2019-01-01", URBAN).disabilityLiving()).containsOnly(Map.entry("default", m("100")));
        assertThat(on("gs-huining", "2018-12-31", URBAN).disabilityLiving()).isEmpty();
        for (Residence r : Residence.values()) {
            Map<NursingKey, Money> nursing = on("gs-huining", "2020-06-15", r).disabilityNursing();
            assertThat(nursing).hasSize(12);
            for (DisabilityType t : List.of(DisabilityType.INTELLECTUAL, DisabilityType.MENTAL, DisabilityType.PHYSICAL,
                    DisabilityType.VISUAL)) {
                assertThat(nursing).containsEntry(new NursingKey(t, 1), m("100"));
            }
            assertThat(nursing).containsEntry(new NursingKey(DisabilityType.INTELLECTUAL, 2), m("100"))
                    .containsEntry(new NursingKey(DisabilityType.MENTAL, 2), m("100"))
                    .containsEntry(new NursingKey(DisabilityType.HEARING, 1), m("50"))
                    .containsEntry(new NursingKey(DisabilityType.SPEECH, 1), m("50"))
                    .containsEntry(new NursingKey(DisabilityType.PHYSICAL, 2), m("50"))
                    .containsEntry(new NursingKey(DisabilityType.VISUAL, 2), m("50"))
                    .containsEntry(new NursingKey(DisabilityType.HEARING, 2), m("50"))
                    .containsEntry(new NursingKey(DisabilityType.SPEECH, 2), m("50"))
                    .doesNotContainKey(new NursingKey(DisabilityType.PHYSICAL, 3));
        }
        for (String id : List.of("yn-ludian", "hn-xiayi", "js-wujin", "cn-national")) {
            assertThat(on(id, "2020-06-15", RURAL).disabilityLiving()).isEmpty();
            assertThat(on(id, "2020-06-15", URBAN).disabilityNursing()).isEmpty();
        }
    }

    @Test
    void hn_xiayi() {
        for (Residence r : Residence.values()) {
            Parameters p = on("hn-xiayi", "2019-06-15", r);
            assertThat(p.paymentMode()).isEqualTo(PaymentMode.GRADED_GAP);
            assertThat(p.categoryEnabled()).isTrue();
            assertThat(p.paymentFloorRatio()).containsOnlyKeys(1, 2, 3, 4);
            assertThat(p.paymentFloorRatio().get(1)).isEqualByComparingTo("1.00");
            assertThat(p.paymentFloorRatio().get(2)).isEqualByComparingTo("0.60");
            assertThat(p.paymentFloorRatio().get(3)).isEqualByComparingTo("0.30");
            assertThat(p.paymentFloorRatio().get(4)).isEqualByComparingTo("0.00");
            assertThat(p.singleRuleset()).isEqualTo("national-2021");
            assertThat(p.singleSupportPaymentExempt()).isTrue();
            assertThat(p.supportTypeEnabled()).isFalse();
        }
    }

    @Test
    void hn_xiayi_relaxes_single_person_coverage_from_2023_06_21() {
        for (Residence r : Residence.values()) {
            assertThat(on("hn-xiayi", "2018-01-01", r).singleRuleset()).isEqualTo("national-2021");
            assertThat(on("hn-xiayi", "2023-06-20", r).singleRuleset()).isEqualTo("national-2021");
            assertThat(on("hn-xiayi", "2023-06-21", r).singleRuleset()).isEqualTo("relaxed-2022");
            assertThat(on("hn-xiayi", "2024-01-01", r).singleRuleset()).isEqualTo("relaxed-2022");
        }
    }

    @Test
    void value_dates_list_every_change() {
        assertThat(profile("gs-huining").valueDates()).containsExactly(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1));
        assertThat(profile("yn-ludian").valueDates()).containsExactly(LocalDate.of(2018, 7, 1), LocalDate.of(2019, 7, 1),
                LocalDate.of(2020, 6, 1), LocalDate.of(2021, 7, 1), LocalDate.of(2023, 7, 1));
        assertThat(profile("hn-xiayi").valueDates()).containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1),
                LocalDate.of(2023, 6, 21));
        assertThat(profile("js-wujin").valueDates()).isEmpty();
        assertThat(profile("cn-national").valueDates()).isEmpty();
    }

    @Test
    void sources_of_values_in_force() {
        Profile p = profile("gs-huining");
        assertThat(p.source("standard", RURAL, LocalDate.of(2020, 12, 31))).startsWith("甘肃省2019年农村低保标准");
        assertThat(p.source("standard", RURAL, LocalDate.of(2021, 1, 1))).startsWith("甘肃省2021年农村低保标准");
        assertThat(p.source("edge.multiplier", URBAN, LocalDate.of(2021, 1, 1)))
                .startsWith("最低生活保障审核确认办法（民发〔2021〕57号）第八条");
        assertThat(p.source("standard", RURAL, LocalDate.of(2018, 1, 1))).isNull();
        assertThat(profile("cn-national").source("assets.vehicleValueCap", URBAN, LocalDate.of(2020, 1, 1)))
                .startsWith("假设值：");
        assertThatThrownBy(() -> p.source("no.such", URBAN, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_value_in_force_shows_its_text_effective_date_and_source() {
        Parameters rural2020 = on("gs-huining", "2020-12-31", RURAL);
        Profile huining = profile("gs-huining");
        assertThat(rural2020.source("standard")).isEqualTo(new ParameterSource("standard", "335.00",
                LocalDate.of(2019, 1, 1), huining.source("standard", RURAL, LocalDate.of(2020, 12, 31))));
        // a yearly source value shows the monthly standard it was converted to
        assertThat(on("gs-huining", "2021-01-01", RURAL).source("standard").value()).isEqualTo("399.00");
        assertThat(on("gs-huining", "2021-01-01", RURAL).source("standard").from()).isEqualTo(LocalDate.of(2021, 1, 1));

        // undated values: from is null; numbers as written, switches, names
        ParameterSource multiplier = rural2020.source("edge.multiplier");
        assertThat(multiplier.value()).isEqualTo("1.5");
        assertThat(multiplier.from()).isNull();
        assertThat(multiplier.source()).isEqualTo(huining.source("edge.multiplier", RURAL, LocalDate.of(2020, 1, 1)));
        assertThat(rural2020.source("assets.financialMonthsOfStandard").value()).isEqualTo("24");
        assertThat(rural2020.source("edge.upperInclusive").value()).isEqualTo("false");
        assertThat(rural2020.source("payment.mode").value()).isEqualTo("CATEGORY_FIXED");
        assertThat(rural2020.source("payment.rounding").value()).isEqualTo("YUAN CEILING");
        assertThat(rural2020.source("single.ruleset").value()).isEqualTo("huining-2020");
        assertThat(rural2020.source("assets.vehicleValueCap").value()).isEqualTo("0.00");

        // lists and maps, whole or one entry
        assertThat(rural2020.source("phaseOut.causes").value()).isEqualTo("EMPLOYMENT, FLEXIBLE_WORK, INDUSTRY_SUPPORT");
        assertThat(rural2020.source("phaseOut.schedulePct").value()).isEqualTo("100");
        assertThat(rural2020.source("payment.perPerson").value()).isEqualTo("1: 335.00, 2: 318.00, 3: 84.00, 4: 58.00");
        assertThat(rural2020.source("payment.perPerson.2")).isEqualTo(new ParameterSource("payment.perPerson.2",
                "318.00", LocalDate.of(2019, 1, 1), huining.source("payment.perPerson", RURAL, LocalDate.of(2020, 1, 1))));
        assertThat(rural2020.source("disability.living.3").value()).isEqualTo("10.00");
        assertThat(rural2020.source("disability.nursing.PHYSICAL.2").value()).isEqualTo("50.00");
        assertThat(on("hn-xiayi", "2020-01-01", URBAN).source("payment.floorRatio.2").value()).isEqualTo("0.60");

        // no value in force: value null; an ended or absent entry keeps what the profile says about it
        ParameterSource noCap = rural2020.source("deduction.employmentCostCap");
        assertThat(noCap.value()).isNull();
        assertThat(noCap.source()).isNotBlank();
        assertThat(rural2020.source("disability.living.default")).extracting(ParameterSource::value).isNull();
        assertThat(on("gs-huining", "2018-06-01", RURAL).source("standard"))
                .isEqualTo(new ParameterSource("standard", null, null, null));
        assertThat(on("yn-ludian", "2020-06-15", URBAN).source("voluntaryExit.minMonths"))
                .isEqualTo(new ParameterSource("voluntaryExit.minMonths", null, null, null));
    }

    @Test
    void source_names_are_parameters_or_one_key_of_a_map() {
        Parameters p = on("gs-huining", "2020-06-15", RURAL);
        for (String bad : List.of("no.such", "standard.1", "payment.perPerson.5", "payment.perPerson.x",
                "disability.living.9", "disability.nursing.PHYSICAL", "disability.nursing.WINGS.1",
                "phaseOut.causes.1")) {
            assertThat(Parameters.isParameterName(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> p.source(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad);
        }
        for (ParameterDef d : ParameterDef.values()) {
            assertThat(Parameters.isParameterName(d.key)).as(d.key).isTrue();
            assertThat(p.source(d.key).parameter()).isEqualTo(d.key);
        }
        assertThat(Parameters.isParameterName("disability.nursing.INTELLECTUAL.1")).isTrue();
        assertThat(Parameters.isParameterName("disability.living.default")).isTrue();
    }

    @Test
    void every_parameter_of_every_profile_has_a_source() {
        for (Profile p : REPO.all()) {
            for (ParameterDef d : ParameterDef.values()) {
                for (Residence r : Residence.values()) {
                    for (String date : List.of("2018-01-01", "2019-01-01", "2021-01-01", "2024-01-01")) {
                        String s = p.source(d.key, r, LocalDate.parse(date));
                        if (s != null) {
                            assertThat(s).as("%s %s %s %s", p.id(), d.key, r, date).isNotBlank();
                        }
                    }
                }
            }
        }
    }

    @Test
    void snapshots_are_cached_and_thread_safe() {
        Profile p = profile("yn-ludian");
        assertThat(p.on(LocalDate.of(2020, 6, 15), RURAL)).isSameAs(p.on(LocalDate.of(2020, 6, 15), RURAL));
        Map<Integer, Money> seen = new ConcurrentHashMap<>();
        IntStream.range(0, 10_000).parallel().forEach(i -> {
            LocalDate d = LocalDate.of(2018, 7, 1).plusDays(i % 2500);
            seen.put(i, p.on(d, i % 2 == 0 ? RURAL : URBAN).standard());
        });
        assertThat(seen).hasSize(10_000);
        assertThat(p.on(LocalDate.of(2018, 7, 1), RURAL).standard()).isEqualTo(m("291.67"));
    }

    @Test
    void returned_collections_are_unmodifiable() {
        Parameters p = on("gs-huining", "2021-01-01", RURAL);
        assertThatThrownBy(() -> p.paymentPerPerson().put(5, Money.ZERO)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.incomeExcludedTypes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.phaseOutSchedulePct().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.disabilityNursing().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> REPO.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> profile("gs-huining").valueDates().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void built_in_files_check_clean() {
        assertThat(ProfileRepository.checkWithOverlay(null)).isEmpty();
    }
}
