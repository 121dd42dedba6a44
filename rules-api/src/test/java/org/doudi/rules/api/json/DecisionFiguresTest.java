package org.doudi.rules.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.doudi.rules.api.EligibilityService;
import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.InvalidRequestException;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.money.BigMoney;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.KinRelation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The figures of a reason as an integrator reads them: counts are JSON numbers of the smallest kind that holds them,
 * yes/no figures are booleans, a figure without a value is null, and money, exact amounts, decimals, codes and dates
 * are strings written exactly. And the service's convenience methods: one request's outcome as a value, a batch in
 * input order.
 */
class DecisionFiguresTest {

    static JsonNode figuresOf(Map<String, Object> figures) {
        Decision d = DoudiJsonEncodeTest.contractDecision();
        List<Reason> reasons = List.of(new Reason("X", "DB-X-001", null, "clause", figures, "message"));
        return DoudiJson.toTree(decision(d.caseId(), reasons)).get("reasons").get(0).get("figures");
    }

    /** The contract's example decision with another case id and other reasons. */
    static Decision decision(String caseId, List<Reason> reasons) {
        Decision d = DoudiJsonEncodeTest.contractDecision();
        return new Decision(caseId, d.profile(), d.asOf(), d.kind(), Outcome.ELIGIBLE, d.coverage(),
                d.householdStatus(), d.standard(), d.income(), d.assetsPassed(), d.units(), d.monthlyAmount(),
                d.phaseOut(), d.voluntaryExitGrant(), d.temporaryAssistance(), d.disabilitySubsidies(),
                d.verification(), d.recusals(), d.procedureProblems(), reasons, d.firedRules());
    }

    @Test
    @DisplayName("人数、月数等计数为 JSON 整数（按能容纳的最小类型），是否为布尔值，无值为 null")
    void countsAreNumbersOfTheSmallestKind() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("members", 3);
        figures.put("largestInt", Integer.MAX_VALUE);
        figures.put("justAboveInt", 1L + Integer.MAX_VALUE);
        figures.put("smallestInt", Integer.MIN_VALUE);
        figures.put("largestLong", Long.MAX_VALUE);
        figures.put("aboveLong", BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        figures.put("months", (short) 12);
        figures.put("seats", (byte) 5);
        figures.put("upperInclusive", true);
        figures.put("missing", null);
        JsonNode f = figuresOf(figures);

        assertThat(f.get("members").isInt()).isTrue();
        assertThat(f.get("members").intValue()).isEqualTo(3);
        assertThat(f.get("largestInt").isInt()).isTrue();
        assertThat(f.get("smallestInt").isInt()).isTrue();
        assertThat(f.get("justAboveInt").isLong()).isTrue();
        assertThat(f.get("justAboveInt").longValue()).isEqualTo(2147483648L);
        assertThat(f.get("largestLong").isLong()).isTrue();
        assertThat(f.get("aboveLong").isBigInteger()).isTrue();
        assertThat(f.get("aboveLong").bigIntegerValue()).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(f.get("months").isInt()).isTrue();
        assertThat(f.get("seats").intValue()).isEqualTo(5);
        assertThat(f.get("upperInclusive").isBoolean()).isTrue();
        assertThat(f.get("upperInclusive").booleanValue()).isTrue();
        assertThat(f.get("missing").isNull()).isTrue();
    }

    @Test
    @DisplayName("金额、精确金额、小数、代码、日期、月份为字符串，精确写出")
    void everythingElseIsExactText() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("amount", Money.parse("194"));
        figures.put("exact", BigMoney.of(new BigDecimal("193.0020")));
        figures.put("ratio", new BigDecimal("1E+1"));
        figures.put("relation", KinRelation.SIBLING);
        figures.put("date", LocalDate.of(2020, 6, 15));
        figures.put("month", YearMonth.of(2020, 6));
        figures.put("text", "RURAL");
        JsonNode f = figuresOf(figures);

