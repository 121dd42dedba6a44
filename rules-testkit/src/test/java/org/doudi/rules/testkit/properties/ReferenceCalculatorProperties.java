package org.doudi.rules.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import org.assertj.core.api.SoftAssertions;
import org.doudi.rules.api.decision.Coverage;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Unit;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.testkit.reference.ReferenceCalculator;

/** The engine against the frozen {@link ReferenceCalculator} on whole-household applications. */
class ReferenceCalculatorProperties {

    private static final ReferenceCalculator REFERENCE = ReferenceCalculator.builtIn();

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void engineAgreesWithReferenceCalculator(@ForAll EvaluationRequest request) {
        Decision d = Engine.service().decide(request, Locale.ENGLISH);
        // Later single-person rules (policy §6) may cover members alone: this property is about whole households.
        Assume.that(d.coverage() == Coverage.WHOLE_HOUSEHOLD || d.coverage() == Coverage.NONE);
        ReferenceCalculator.Result ref = REFERENCE.compute(request);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(d.standard()).as("standard").isEqualTo(ref.standard());
        soft.assertThat(d.income().countedMembers()).as("countedMembers").isEqualTo(ref.countedMembers());
        soft.assertThat(d.income().gross()).as("gross").isEqualTo(ref.gross());
        soft.assertThat(d.income().excluded()).as("excluded").isEqualTo(ref.excluded());
        soft.assertThat(d.income().deductions()).as("deductions").isEqualTo(ref.deductions());
        soft.assertThat(d.income().net()).as("net").isEqualTo(ref.net());
        soft.assertThat(d.assetsPassed()).as("assetsPassed").isEqualTo(ref.assetsPassed());
        soft.assertThat(d.householdStatus()).as("householdStatus").isEqualTo(ref.status());
        if (ref.eligible()) {
            soft.assertThat(d.coverage()).as("coverage").isEqualTo(Coverage.WHOLE_HOUSEHOLD);
            soft.assertThat(d.units()).as("units").hasSize(1);
            if (d.units().size() == 1) {
                Unit u = d.units().get(0);
                soft.assertThat(u.members()).as("unit members").isEqualTo(ref.countedIds());
                soft.assertThat(u.category()).as("category").isEqualTo(ref.category());
                soft.assertThat(u.monthlyAmount()).as("unit monthlyAmount").isEqualTo(ref.monthlyAmount());
            }
            soft.assertThat(d.monthlyAmount()).as("monthlyAmount").isEqualTo(ref.monthlyAmount());
        } else {
            soft.assertThat(d.coverage()).as("coverage").isEqualTo(Coverage.NONE);
            soft.assertThat(d.units()).as("units").isEmpty();
            soft.assertThat(d.monthlyAmount()).as("monthlyAmount").isEqualTo(Money.ZERO);
        }
        if (!soft.errorsCollected().isEmpty()) {
            soft.fail("engine and reference disagree on " + request + "\ndecision: " + d + "\nreference: " + ref);
        }
        soft.assertAll();

        Statistics.label("eligible").collect(ref.eligible());
        Statistics.label("status").collect(ref.status());
        Statistics.label("profile/residence").collect(request.profile() + " " + request.residence());
        Statistics.label("category").collect(ref.category() == null ? "none" : ref.category());
        Statistics.label("eligible").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("status").coverage(c -> {
            c.check(org.doudi.rules.api.decision.HouseholdStatus.EDGE).percentage(p -> p > 2);
            c.check(org.doudi.rules.api.decision.HouseholdStatus.ABOVE_EDGE).percentage(p -> p > 10);
        });
    }
}
