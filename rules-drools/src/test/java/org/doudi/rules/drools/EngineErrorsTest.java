package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;

import org.doudi.rules.api.InvalidRequestException;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.Residence;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * What reaches the caller when something goes wrong: a failure inside a rule becomes a configuration error naming
 * the rule's id, file and line (never an exception of the rule engine), and a request whose profile or region the
 * profiles cannot serve is refused with the field and the reason.
 */
class EngineErrorsTest {

    private static final RuleSet RULES = TestRules.builtIn().rules();

    /** DB-INC-010 (因病刚性支出据实扣减): its @ruleId is on line 16 of income.drl. */
    private static final String NAME = "因病刚性支出据实扣减";

    private static RuleImpl rule() {
        return (RuleImpl) RULES.kieBase().getRule("org.doudi.rules.policy", NAME);
    }

    private static void assertNamesTheRule(PolicyConfigurationException e, String cause) {
        assertThat(e.rule()).isEqualTo("DB-INC-010");
        assertThat(e.file()).isEqualTo("income.drl");
        assertThat(e.line()).isEqualTo(16);
        assertThat(e.getMessage()).isEqualTo("income.drl:16: 规则 DB-INC-010 执行出错，未能作出决定（" + cause
                + "）/ rule DB-INC-010 failed while deciding this request (" + cause + ")");
    }

    @Test
    @DisplayName("a rule's action that threw: the rule by its id, file and line, and what it threw")
    void consequenceOfTheEngine() {
        ArithmeticException boom = new ArithmeticException("boom");
        assertNamesTheRule(RULES.failure(new RuntimeException("wrapped",
                new org.drools.base.rule.consequence.ConsequenceException(boom, rule()))), "ArithmeticException: boom");
        assertNamesTheRule(RULES.failure(new org.drools.base.rule.consequence.ConsequenceException(rule())),
                "ConsequenceException: Exception executing consequence for rule '" + NAME + "' : null");
    }

    @Test
    @DisplayName("the same through the public API's exception, whose match names the rule")
    void consequenceOfTheApi() {
        Match match = (Match) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Match.class},
                (proxy, method, args) -> method.getName().equals("getRule") ? (Rule) rule() : null);
        assertNamesTheRule(RULES.failure(new ConsequenceException(new IllegalStateException("bad"), null, match)),
                "IllegalStateException: bad");
    }

    @Test
    @DisplayName("a failed condition names the rule in its message: found by name")
    void conditionNamingTheRule() {
        assertNamesTheRule(RULES.failure(new RuntimeException("Error evaluating constraint in Rule \"" + NAME + "\"",
                new ArithmeticException("zero"))), "ArithmeticException: zero");
        RuntimeException alone = new RuntimeException("Exception executing rule [\"" + NAME + "\"]");
        assertNamesTheRule(RULES.failure(alone), "RuntimeException: Exception executing rule [\"" + NAME + "\"]");
    }

    @Test
    @DisplayName("no rule named, or a name no rule has: the unknown rule, no file")
    void unknownRule() {
        PolicyConfigurationException e = RULES.failure(new RuntimeException("rule \"no such rule\" failed"));
        assertThat(e.rule()).isEqualTo("(未知规则 / unknown rule)");
        assertThat(e.file()).isNull();
        assertThat(e.line()).isZero();
        Throwable selfCaused = new RuntimeException("loops") {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertThat(RULES.failure(selfCaused).rule()).isEqualTo("(未知规则 / unknown rule)");
    }

    private static EvaluationRequest.Builder request(String profile, String region) {
        return EvaluationRequest.builder().caseId("E-1").kind(Kind.APPLICATION).profile(profile).region(region)
                .asOf(LocalDate.of(2020, 7, 1)).residence(Residence.URBAN)
                .members(Member.builder("m1", HeadRelation.HEAD).birthDate(LocalDate.of(1970, 1, 1))
                        .laborCapacity(LaborCapacity.FULL).build());
    }

    private static List<Problem> problems(EvaluationRequest.Builder b) {
        try {
            TestRules.builtIn().decide(b.build());
        } catch (InvalidRequestException e) {
            return e.problems();
        }
        throw new AssertionError("not refused");
    }

    @Test
    @DisplayName("profile and region: unknown, disagreeing, or the base profile; each refused with its reason")
    void profileAndRegion() {
        assertThat(problems(request(null, "999999"))).containsExactly(
                new Problem("region", "unknown region 999999"));
        assertThat(problems(request("xx-nowhere", null))).containsExactly(
                new Problem("profile", "unknown profile xx-nowhere"));
        assertThat(problems(request("yn-ludian", "620422"))).containsExactly(
                new Problem("region", "region 620422 is not served by profile yn-ludian"));
        assertThat(problems(request("cn-national", null))).containsExactly(new Problem("profile",
                "profile cn-national is the base of all profiles and cannot be evaluated directly"));
        assertThat(TestRules.builtIn().decide(request("yn-ludian", "530621").build()).profile()).isEqualTo("yn-ludian");
        assertThat(TestRules.builtIn().decide(request(null, "530621").build()).profile()).isEqualTo("yn-ludian");
        assertThatThrownBy(() -> TestRules.builtIn().decide(request("xx-nowhere", "530621").build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("profile", "unknown profile xx-nowhere")));
    }
}
