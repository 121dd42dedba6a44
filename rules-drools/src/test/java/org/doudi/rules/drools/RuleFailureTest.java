package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.rules.drools.Cases.head;
import static org.doudi.rules.drools.Cases.person;
import static org.doudi.rules.drools.Cases.wage;
import static org.doudi.rules.drools.Cases.yuan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.doudi.rules.api.DoudiException;
import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.HouseholdFlag;
import org.doudi.rules.api.request.IncomeRiseCause;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.profile.ProfileRepository;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, defect 3 (general half): a failure inside the rules while deciding a valid request is a configuration
 * error naming the rule, its file and line; it never escapes as an exception of the rule engine, and a batch goes on
 * with the next request.
 */
class RuleFailureTest {

    private static final DroolsEligibilityService BUILT_IN = DroolsEligibilityService.builtIn();

    /** gs-huining, a household in phase-out (example 08), the month the income rose given by the caller. */
    private static EvaluationRequest phaseOut(String caseId, YearMonth exceededSince) {
        return EvaluationRequest.builder().caseId(caseId).kind(Kind.REVIEW).profile("gs-huining")
                .asOf(LocalDate.parse("2021-04-15")).residence(Residence.RURAL)
                .flags(List.of(HouseholdFlag.OUT_OF_POVERTY))
                .members(head("1980-01-01", LaborCapacity.FULL).incomes(wage("1500.00")).build(),
                        person("m2", HeadRelation.SPOUSE, "1982-02-02", LaborCapacity.FULL).build())
                .enrollment(new Enrollment(YearMonth.parse("2019-04"), 2, yuan("636.00"), List.of("m1", "m2"),
                        exceededSince, IncomeRiseCause.FLEXIBLE_WORK, false, null, null))
                .build();
    }

    /**
     * The attack as reported: {@code incomeExceededSince} in year 999,999,999 made {@code evaluate},
     * {@code evaluateOne} and {@code evaluateAll} throw Drools' {@code ConsequenceException} from DB-PO-002 and lose
     * the whole batch. Now the request is refused with a documented outcome (a configuration error naming DB-PO-002,
     * or an invalid request once the contract's year bounds reject it) and the batch decides the next request.
     */
    @Test
    void aRequestThatBreaksARuleDoesNotLoseTheBatch() {
        EvaluationRequest attack = phaseOut("ATTACK", YearMonth.of(999_999_999, 12));
        EvaluationRequest good = phaseOut("GOOD", YearMonth.parse("2020-11"));

        assertThatThrownBy(() -> BUILT_IN.decide(attack, Locale.CHINESE)).isInstanceOf(DoudiException.class)
                .satisfies(e -> {
                    if (e instanceof PolicyConfigurationException c) {
                        assertThat(c.rule()).isEqualTo("DB-PO-002");
                        assertThat(c.file()).isEqualTo("phase_out.drl");
                        assertThat(c.line()).isPositive();
                        assertThat(c.getMessage()).contains("DB-PO-002", "phase_out.drl");
                        assertThat(DoudiJson.writeConfigurationError(c, false)).contains("\"rule\":\"DB-PO-002\"");
                    }
                });
        assertThat(BUILT_IN.evaluate(attack, Locale.CHINESE))
                .isInstanceOfAny(EvaluationResult.Misconfigured.class, EvaluationResult.Rejected.class);
        List<EvaluationResult> batch = BUILT_IN.evaluateAll(List.of(good, attack, good), Locale.CHINESE);
        assertThat(batch).hasSize(3);
        assertThat(batch.get(0)).isInstanceOf(EvaluationResult.Decided.class);
        assertThat(batch.get(1)).isNotInstanceOf(EvaluationResult.Decided.class);
        assertThat(batch.get(2)).isInstanceOf(EvaluationResult.Decided.class);
        try (Stream<EvaluationResult> stream = BUILT_IN.evaluateAll(Stream.of(attack, good), Locale.CHINESE,
                BatchOptions.allCores())) {
            assertThat(stream.toList()).extracting(r -> r instanceof EvaluationResult.Decided)
                    .containsExactly(false, true);
        }
    }

    /**
     * A rule whose action throws (an analyst's rule dividing by zero) on one case: that case is a configuration error
     * naming the rule by its id, with the file and line of the rule; the cases around it are decided.
     */
    @Test
    void aRuleWhoseActionThrowsIsNamedWithItsFileAndLine() {
        Map<String, String> sources = new LinkedHashMap<>(RuleSet.readBuiltInSources());
        sources.put("analyst/boom.drl", """
                package org.doudi.rules.policy;

                import org.doudi.rules.drools.facts.*;

                rule "分析员的试验规则"
                    @ruleId("XX-BOOM-001")
                    @clause("试验")
                when
                    $h : Household( request.caseId() == "BOOM" )
                then
                    int zero = $h.getRequest().caseId().length() - 4;
                    System.identityHashCode( 1 / zero );
                end
                """);
        DroolsEligibilityService service = DroolsEligibilityService.of(RuleSet.build(sources),
                ProfileRepository.builtIn());
        EvaluationRequest boom = phaseOut("BOOM", YearMonth.parse("2020-11"));

        assertThatThrownBy(() -> service.decide(boom, Locale.CHINESE))
                .isInstanceOfSatisfying(PolicyConfigurationException.class, c -> {
                    assertThat(c.rule()).isEqualTo("XX-BOOM-001");
                    assertThat(c.file()).isEqualTo("analyst/boom.drl");
                    assertThat(c.line()).isEqualTo(6);
                    assertThat(c.getMessage()).contains("XX-BOOM-001", "ArithmeticException");
                });
        List<EvaluationResult> batch = service.evaluateAll(
                List.of(phaseOut("A", YearMonth.parse("2020-11")), boom, phaseOut("B", YearMonth.parse("2020-11"))),
                Locale.CHINESE);
        assertThat(batch.get(0)).isInstanceOf(EvaluationResult.Decided.class);
        assertThat(batch.get(1)).isInstanceOfSatisfying(EvaluationResult.Misconfigured.class,
                m -> assertThat(m.error().rule()).isEqualTo("XX-BOOM-001"));
        assertThat(batch.get(2)).isInstanceOf(EvaluationResult.Decided.class);
    }
}
