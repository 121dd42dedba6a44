package org.doudi.rules.api.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.doudi.rules.api.EligibilityService;
import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.decision.Coverage;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.HouseholdStatus;
import org.doudi.rules.api.decision.IncomeSummary;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.Unit;
import org.doudi.rules.api.decision.Verification;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.Residence;

/**
 * What a comparison of two versions counts and writes, with two stand-in versions that answer each case id with a
 * given result: every kind of change, the totals and groups, the case lines and the summary as documented in
 * docs/analysts/what-if.md.
 */
class WhatIfTest {

    private static Money m(String amount) {
        return Money.parse(amount);
    }

    /** A decision of a case: outcome, coverage, one unit per category given, the amount paid. */
    private static EvaluationResult decided(String caseId, String profile, Outcome outcome, Coverage coverage,
                                            String amount, Integer... categories) {
        List<Unit> units = new ArrayList<>();
        for (Integer c : categories) {
            units.add(new Unit(List.of("m1"), c, null, m(amount)));
        }
        return new EvaluationResult.Decided(new Decision(caseId, profile, LocalDate.of(2024, 7, 1),
                Kind.APPLICATION, outcome, coverage, HouseholdStatus.DIBAO, m("353.83"),
                new IncomeSummary(1, m("0"), m("0"), m("0"), m("0"), m("0")), true, units, m(amount), null, null,
                null, List.of(), Verification.NONE, List.of(), List.of(), List.of(), List.of()));
    }

    private static EvaluationResult eligible(String caseId, String amount, Integer... categories) {
        return decided(caseId, "hn-xiayi", Outcome.ELIGIBLE, Coverage.WHOLE_HOUSEHOLD, amount, categories);
    }

    private static EvaluationResult ineligible(String caseId) {
        return decided(caseId, "hn-xiayi", Outcome.INELIGIBLE, Coverage.NONE, "0.00");
    }

    private static EvaluationResult invalid(String caseId) {
        return new EvaluationResult.Rejected(caseId, List.of(new Problem("asOf", "缺少评估日期")));
    }

    private static EvaluationResult misconfigured(String caseId) {
        return new EvaluationResult.Misconfigured(caseId, PolicyConfigurationException.of("hn-xiayi", "缺少标准"));
    }

    /** A version that answers each case id with the result given, and records the checked requests it was given. */
    private static final class Version implements EligibilityService {
        final Map<String, EvaluationResult> results = new HashMap<>();
        final Set<DecodedRequest> seen = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

        Version answer(String caseId, EvaluationResult result) {
            results.put(caseId, result);
            return this;
        }

        @Override
        public EvaluationResult evaluate(DecodedRequest decoded, Locale locale) {
            seen.add(decoded);
            return results.get(decoded.request().caseId());
        }

        @Override
        public List<Problem> validate(DecodedRequest decoded) {
            return decoded.problems();
        }
    }

    private static EvaluationRequest request(String caseId, String profile, Residence residence) {
        return EvaluationRequest.builder().caseId(caseId).kind(Kind.APPLICATION).profile(profile)
                .asOf(LocalDate.of(2024, 7, 1)).residence(residence).build();
    }

    @Test
    @DisplayName("newly eligible: every change on the case line, in the documented order and form")
    void newlyEligibleLine() {
        CaseComparison c = CaseComparison.of(1, request("XY-01", "hn-xiayi", Residence.RURAL), ineligible("XY-01"),
                eligible("XY-01", "213.00", 3));

        assertThat(WhatIfJson.caseLine(c)).isEqualTo("{\"line\":1,\"caseId\":\"XY-01\",\"profile\":\"hn-xiayi\","
                + "\"residence\":\"RURAL\",\"changes\":{\"outcome\":{\"before\":\"INELIGIBLE\",\"after\":\"ELIGIBLE\"},"
                + "\"coverage\":{\"before\":\"NONE\",\"after\":\"WHOLE_HOUSEHOLD\"},\"categories\":{\"before\":[],"
                + "\"after\":[3]},\"monthlyAmount\":{\"before\":\"0.00\",\"after\":\"213.00\",\"difference\":\"213.00\"}},"
                + "\"newlyEligible\":true}");
        assertThat(c.changed()).isTrue();
        assertThat(c.newlyEligible()).isTrue();
        assertThat(c.newlyIneligible()).isFalse();
        assertThat(c.resultChanged()).isFalse();
    }