        assertThat(f.get("amount").textValue()).isEqualTo("194.00");
        assertThat(f.get("exact").textValue()).isEqualTo("193.0020");
        assertThat(f.get("ratio").textValue()).isEqualTo("10");
        assertThat(f.get("relation").textValue()).isEqualTo("SIBLING");
        assertThat(f.get("date").textValue()).isEqualTo("2020-06-15");
        assertThat(f.get("month").textValue()).isEqualTo("2020-06");
        assertThat(f.get("text").textValue()).isEqualTo("RURAL");
    }

    @Test
    @DisplayName("决定是否含某理由代码")
    void hasReason() {
        Decision d = DoudiJsonEncodeTest.contractDecision();
        assertThat(d.hasReason("LIVING_SUBSIDY")).isTrue();
        assertThat(d.hasReason("INCOME_BELOW_STANDARD")).isTrue();
        assertThat(d.hasReason("INCOME_NOT_BELOW_STANDARD")).isFalse();
    }

    /** A service that decides by case id: "bad" is invalid, "broken" misconfigured, anything else decided. */
    static final class ByCaseId implements EligibilityService {
        final List<Locale> locales = new ArrayList<>();

        @Override
        public synchronized EvaluationResult evaluate(DecodedRequest decoded, Locale locale) {
            locales.add(locale);
            String caseId = decoded.request().caseId();
            if (caseId.equals("bad")) {
                return new EvaluationResult.Rejected(caseId, List.of(new Problem("members", "至少一名成员")));
            }
            if (caseId.equals("broken")) {
                return new EvaluationResult.Misconfigured(caseId, PolicyConfigurationException.missingValue(
                        "yn-ludian", "standard", "RURAL", LocalDate.of(2017, 3, 1)));
            }
            return new EvaluationResult.Decided(decision(caseId, DoudiJsonEncodeTest.contractDecision().reasons()));
        }

        @Override
        public List<Problem> validate(DecodedRequest decoded) {
            return List.of();
        }
    }

    static EvaluationRequest request(String caseId) {
        return EvaluationRequest.builder().caseId(caseId).build();
    }

    @Test
    @DisplayName("逐案结果：决定、无效请求（含问题）、配置错误（含错误），各带案号；默认语言为中文")
    void oneRequestsOutcomeAsAValue() {
        ByCaseId service = new ByCaseId();
        assertThat(service.evaluate(request("ok")).caseId()).isEqualTo("ok");
        assertThat(service.locales).containsExactly(Locale.CHINESE);

        EvaluationResult decided = service.evaluate(request("ok"), Locale.ENGLISH);
        assertThat(decided).isInstanceOf(EvaluationResult.Decided.class);
        assertThat(((EvaluationResult.Decided) decided).decision().caseId()).isEqualTo("ok");
        assertThat(decided.caseId()).isEqualTo("ok");
        assertThat(service.locales).containsExactly(Locale.CHINESE, Locale.ENGLISH);

        EvaluationResult rejected = service.evaluate(request("bad"), Locale.CHINESE);
        assertThat(rejected).isEqualTo(new EvaluationResult.Rejected("bad",
                List.of(new Problem("members", "至少一名成员"))));

        EvaluationResult misconfigured = service.evaluate(request("broken"), Locale.CHINESE);
        assertThat(misconfigured).isInstanceOf(EvaluationResult.Misconfigured.class);
        assertThat(misconfigured.caseId()).isEqualTo("broken");
        assertThat(((EvaluationResult.Misconfigured) misconfigured).error().parameter()).isEqualTo("standard");

        assertThat(service.decide(request("ok")).caseId()).isEqualTo("ok");
        assertThatThrownBy(() -> service.decide(request("bad"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> service.decide(request("broken"), Locale.ENGLISH))
                .isInstanceOf(PolicyConfigurationException.class);
    }

    @Test
    @DisplayName("批量：每个请求一个结果，按输入顺序")
    void aBatchInInputOrder() {
        ByCaseId service = new ByCaseId();
        List<EvaluationRequest> requests = Stream.of("a", "bad", "b", "broken", "c").map(DecisionFiguresTest::request)
                .toList();
        assertThat(service.evaluateAll(requests, Locale.CHINESE)).extracting(EvaluationResult::caseId)
                .containsExactly("a", "bad", "b", "broken", "c");
        boolean[] closed = {false};
        try (Stream<EvaluationResult> results = service.evaluateAll(requests.stream().onClose(() -> closed[0] = true),
                Locale.CHINESE, new BatchOptions(2, 1, 2))) {
            assertThat(results.map(r -> r.getClass().getSimpleName()).toList())
                    .containsExactly("Decided", "Rejected", "Decided", "Misconfigured", "Decided");
        }
        assertThat(closed[0]).as("the requests' stream is closed with the results'").isTrue();
        assertThatThrownBy(() -> new InvalidRequestException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
