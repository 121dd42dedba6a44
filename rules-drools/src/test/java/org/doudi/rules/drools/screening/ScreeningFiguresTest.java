package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.HolderRole;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.PaymentCard;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.drools.TestRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The figures the screening findings show: a subsidy's shortfall and excess in every combination of due and paid,
 * known and unknown amounts; the amount of the unit covering a member; card ids; the join key of an ID number.
 */
class ScreeningFiguresTest {

    private static Money m(String amount) {
        return Money.parse(amount);
    }

    private static SubsidyLine line(boolean due, String dueAmount, boolean paid, String paidAmount) {
        return new SubsidyLine(null, "NURSING", due, dueAmount == null ? null : m(dueAmount), paid,
                paidAmount == null ? null : m(paidAmount));
    }

    @Test
    @DisplayName("shortfall: due minus paid, all that is due when nothing is paid, zero when not due, unknown or paid in full")
    void shortfall() {
        assertThat(line(true, "100.00", true, "60.00").shortfall()).isEqualTo(m("40.00"));
        assertThat(line(true, "100.00", false, null).shortfall()).isEqualTo(m("100.00"));
        assertThat(line(true, "100.00", true, "100.00").shortfall()).isEqualTo(Money.ZERO);
        assertThat(line(true, "100.00", true, "120.00").shortfall()).isEqualTo(Money.ZERO);
        assertThat(line(true, "100.00", true, null).shortfall()).as("paid, amount unknown").isEqualTo(Money.ZERO);
        assertThat(line(true, null, false, null).shortfall()).as("due, not configured").isEqualTo(Money.ZERO);
        assertThat(line(false, null, true, "80.00").shortfall()).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("excess: paid minus due, all that is paid when not due, zero when not paid, unknown or not above")
    void excess() {
        assertThat(Findings.excess(line(true, "100.00", true, "120.00"))).isEqualTo(m("20.00"));
        assertThat(Findings.excess(line(false, null, true, "80.00"))).isEqualTo(m("80.00"));
        assertThat(Findings.excess(line(true, "100.00", true, "100.00"))).isEqualTo(Money.ZERO);
        assertThat(Findings.excess(line(true, "100.00", true, "60.00"))).isEqualTo(Money.ZERO);
        assertThat(Findings.excess(line(true, null, true, "60.00"))).as("due, not configured").isEqualTo(Money.ZERO);
        assertThat(Findings.excess(line(false, null, true, null))).as("paid, amount unknown").isEqualTo(Money.ZERO);
        assertThat(Findings.excess(line(true, "100.00", false, null))).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("a subsidy finding's figures: the words for unknown, unconfigured, not due and not paid")
    void subsidyFigures() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("subsidy", new Findings.Label("subsidy.NURSING"));
        expected.put("due", m("100.00"));
        expected.put("paid", m("60.00"));
        expected.put("shortfall", m("40.00"));
        expected.put("excess", Money.ZERO);
        assertThat(Findings.subsidyFigures(line(true, "100.00", true, "60.00"))).containsExactlyEntriesOf(expected);

        Map<String, Object> words = Findings.subsidyFigures(line(true, null, true, null));
        assertThat(words.get("due")).isEqualTo(new Findings.Label("notConfigured"));
        assertThat(words.get("paid")).isEqualTo(new Findings.Label("unknown"));
        Map<String, Object> neither = Findings.subsidyFigures(line(false, null, false, null));
        assertThat(neither.get("due")).isEqualTo(new Findings.Label("notDue"));
        assertThat(neither.get("paid")).isEqualTo(new Findings.Label("notPaid"));
    }

    @Test
    @DisplayName("a member's findings: the living subsidy before the nursing subsidy")
    void subsidyOrder() {
        assertThat(Findings.subsidyOrder(new SubsidyLine(null, "LIVING", true, null, false, null))).isZero();
        assertThat(Findings.subsidyOrder(line(true, null, false, null))).isEqualTo(1);
    }

    @Test
    @DisplayName("the amount of the unit covering a member; zero for a member no unit covers")
    void unitAmount() {
        // test-national 2020-06: an edge household whose grade-1 disabled child is covered alone, 500.00 a month
        EvaluationRequest request = EvaluationRequest.builder().caseId("S-1").kind(Kind.APPLICATION)
                .profile("test-national").asOf(LocalDate.of(2020, 6, 1)).residence(Residence.URBAN).members(
                        Member.builder("m1", HeadRelation.HEAD).birthDate(LocalDate.of(1960, 1, 1))
                                .laborCapacity(LaborCapacity.FULL)
                                .incomes(List.of(new Income(IncomeType.WAGE, m("1200.00")))).build(),
                        Member.builder("m2", HeadRelation.CHILD).birthDate(LocalDate.of(1990, 1, 1))
                                .laborCapacity(LaborCapacity.NONE).certificate(Certificate.SECOND_GENERATION)
                                .disabilities(List.of(new Disability(DisabilityType.PHYSICAL, 1))).build())
                .build();
        Decision d = TestRules.withTestProfiles().decide(request, Locale.CHINESE);
        assertThat(Findings.unitAmount(d, "m2")).isEqualTo(m("500.00"));
        assertThat(Findings.unitAmount(d, "m1")).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("card ids joined in enrollment order")
    void cardIds() {
        Enrollment e = new Enrollment(YearMonth.of(2020, 1), 1, m("300.00"), List.of("m1"), null, null, false, null,
                List.of(new PaymentCard("C-1", null, HolderRole.MEMBER, true),
                        new PaymentCard("C-2", null, HolderRole.MEMBER, true)));
        assertThat(Findings.cardIds(e)).isEqualTo("C-1, C-2");
    }

    @Test
    @DisplayName("ID numbers join trimmed and upper-cased, 15 or 18 characters; anything else joins nothing")
    void idNumberKeys() {
        assertThat(IdNumbers.key(" 41142619800101123x ")).isEqualTo("41142619800101123X");
        assertThat(IdNumbers.key("411426800101123")).isEqualTo("411426800101123");
        assertThat(IdNumbers.key("4114261980010112")).isNull();
        assertThat(IdNumbers.key("")).isNull();
        assertThat(IdNumbers.key(null)).isNull();
    }
}