    @Test
    @DisplayName("only the amount changes: one change, with the difference; nothing else is flagged")
    void amountOnly() {
        CaseComparison c = CaseComparison.of(2, request("XY-02", "hn-xiayi", Residence.RURAL),
                eligible("XY-02", "194.00", 3), eligible("XY-02", "213.00", 3));

        assertThat(WhatIfJson.caseLine(c)).isEqualTo("{\"line\":2,\"caseId\":\"XY-02\",\"profile\":\"hn-xiayi\","
                + "\"residence\":\"RURAL\",\"changes\":{\"monthlyAmount\":{\"before\":\"194.00\",\"after\":\"213.00\","
                + "\"difference\":\"19.00\"}}}");
        assertThat(List.of(c.outcomeChanged(), c.coverageChanged(), c.categoryChanged(), c.resultChanged(),
                c.newlyEligible(), c.newlyIneligible())).containsOnly(false);
        assertThat(c.amountChanged()).isTrue();
    }

    @Test
    @DisplayName("the category of a unit changes while the amount stays: a category change, nothing else")
    void categoryOnly() {
        CaseComparison c = CaseComparison.of(3, request("XY-03", "hn-xiayi", Residence.URBAN),
                eligible("XY-03", "300.00", 2), eligible("XY-03", "300.00", 1));

        assertThat(WhatIfJson.caseLine(c)).isEqualTo("{\"line\":3,\"caseId\":\"XY-03\",\"profile\":\"hn-xiayi\","
                + "\"residence\":\"URBAN\",\"changes\":{\"categories\":{\"before\":[2],\"after\":[1]}}}");
        assertThat(c.changed()).isTrue();
        assertThat(c.amountChanged()).isFalse();
    }

    @Test
    @DisplayName("the coverage changes (whole household to single person) with the same outcome and amount")
    void coverageOnly() {
        CaseComparison c = CaseComparison.of(4, request("XY-04", "hn-xiayi", Residence.URBAN),
                eligible("XY-04", "300.00", 1),
                decided("XY-04", "hn-xiayi", Outcome.ELIGIBLE, Coverage.SINGLE_PERSON, "300.00", 1));

        assertThat(WhatIfJson.caseLine(c)).contains("\"changes\":{\"coverage\":{\"before\":\"WHOLE_HOUSEHOLD\","
                + "\"after\":\"SINGLE_PERSON\"}}}");
        assertThat(c.outcomeChanged()).isFalse();
        assertThat(c.changed()).isTrue();
    }

    @Test
    @DisplayName("a case no longer decided (configuration error after): result changed, newly ineligible, paid 0")
    void noLongerDecided() {
        CaseComparison c = CaseComparison.of(5, request("XY-05", "hn-xiayi", Residence.RURAL),
                eligible("XY-05", "300.00", 2), misconfigured("XY-05"));

        assertThat(WhatIfJson.caseLine(c)).isEqualTo("{\"line\":5,\"caseId\":\"XY-05\",\"profile\":\"hn-xiayi\","
                + "\"residence\":\"RURAL\",\"changes\":{\"result\":{\"before\":\"DECIDED\",\"after\":"
                + "\"CONFIGURATION_ERROR\"},\"monthlyAmount\":{\"before\":\"300.00\",\"after\":\"0.00\","
                + "\"difference\":\"-300.00\"}},\"newlyIneligible\":true}");
        assertThat(c.decisionAfter()).isNull();
        assertThat(c.outcomeChanged()).isFalse();
        assertThat(c.coverageChanged()).isFalse();
        assertThat(c.categoryChanged()).isFalse();
    }

