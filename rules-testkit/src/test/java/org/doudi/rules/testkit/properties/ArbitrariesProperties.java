package org.doudi.rules.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.testkit.arbitraries.AssessmentDates;
import org.doudi.rules.testkit.arbitraries.Requests;

/** The generators are valid by construction and the default providers work. */
class ArbitrariesProperties {

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void generatedRequestsAreValid(@ForAll EvaluationRequest request) {
        assertThat(Engine.service().validate(request)).as("problems of %s", request).isEmpty();
        assertThat(request.members().get(0).relation()).isEqualTo(HeadRelation.HEAD);
        assertThat(request.members().stream().filter(m -> m.relation() == HeadRelation.HEAD)).hasSize(1);
        for (int i = 0; i < request.members().size(); i++) {
            Member m = request.members().get(i);
            assertThat(m.id()).isEqualTo("m" + (i + 1));
            assertThat(m.birthDate()).isBefore(request.asOf());
            assertThat(m.deceasedOn() == null).isEqualTo(m.status() != MemberStatus.DECEASED);
        }
        Decision d = Engine.service().decide(request);
        Statistics.label("profile").collect(request.profile());
        Statistics.label("outcome").collect(d.outcome());
    }

    @Property
    void moneyHasTwoDecimalsAndIsNotNegative(@ForAll Money money) {
        assertThat(money.amount().scale()).isEqualTo(2);
        assertThat(money.isNegative()).isFalse();
    }

    @Property(tries = 200)
    void assessmentDatesHaveAStandard(@ForAll("ludianDates") LocalDate date) {
        assertThat(date).isAfterOrEqualTo(LocalDate.of(2018, 7, 1)).isBeforeOrEqualTo(AssessmentDates.DEFAULT_LATEST);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<LocalDate> ludianDates() {
        return AssessmentDates.forProfile("yn-ludian");
    }

    @Property(tries = 200)
    void configuredHouseholdsHaveTheirSize(@ForAll("small") EvaluationRequest request) {
        assertThat(request.members()).hasSizeBetween(2, 3);
        assertThat(request.profile()).isEqualTo("hn-xiayi");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<EvaluationRequest> small() {
        return Requests.applications().inProfile("hn-xiayi").householdSize(2, 3)
                .onDatesBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31));
    }
}
