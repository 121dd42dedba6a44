package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.drools.facts.Person;
import org.doudi.rules.profile.NursingKey;
import org.doudi.rules.profile.Parameters;
import org.doudi.rules.profile.ProfileRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The look-ups the rules call: the per-category payment entries (present or not, and the configuration error of a
 * missing one), the nursing subsidy tier of a member's severe disabilities, and which rule concluded a fact.
 */
class HelpersLookupTest {

    private static final ProfileRepository MISCONFIGURED = ProfileRepository.builtInWithOverlay(
            Path.of("src/test/resources/params-misconfigured").toAbsolutePath());

    private static Parameters params(String profile) {
        return MISCONFIGURED.byId(profile).orElseThrow().on(LocalDate.of(2020, 6, 1), Residence.URBAN);
    }

    @Test
    @DisplayName("fixed amounts for category 1 only: 1 is configured, 4 is not, and reading 4 is a configuration"
            + " error naming the entry")
    void perPersonEntries() {
        Parameters p = params("test-fixed-partial");
        assertThat(Payments.perPersonConfigured(p, 1)).isTrue();
        assertThat(Payments.perPersonConfigured(p, 4)).isFalse();
        assertThat(Payments.perPerson(p, 1)).isEqualTo(Money.parse("300.00"));
        assertThatThrownBy(() -> Payments.perPerson(p, 4))
                .isInstanceOfSatisfying(PolicyConfigurationException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("payment.perPerson.4");
                    assertThat(e.residence()).isEqualTo("URBAN");
                });
        assertThat(Payments.floorRatioConfigured(p, 1)).isFalse();
        assertThatThrownBy(() -> Payments.floorRatio(p, 1))
                .isInstanceOfSatisfying(PolicyConfigurationException.class,
                        // the profile has no floor ratios at all: the parameter itself is missing
                        e -> assertThat(e.parameter()).isEqualTo("payment.floorRatio"));
    }

    @Test
    @DisplayName("graded floor ratios for every category: each configured and read")
    void floorRatioEntries() {
        Parameters p = params("test-graded-without-categories");
        assertThat(Payments.floorRatioConfigured(p, 2)).isTrue();
        assertThat(Payments.floorRatio(p, 2)).isEqualByComparingTo("0.60");
        assertThat(Payments.perPersonConfigured(p, 2)).isFalse();
    }

    private static Person disabled(Disability... disabilities) {
        Member member = Member.builder("m1", HeadRelation.HEAD).birthDate(LocalDate.of(1980, 1, 1))
                .laborCapacity(LaborCapacity.NONE).certificate(Certificate.SECOND_GENERATION)
                .disabilities(List.of(disabilities)).build();
        EvaluationRequest request = EvaluationRequest.builder().caseId("A").kind(Kind.APPLICATION)
                .profile("hn-xiayi").asOf(LocalDate.of(2023, 7, 1)).residence(Residence.URBAN).members(member).build();
        return new Person(member, 0, request);
    }

    private static final Map<NursingKey, Money> NURSING = Map.of(
            new NursingKey(DisabilityType.PHYSICAL, 1), Money.parse("100.00"),
            new NursingKey(DisabilityType.VISUAL, 1), Money.parse("100.00"),
            new NursingKey(DisabilityType.MENTAL, 2), Money.parse("80.00"),
            new NursingKey(DisabilityType.PHYSICAL, 3), Money.parse("500.00"));

    @Test
    @DisplayName("nursing: the highest configured tier of the member's severe disabilities; the first of equal ones")
    void nursingTier() {
        Person p = disabled(new Disability(DisabilityType.HEARING, 1), new Disability(DisabilityType.MENTAL, 2),
                new Disability(DisabilityType.PHYSICAL, 3));
        // hearing grade 1 has no amount; physical grade 3 is not severe, whatever its amount
        assertThat(Subsidies.nursing(NURSING, p)).isEqualTo(Money.parse("80.00"));
        assertThat(Subsidies.nursingParameter(NURSING, p)).isEqualTo("disability.nursing.MENTAL.2");

        Person tie = disabled(new Disability(DisabilityType.VISUAL, 1), new Disability(DisabilityType.PHYSICAL, 1));
        assertThat(Subsidies.nursingParameter(NURSING, tie)).isEqualTo("disability.nursing.VISUAL.1");
        Person tieReversed = disabled(new Disability(DisabilityType.PHYSICAL, 1),
                new Disability(DisabilityType.VISUAL, 1));
        assertThat(Subsidies.nursingParameter(NURSING, tieReversed)).isEqualTo("disability.nursing.PHYSICAL.1");

        Person none = disabled(new Disability(DisabilityType.HEARING, 1));
        assertThat(Subsidies.nursing(NURSING, none)).isNull();
        assertThat(Subsidies.nursingParameter(NURSING, none)).isEqualTo("disability.nursing");
    }

    @Test
    @DisplayName("a fact the caller inserted was concluded by no rule")
    void inputFactHasNoRule() {
        KieSession session = TestRules.builtIn().rules().kieBase().newKieSession();
        try {
            FactHandle handle = session.insert("an input fact");
            ExplanationCollector collector = new ExplanationCollector();
            assertThat(collector.rulesOf(handle)).isEmpty();
            assertThat(collector.ruleOf(handle)).isNull();
        } finally {
            session.dispose();
        }
    }
}