    @Test
    @DisplayName("invalid on both sides: no change; invalid before and misconfigured after: a result change")
    void notDecided() {
        EvaluationRequest r = request("XY-06", "hn-xiayi", Residence.RURAL);
        CaseComparison same = CaseComparison.of(6, r, invalid("XY-06"), invalid("XY-06"));
        CaseComparison other = CaseComparison.of(6, r, invalid("XY-06"), misconfigured("XY-06"));

        assertThat(same.changed()).isFalse();
        assertThat(WhatIfJson.caseLine(same)).endsWith("\"changes\":{}}");
        assertThat(other.resultChanged()).isTrue();
        assertThat(WhatIfJson.caseLine(other)).contains("\"result\":{\"before\":\"INVALID\","
                + "\"after\":\"CONFIGURATION_ERROR\"}");
        assertThat(CaseComparison.ResultKind.of(invalid("x"))).isEqualTo(CaseComparison.ResultKind.INVALID);
        assertThat(CaseComparison.ResultKind.of(misconfigured("x")))
                .isEqualTo(CaseComparison.ResultKind.CONFIGURATION_ERROR);
        assertThat(CaseComparison.ResultKind.of(ineligible("x"))).isEqualTo(CaseComparison.ResultKind.DECIDED);
    }

    @Test
    @DisplayName("case id and profile of a line: the request's; else the decisions' (after, then before); else the "
            + "request's region")
    void identity() {
        EvaluationRequest noId = EvaluationRequest.builder().region("411422").residence(Residence.URBAN).build();

        CaseComparison afterDecided = CaseComparison.of(1, noId, invalid("B"),
                decided("A", "hn-xiayi", Outcome.INELIGIBLE, Coverage.NONE, "0.00"));
        CaseComparison beforeDecided = CaseComparison.of(1, noId,
                decided("B", "gs-huining", Outcome.INELIGIBLE, Coverage.NONE, "0.00"), invalid(null));
        CaseComparison neither = CaseComparison.of(1, noId, invalid(null), invalid(null));
        CaseComparison requestFirst = CaseComparison.of(1, request("R", "yn-ludian", null), invalid("B"),
                decided("A", "hn-xiayi", Outcome.INELIGIBLE, Coverage.NONE, "0.00"));

        assertThat(List.of(afterDecided.caseId(), afterDecided.profile())).containsExactly("A", "hn-xiayi");
        assertThat(List.of(beforeDecided.caseId(), beforeDecided.profile())).containsExactly("B", "gs-huining");
        assertThat(neither.caseId()).isNull();
        assertThat(neither.profile()).isEqualTo("411422");
        assertThat(List.of(requestFirst.caseId(), requestFirst.profile())).containsExactly("R", "hn-xiayi");
        assertThat(WhatIfJson.caseLine(requestFirst)).contains("\"residence\":null");
    }

