package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.rules.drools.Cases.application;
import static org.doudi.rules.drools.Cases.person;
import static org.doudi.rules.drools.Cases.wage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.CaseWorker;
import org.doudi.rules.api.request.Duty;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.MemberRelation;
import org.doudi.rules.api.request.PanelMember;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.ReviewPanel;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.StaffRole;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, defects 5, 6 and 8 (policy §15, one masking rule): a caller's keys are echoed as given in the structured
 * fields that carry them; every message masks any identifier, in names, member ids, staff ids and groups alike.
 */
class OneMaskingRuleTest {

    private static final DroolsEligibilityService SERVICE = TestRules.builtIn();

    private static final String ID_AS_MEMBER_ID = "41142619800101123X";
    private static final String PHONE_IN_NAME = "13812345678";
    private static final String PHONE_AS_STAFF_ID = "13912345678";
    private static final String PHONE_AS_GROUP = "138-0000-1111";
    private static final List<String> RAW = List.of(ID_AS_MEMBER_ID, PHONE_IN_NAME, PHONE_AS_STAFF_ID, PHONE_AS_GROUP,
            "13800001111");

    /** The attack as reported: 王某某13812345678（**************123X）与工作人员 13912345678… */
    private static EvaluationRequest attack() {
        List<PanelMember> seats = new ArrayList<>();
        seats.add(new PanelMember(PHONE_AS_STAFF_ID, true, false, PHONE_AS_GROUP,
                List.of(new MemberRelation(ID_AS_MEMBER_ID, KinRelation.SIBLING))));
        for (int k = 2; k <= 9; k++) {
            seats.add(new PanelMember("p" + k, k == 2, k == 3, PHONE_AS_GROUP, List.of()));
        }
        return application("yn-ludian", "2020-08-01", Residence.RURAL)
                .members(person(ID_AS_MEMBER_ID, HeadRelation.HEAD, "1972-03-03", LaborCapacity.PARTIAL)
                        .name("王某某" + PHONE_IN_NAME).incomes(wage("300.00")).build())
                .caseWorkers(List.of(new CaseWorker(PHONE_AS_STAFF_ID, Duty.INVESTIGATOR, true,
                                List.of(new MemberRelation(ID_AS_MEMBER_ID, KinRelation.SIBLING))),
                        new CaseWorker("s2", Duty.INVESTIGATOR, true, List.of())))
                .homeVisitTeam(List.of(PHONE_AS_STAFF_ID, "s2"))
                .staffRelations(List.of(new StaffRelation(ID_AS_MEMBER_ID, PHONE_AS_STAFF_ID, StaffRole.DIBAO_HANDLER,
                        KinRelation.SIBLING)))
                .reviewPanel(new ReviewPanel(30, PHONE_AS_GROUP, seats))
                .build();
    }

    @Test
    void messagesMaskNamesStaffIdsAndGroupsWhileStructuredFieldsEchoTheKeys() {
        for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            Decision d = SERVICE.decide(attack(), locale);

            assertThat(d.reasons()).isNotEmpty();
            for (Reason r : d.reasons()) {
                assertThat(r.message()).as(r.code()).doesNotContain(RAW).isEqualTo(
                        org.doudi.rules.api.request.Masking.scrub(r.message()));
            }
            assertThat(d.reasons()).anySatisfy(r -> assertThat(r.message()).contains("王某某*******5678"));
            // the caller's keys, as given, where the structure carries them
            assertThat(d.reasons()).anySatisfy(r -> assertThat(r.memberId()).isEqualTo(ID_AS_MEMBER_ID));
            assertThat(d.recusals()).isNotEmpty().allSatisfy(rec -> {
                assertThat(rec.staffId()).isEqualTo(PHONE_AS_STAFF_ID);
                assertThat(rec.memberId()).isEqualTo(ID_AS_MEMBER_ID);
            });
            assertThat(d.units()).allSatisfy(u -> assertThat(u.members()).containsExactly(ID_AS_MEMBER_ID));
            String json = DoudiJson.writeDecision(d, false);
            assertThat(json).contains("\"memberId\":\"" + ID_AS_MEMBER_ID + "\"").doesNotContain(PHONE_IN_NAME);
        }
    }

    /** Defect 6: an unknown field named by a phone or ID number came back unmasked in the error's path. */
    @Test
    void anUnknownFieldNamedByAnIdentifierIsMaskedInThePath() {
        String json = DoudiJson.writeRequest(attack(), false);
        String hostile = json.replaceFirst("\\{", "{\"13812345678\": 1, \"ID41142619800101123X\": 2, ")
                .replaceFirst("\"members\":\\[\\{", "\"members\":[{\"tel139-1234-5678\": 3, ");
        List<Problem> problems = SERVICE.validate(DoudiJson.decodeRequest(hostile));
        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("*******5678",
                "ID**************123X", "members[0].tel*********5678");
        assertThat(problems).allSatisfy(p -> assertThat(p.path() + p.message()).doesNotContain(RAW)
                .doesNotContain("139-1234-5678"));
    }
}
