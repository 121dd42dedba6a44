package org.doudi.rules.drools.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.notice.NoticePeriod;
import org.doudi.rules.api.notice.PublicNotice;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.TestRules;
import org.doudi.rules.profile.ProfileRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The public notice (公示) of a decision: what is published (the head's name unless a minor, the covered people, the
 * monthly amount) and when (the profile's number of periods of its number of days, back to back from the date of the
 * case); nothing for a case that is not eligible.
 */
class PublicNoticesTest {

    private static final DroolsEligibilityService SERVICE = TestRules.builtIn();
    private static final PublicNotices NOTICES = PublicNotices.of(ProfileRepository.builtIn());

    private static EvaluationRequest.Builder ludian(String asOf) {
        return EvaluationRequest.builder().caseId("N-1").kind(Kind.APPLICATION).profile("yn-ludian")
                .asOf(LocalDate.parse(asOf)).residence(Residence.URBAN);
    }

    private static Member.Builder member(String id, HeadRelation relation, String born, String wage) {
        return Member.builder(id, relation).name("张" + id).birthDate(LocalDate.parse(born))
                .laborCapacity(LaborCapacity.FULL)
                .incomes(List.of(new Income(IncomeType.WAGE, Money.parse(wage))));
    }

    /** A couple in urban Ludian on 2020-07-01 (S = 640.00), the head earning {@code wage} a month, the spouse nothing. */
    private static EvaluationRequest ludianCouple(String wage) {
        return ludian("2020-07-01").members(member("m1", HeadRelation.HEAD, "1970-01-01", wage).build(),
                member("m2", HeadRelation.SPOUSE, "1972-01-01", "0.00").build()).build();
    }

    private static PublicNotice notice(EvaluationRequest request) {
        Decision d = SERVICE.decide(request, Locale.CHINESE);
        return NOTICES.notice(request, d);
    }

    @Test
    @DisplayName("鲁甸（审核、审批两次公示，各 7 天）：两期首尾相接，第一期从办理日起；公示户主姓名、保障人数和月保障金")
    void ludianTwoPeriodsOfSevenDays() {
        // yn-ludian URBAN on 2020-07-01: S = 640.00, n = 2, net 1279.99 < 1280.00: eligible, 1.00 a month
        PublicNotice n = notice(ludianCouple("1279.99"));
        assertThat(n).isEqualTo(new PublicNotice("N-1", Outcome.ELIGIBLE, "张m1", false, 2, Money.parse("1.00"),
                List.of(new NoticePeriod(LocalDate.parse("2020-07-01"), LocalDate.parse("2020-07-07")),
                        new NoticePeriod(LocalDate.parse("2020-07-08"), LocalDate.parse("2020-07-14")))));
        assertThat(n.publishable()).isTrue();
    }

    @Test
    @DisplayName("夏邑（全国规定：公示一次，7 天）：一期")
    void nationalOnePeriod() {
        EvaluationRequest request = EvaluationRequest.builder().caseId("N-2").kind(Kind.APPLICATION)
                .profile("hn-xiayi").asOf(LocalDate.parse("2023-03-10")).residence(Residence.URBAN)
                .members(member("m1", HeadRelation.HEAD, "1950-01-01", "0.00").build()).build();
        Decision d = SERVICE.decide(request, Locale.CHINESE);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(NOTICES.notice(request, d).periods()).containsExactly(
                new NoticePeriod(LocalDate.parse("2023-03-10"), LocalDate.parse("2023-03-16")));
    }

    @Test
    @DisplayName("户主未满 18 周岁不公示姓名；满 18 周岁当天起公示")
    void minorHeadIsNotNamed() {
        PublicNotice minor = notice(ludian("2020-07-01").members(
                member("m1", HeadRelation.HEAD, "2002-07-02", "0.00").build(),
                member("m2", HeadRelation.SIBLING, "2004-01-01", "0.00").build()).build());
        assertThat(minor.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(minor.headIsMinor()).isTrue();
        assertThat(minor.headName()).isNull();
        assertThat(minor.coveredPeople()).isEqualTo(2);

        PublicNotice adult = notice(ludian("2020-07-01").members(
                member("m1", HeadRelation.HEAD, "2002-07-01", "0.00").build(),
                member("m2", HeadRelation.SIBLING, "2004-01-01", "0.00").build()).build());
        assertThat(adult.headIsMinor()).isFalse();
        assertThat(adult.headName()).isEqualTo("张m1");
    }

    @Test
    @DisplayName("不予批准的申请：无可公示内容")
    void ineligibleHasNothingToPublish() {
        PublicNotice n = notice(ludianCouple("1280.00"));
        assertThat(n).isEqualTo(new PublicNotice("N-1", Outcome.INELIGIBLE, null, false, 0, null, List.of()));
        assertThat(n.publishable()).isFalse();
    }
}