    @Test
    @DisplayName("a run: both versions decide each case from the same checked request, in input order on several "
            + "threads; totals, groups (by profile then residence) and the summary JSON")
    void run() {
        Version before = new Version().answer("A", ineligible("A")).answer("B", eligible("B", "194.00", 3))
                .answer("C", eligible("C", "100.00", 1)).answer("D", invalid("D"))
                .answer("E", eligible("E", "50.00", 2));
        Version after = new Version().answer("A", eligible("A", "213.00", 3)).answer("B", eligible("B", "213.00", 3))
                .answer("C", eligible("C", "100.00", 1)).answer("D", invalid("D")).answer("E", ineligible("E"));
        AtomicBoolean closed = new AtomicBoolean();
        Stream<EvaluationRequest> requests = Stream.of(request("A", "hn-xiayi", Residence.RURAL),
                request("B", "hn-xiayi", Residence.RURAL), request("C", "hn-xiayi", Residence.URBAN),
                request("D", "gs-huining", Residence.RURAL), request("E", "hn-xiayi", Residence.RURAL))
                .onClose(() -> closed.set(true));
        List<CaseComparison> each = new ArrayList<>();

        WhatIfSummary summary = WhatIf.run(before, after, requests, new BatchOptions(2, 1, 2), each::add);

        assertThat(each).extracting(CaseComparison::position).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(each).extracting(CaseComparison::caseId).containsExactly("A", "B", "C", "D", "E");
        assertThat(closed).as("the request stream is closed").isTrue();
        assertThat(before.seen).hasSize(5);
        assertThat(after.seen).as("both versions got the same checked request").isEqualTo(before.seen);

        WhatIfTotals t = summary.total();
        assertThat(List.of(t.cases(), t.changed(), t.resultChanged(), t.outcomeChanged(), t.coverageChanged(),
                t.categoryChanged(), t.amountChanged(), t.newlyEligible(), t.newlyIneligible(), t.notDecidedBefore(),
                t.notDecidedAfter())).containsExactly(5L, 3L, 0L, 2L, 2L, 2L, 3L, 1L, 1L, 1L, 1L);
        assertThat(List.of(t.monthlyBefore(), t.monthlyAfter(), t.monthlyDifference()))
                .containsExactly(m("344.00"), m("526.00"), m("182.00"));
        assertThat(List.of(t.yearlyBefore(), t.yearlyAfter(), t.yearlyDifference()))
                .containsExactly(m("4128.00"), m("6312.00"), m("2184.00"));

        assertThat(summary.groups().keySet()).containsExactly(new WhatIfSummary.Group("gs-huining", Residence.RURAL),
                new WhatIfSummary.Group("hn-xiayi", Residence.URBAN), new WhatIfSummary.Group("hn-xiayi", Residence.RURAL));
        WhatIfTotals xiayiRural = summary.groups().get(new WhatIfSummary.Group("hn-xiayi", Residence.RURAL));
        assertThat(List.of(xiayiRural.cases(), xiayiRural.changed())).containsExactly(3L, 3L);
        assertThat(xiayiRural.monthlyAfter()).isEqualTo(m("426.00"));

        String json = WhatIfJson.summary(summary, false);
        assertThat(json).startsWith("{\"cases\":5,\"changed\":3,\"resultChanged\":0,\"outcomeChanged\":2,"
                + "\"coverageChanged\":2,\"categoryChanged\":2,\"amountChanged\":3,\"newlyEligible\":1,"
                + "\"newlyIneligible\":1,\"notDecided\":{\"before\":1,\"after\":1},\"monthlyTotal\":{\"before\":"
                + "\"344.00\",\"after\":\"526.00\",\"difference\":\"182.00\"},\"yearlyTotal\":{\"before\":\"4128.00\","
                + "\"after\":\"6312.00\",\"difference\":\"2184.00\"},\"groups\":[{\"profile\":\"gs-huining\","
                + "\"residence\":\"RURAL\",\"cases\":1,");
        assertThat(WhatIfJson.summary(summary, true)).contains("\n").isNotEqualTo(json);
    }

    @Test
    @DisplayName("groups without a profile or residence come last")
    void groupOrder() {
        WhatIfSummary s = new WhatIfSummary();
        s.add(CaseComparison.of(1, EvaluationRequest.builder().caseId("X").build(), invalid("X"), invalid("X")));
        s.add(CaseComparison.of(2, request("Y", "hn-xiayi", null), invalid("Y"), invalid("Y")));
        s.add(CaseComparison.of(3, request("Z", "hn-xiayi", Residence.URBAN), invalid("Z"), invalid("Z")));

        assertThat(s.groups().keySet()).containsExactly(new WhatIfSummary.Group("hn-xiayi", Residence.URBAN),
                new WhatIfSummary.Group("hn-xiayi", null), new WhatIfSummary.Group(null, null));
        assertThat(WhatIfJson.summary(s, false)).contains("{\"profile\":null,\"residence\":null,\"cases\":1,");
    }
}
