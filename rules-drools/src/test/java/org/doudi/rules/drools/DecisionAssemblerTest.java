package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;
import static org.doudi.rules.drools.Cases.application;
import static org.doudi.rules.drools.Cases.person;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.decision.Coverage;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.profile.ProfileRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How a decision is assembled from the conclusions standing when the rules have fired, with test rules that conclude
 * exactly what each case needs ({@code assembler/conclusions.drl}, built at run time) over the built-in national
 * profile without its own clauses and a test county's (the profiles may cite only rules the rule set has): rules that reach no
 * single decision are a configuration error saying what is missing; reasons come in rule-id order, then by member,
 * with stable ties; each names its member and shows its figures.
 */
class DecisionAssemblerTest {

    /** Built once per JVM: compiling DRL at run time takes seconds. */
    private static final DroolsEligibilityService SERVICE = service();

    private static DroolsEligibilityService service() {
        try {
            Path profiles = Files.createTempDirectory("doudi-assembler-profiles");
            profiles.toFile().deleteOnExit();
            write(profiles.resolve("cn-national.yaml"), Cases.nationalProfileWithoutClauses());
            write(profiles.resolve("xx-test.yaml"), Cases.TEST_COUNTY);
            RuleSet rules = RuleSet.build(Map.of("conclusions.drl",
                    resource("org/doudi/rules/drools/assembler/conclusions.drl")));
            return DroolsEligibilityService.of(rules, ProfileRepository.fromDirectory(profiles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DecisionAssemblerTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static EvaluationRequest household(Member... members) {
        return application("xx-test", "2024-06-01", Residence.URBAN).members(members).build();
    }

    private static Member member(String id, HeadRelation relation) {
        return person(id, relation, "1980-01-01", LaborCapacity.FULL).build();
    }

    private static String refusal(String firstMemberId) {
        EvaluationRequest request = household(member(firstMemberId, HeadRelation.HEAD));
        Throwable thrown = catchThrowable(() -> SERVICE.decide(request, Locale.CHINESE));
        assertThat(thrown).isInstanceOf(PolicyConfigurationException.class);
        return thrown.getMessage();
    }

    private static final String ADVICE = ". The rules are incomplete or contradict each other: a rules folder must hold"
            + " every policy area (run doudi validate --rules DIR to see which are missing)";

    @Test
    @DisplayName("rules that conclude nothing: no income, no outcome and no household status, each said")
    void nothingConcluded() {
        assertThat(refusal("nothing")).contains("the rules in use reached no decision: no rule computed the "
                + "household's income; no rule decided an outcome; no rule decided the household status" + ADVICE);
    }

    @Test
    @DisplayName("rules that contradict each other: the outcomes and statuses they decided, in name order")
    void contradictions() {
        assertThat(refusal("several")).contains("the rules in use reached no decision: rules decided several outcomes "
                + "[ELIGIBLE, INELIGIBLE]; rules decided several household statuses [ABOVE_EDGE, EDGE]" + ADVICE);
    }

    @Test
    @DisplayName("an outcome and a status but no income, or income and an outcome but no status: only what is missing")
    void oneThingMissing() {
        assertThat(refusal("noincome")).contains("reached no decision: no rule computed the household's income"
                + ADVICE);
        assertThat(refusal("nostatus")).contains("reached no decision: no rule decided the household status"
                + ADVICE);
    }

    @Test
    @DisplayName("reasons by rule id, then the household before members by position, then code, then figures; each "
            + "with its member's id, its label in the message and its figures as the decision shows them")
    void reasons() {
        Decision d = SERVICE.decide(household(member("m1", HeadRelation.HEAD),
                        Member.builder("m2", HeadRelation.SPOUSE).birthDate(LocalDate.parse("1981-01-01"))
                                .laborCapacity(LaborCapacity.FULL).build(),
                        member("m3", HeadRelation.CHILD)),
                Locale.CHINESE);

        assertThat(d.reasons()).extracting(Reason::ruleId, Reason::memberId, Reason::code)
                .containsExactly(
                        tuple("T-101", "m1", "SINGLE_PERSON_COVERED"),
                        tuple("T-101", "m2", "SINGLE_PERSON_COVERED"),
                        tuple("T-101", "m3", "SINGLE_PERSON_COVERED"),
                        tuple("T-102", null, "Z_CODE"),
                        tuple("T-102", "m2", "A_CODE"),
                        tuple("T-102", "m2", "Z_CODE"),
                        tuple("T-102", "m2", "Z_CODE"),
                        tuple("T-102", "m3", "Z_CODE"));
        assertThat(d.reasons().get(5).figures()).isEqualTo(Map.of("n", 1));
        assertThat(d.reasons().get(6).figures()).isEqualTo(Map.of("n", 2));
        assertThat(d.reasons()).allSatisfy(r -> assertThat(r.clause()).isEqualTo("测试"));

        // figures: money and whole numbers and texts as given; an exact amount and a decimal as text; a code by name
        assertThat(d.reasons().get(0).figures()).containsExactly(Map.entry("net", 7L), Map.entry("standard", "text"));
        assertThat(d.reasons().get(1).figures()).containsExactly(Map.entry("net", "1.5"),
                Map.entry("standard", "MANDATORY"));
        assertThat(d.reasons().get(2).figures()).containsExactly(Map.entry("net", Money.parse("300.00")),
                Map.entry("standard", "520.125"));
        // the member as the message names them: name and id, or the id alone; none for the household
        assertThat(d.reasons().get(0).message()).startsWith("成员m1（m1） 本人月收入 7 元低于低保标准 text 元");
        assertThat(d.reasons().get(1).message()).startsWith("m2 本人月收入 1.5 元低于低保标准 MANDATORY 元");
        assertThat(d.reasons().get(2).message()).startsWith("成员m3（m3） 本人月收入 300.00 元低于低保标准 520.125 元");
        assertThat(d.reasons().get(3).message()).isEqualTo("Z_CODE");
        assertThat(d.firedRules()).containsExactly("T-100", "T-101", "T-102");
    }

    @Test
    @DisplayName("single-person units in member order, whatever order the rules concluded them in; the monthly "
            + "amount is the sum of their rounded payments")
    void units() {
        Decision d = SERVICE.decide(household(member("units", HeadRelation.HEAD), member("m2", HeadRelation.SPOUSE),
                member("m3", HeadRelation.CHILD)), Locale.CHINESE);

        assertThat(d.coverage()).isEqualTo(Coverage.SINGLE_PERSON);
        assertThat(d.units()).extracting(u -> u.members(), u -> u.category(), u -> u.monthlyAmount())
                .containsExactly(
                        tuple(List.of("m2"), 2, Money.parse("50.50")),
                        tuple(List.of("m3"), 3, Money.parse("100.00")));
        assertThat(d.monthlyAmount()).isEqualTo(Money.parse("150.50"));
        assertThat(d.phaseOut()).isNull();
    }
}
