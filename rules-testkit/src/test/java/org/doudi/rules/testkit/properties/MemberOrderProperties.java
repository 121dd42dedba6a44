package org.doudi.rules.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.testkit.arbitraries.Requests;

/**
 * Issue 15, defect 10: member order changed {@code firedRules} (DB-SUB-001 ↔ DB-SUB-002) in about 0.06% of permuted
 * evaluations, so a listed rule's conclusion did not stand in one of the two orders. {@code firedRules} lists the
 * rules whose conclusions stand at the end of the decision (read from truth maintenance), so equal lists in every
 * order mean every listed rule's conclusion stands whatever the order. Each try checks every rotation of the members
 * and the reversed order, over applications, reviews and voluntary exits; every field must be equal up to list order
 * ({@link org.doudi.rules.testkit.properties.EligibilityInvariants#normalise}), {@code firedRules} exactly.
 */
class MemberOrderProperties {

    @Provide
    Arbitrary<EvaluationRequest> anyKind() {
        return Requests.any();
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void firedRulesAndEveryFieldStandInEveryMemberOrder(@ForAll("anyKind") EvaluationRequest request) {
        int size = request.members().size();
        Decision original = EligibilityInvariants.normalise(Engine.service().decide(request));
        for (List<Integer> order : orders(size)) {
            List<Member> members = order.stream().map(request.members()::get).toList();
            Decision permuted = EligibilityInvariants.normalise(
                    Engine.service().decide(request.toBuilder().members(members).build()));
            assertThat(permuted.firedRules()).as("firedRules, members in order %s", order)
                    .isEqualTo(original.firedRules());
            assertThat(permuted).as("members in order %s", order).isEqualTo(original);
        }
        Statistics.label("kind").collect(request.kind());
        Statistics.label("household size").collect(size);
    }

    /** Every rotation of 0..size−1 and the reversed order. */
    private static List<List<Integer>> orders(int size) {
        List<List<Integer>> orders = new ArrayList<>();
        for (int shift = 1; shift < size; shift++) {
            List<Integer> rotation = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                rotation.add((i + shift) % size);
            }
            orders.add(rotation);
        }
        List<Integer> reversed = new ArrayList<>();
        for (int i = size - 1; i >= 0; i--) {
            reversed.add(i);
        }
        orders.add(reversed);
        return orders;
    }
}
