package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.rules.drools.Cases.application;
import static org.doudi.rules.drools.Cases.head;
import static org.doudi.rules.drools.Cases.person;
import static org.doudi.rules.drools.Cases.wage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.HomeVisit;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.ProcedureProblem;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.decision.Recusal;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.CaseWorker;
import org.doudi.rules.api.request.Duty;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.MemberRelation;
import org.doudi.rules.api.request.PanelMember;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.request.ReviewPanel;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.StaffRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Verification duties (policy §12): filing of staff's near relatives, recusal, the home-visit team and the
 * democratic review panel. Findings are obligations on the office and never change eligibility or amount.
 */
class VerificationScenariosTest {

    static final DroolsEligibilityService service = TestRules.builtIn();

    static Decision decide(EvaluationRequest.Builder b) {
        return service.decide(b.build(), Locale.CHINESE);
    }

    static List<String> codes(Decision d) {
        return d.reasons().stream().map(Reason::code).toList();
    }

    static List<Reason> reasons(Decision d, String code) {
        return d.reasons().stream().filter(r -> r.code().equals(code)).toList();
    }

    // ---- the vocabulary of §12 ----

    /** 鲁甸农村（2020-08-01，S = 375）：户主罗永平月工资300元，纳入低保，补差75元；评议小组完整、入户调查两人。 */
    static EvaluationRequest.Builder ludian() {
        return application("yn-ludian", "2020-08-01", Residence.RURAL).members(
                        head("1972-03-03", LaborCapacity.PARTIAL).name("罗永平").incomes(wage("300.00")).build(),
                        person("m2", HeadRelation.SPOUSE, "1974-05-05", LaborCapacity.PARTIAL).name("张桂英").build())
                .caseWorkers(List.of(worker("s1", Duty.INVESTIGATOR, true), worker("s2", Duty.INVESTIGATOR, true)))
                .homeVisitTeam(List.of("s1", "s2"))
                .reviewPanel(panel(30, "G1", fullPanel()));
    }

    /** 会宁农村（2020-06-15，S = 335）：户主王大山月工资300元。 */
    static EvaluationRequest.Builder huining() {
        return application("gs-huining", "2020-06-15", Residence.RURAL).members(
                head("1965-01-01", LaborCapacity.PARTIAL).name("王大山").incomes(wage("300.00")).build());
    }

    /** 夏邑城市（2020-06-15，S = 520）：户主李春生月工资300元。 */
    static EvaluationRequest.Builder xiayi() {
        return application("hn-xiayi", "2020-06-15", Residence.URBAN).members(
                head("1960-01-01", LaborCapacity.PARTIAL).name("李春生").incomes(wage("300.00")).build());
    }

    static StaffRelation staff(String memberId, String staffId, StaffRole role, KinRelation relation) {
        return new StaffRelation(memberId, staffId, role, relation);
    }

    static MemberRelation is(String memberId, KinRelation relation) {
        return new MemberRelation(memberId, relation);
    }

    static CaseWorker worker(String staffId, Duty duty, boolean township, MemberRelation... relations) {
        return new CaseWorker(staffId, duty, township, List.of(relations));
    }

    static PanelMember seat(String personId, boolean cadre, boolean leader, String group,
                            MemberRelation... relations) {
        return new PanelMember(personId, cadre, leader, group, List.of(relations));
    }

    static ReviewPanel panel(int pool, String applicantGroup, List<PanelMember> members) {
        return new ReviewPanel(pool, applicantGroup, members);
    }

    /** Nine members of group G1: p1, p2 township cadres, p3 the group leader, p4–p9 villagers. */
    static List<PanelMember> fullPanel() {
        List<PanelMember> members = new ArrayList<>();
        members.add(seat("p1", true, false, "G1"));
        members.add(seat("p2", true, false, "G1"));
        members.add(seat("p3", false, true, "G1"));
        for (int k = 4; k <= 9; k++) {
            members.add(seat("p" + k, false, false, "G1"));
        }
        return members;
    }

    static List<PanelMember> replace(List<PanelMember> members, int index, PanelMember with) {
        List<PanelMember> out = new ArrayList<>(members);
        out.set(index, with);
        return out;
    }

    @Nested
    @DisplayName("§12 近亲属备案：须备案的案件一律县级100%入户核查")
    class Filing {

        @Test
        @DisplayName("鲁甸：户主是公职人员的兄弟，须备案、100%入户核查，relatedStaff 列出该条关系")
        void publicOfficialsSiblingFilesInLudian() {
            StaffRelation sibling = staff("m1", "s7", StaffRole.PUBLIC_OFFICIAL, KinRelation.SIBLING);
            Decision d = decide(ludian().staffRelations(List.of(sibling)));
            assertThat(d.verification().filingRequired()).isTrue();
            assertThat(d.verification().homeVisit()).isEqualTo(HomeVisit.MANDATORY);
            assertThat(d.verification().relatedStaff()).containsExactly(sibling);
            assertThat(reasons(d, "FILING_REQUIRED")).singleElement().satisfies(r -> {
                assertThat(r.ruleId()).isEqualTo("DB-VER-001");
                assertThat(r.memberId()).isEqualTo("m1");
                assertThat(r.figures()).containsEntry("staffId", "s7").containsEntry("staffRole", "PUBLIC_OFFICIAL")
                        .containsEntry("relation", "SIBLING");
                assertThat(r.message()).contains("罗永平").contains("s7").doesNotContain("{");
            });
        }

        @Test
        @DisplayName("会宁：公职人员不在备案人员之列（filing.staffRoles 仅低保经办人员、村委会成员），其兄弟申请不备案，属抽查范围")
        void publicOfficialsSiblingDoesNotFileInHuining() {
            Decision d = decide(huining().staffRelations(List.of(
                    staff("m1", "s7", StaffRole.PUBLIC_OFFICIAL, KinRelation.SIBLING))));
            assertThat(d.verification().filingRequired()).isFalse();
            assertThat(d.verification().homeVisit()).isEqualTo(HomeVisit.SAMPLED);
            assertThat(d.verification().relatedStaff()).isEmpty();
            assertThat(codes(d)).doesNotContain("FILING_REQUIRED");
        }

        @Test
        @DisplayName("堂兄弟姐妹（三代以内旁系血亲）不是民法典所列近亲属：鲁甸低保经办人员的堂兄弟申请不备案")
        void cousinDoesNotFile() {
            Decision d = decide(ludian().staffRelations(List.of(
                    staff("m1", "s3", StaffRole.DIBAO_HANDLER, KinRelation.COLLATERAL_3GEN),
                    staff("m2", "s3", StaffRole.DIBAO_HANDLER, KinRelation.IN_LAW),
                    staff("m2", "s4", StaffRole.VILLAGE_COMMITTEE, KinRelation.OTHER))));
            assertThat(d.verification().filingRequired()).isFalse();
            assertThat(d.verification().homeVisit()).isEqualTo(HomeVisit.SAMPLED);
            assertThat(codes(d)).doesNotContain("FILING_REQUIRED");
        }

        @Test
        @DisplayName("低保经办人员的配偶申请，鲁甸、会宁、夏邑都须备案")
        void handlersSpouseFilesEverywhere() {
            StaffRelation spouse = staff("m1", "s9", StaffRole.DIBAO_HANDLER, KinRelation.SPOUSE);
            for (EvaluationRequest.Builder b : List.of(ludian(), huining(), xiayi())) {
                Decision d = decide(b.staffRelations(List.of(spouse)));
                assertThat(d.verification().filingRequired()).as(d.profile()).isTrue();
                assertThat(d.verification().homeVisit()).as(d.profile()).isEqualTo(HomeVisit.MANDATORY);
                assertThat(d.verification().relatedStaff()).as(d.profile()).containsExactly(spouse);
            }
        }

        @Test
        @DisplayName("未计入的成员（服刑人员）也是列出的成员：村委会成员的父亲服刑，仍须备案")
        void listedButNotCountedMemberFiles() {
            Decision d = decide(ludian().members(
                    head("1972-03-03", LaborCapacity.PARTIAL).name("罗永平").incomes(wage("300.00")).build(),
                    person("m2", HeadRelation.PARENT, "1945-01-01", LaborCapacity.NONE).name("罗老汉")
                            .status(org.doudi.rules.api.request.MemberStatus.IMPRISONED).build())
                    .staffRelations(List.of(staff("m2", "s5", StaffRole.VILLAGE_COMMITTEE, KinRelation.PARENT))));
            assertThat(d.verification().filingRequired()).isTrue();
            assertThat(reasons(d, "FILING_REQUIRED")).singleElement()
                    .satisfies(r -> assertThat(r.memberId()).isEqualTo("m2"));
        }

        @Test
        @DisplayName("多条关系：relatedStaff 按 staffRelations 的输入顺序只列触发备案的各条")
        void relatedStaffInInputOrder() {
            StaffRelation second = staff("m2", "s8", StaffRole.VILLAGE_COMMITTEE, KinRelation.CHILD);
            StaffRelation cousin = staff("m1", "s3", StaffRole.DIBAO_HANDLER, KinRelation.COLLATERAL_3GEN);
            StaffRelation first = staff("m1", "s7", StaffRole.CIVIL_AFFAIRS_STAFF, KinRelation.GRANDCHILD);
            Decision d = decide(ludian().staffRelations(List.of(second, cousin, first)));
            assertThat(d.verification().relatedStaff()).containsExactly(second, first);
            assertThat(reasons(d, "FILING_REQUIRED")).extracting(Reason::memberId).containsExactly("m1", "m2");
        }

        @Test
        @DisplayName("低保经办人员本人（SELF）申请：须备案，且作为经办人员必须回避")
        void staffMemberWhoIsTheApplicantFilesAndIsRecused() {
            StaffRelation self = staff("m1", "s5", StaffRole.DIBAO_HANDLER, KinRelation.SELF);
            Decision d = decide(ludian().staffRelations(List.of(self))
                    .caseWorkers(List.of(worker("s5", Duty.HANDLER, true, is("m1", KinRelation.SELF)),
                            worker("s1", Duty.INVESTIGATOR, true), worker("s2", Duty.INVESTIGATOR, true))));
            assertThat(d.verification().filingRequired()).isTrue();
            assertThat(d.verification().relatedStaff()).containsExactly(self);
            assertThat(d.recusals()).containsExactly(new Recusal("s5", "m1", KinRelation.SELF));
            assertThat(codes(d)).contains("FILING_REQUIRED", "RECUSAL_REQUIRED");
            assertThat(d.procedureProblems()).isEmpty();
        }
    }

    @Nested
    @DisplayName("§12 回避：经办人员和评议小组成员是家庭成员的近亲属或本人的，一人一成员一关系一条")
    class Recusals {

        @Test
        @DisplayName("调查员与户主是兄弟、与其妻是姻亲（不回避）；审批人是其妻之子；评议员p4是户主之父：回避名单按经办人员在前、评议员在后")
        void caseWorkerAndPanelMember() {
            List<PanelMember> members = replace(fullPanel(), 3,
                    seat("p4", false, false, "G1", is("m1", KinRelation.PARENT), is("m2", KinRelation.OTHER)));
            Decision d = decide(ludian()
                    .caseWorkers(List.of(
                            worker("s1", Duty.INVESTIGATOR, true, is("m2", KinRelation.IN_LAW),
                                    is("m1", KinRelation.SIBLING)),
                            worker("s2", Duty.INVESTIGATOR, true),
                            worker("s3", Duty.APPROVER, false, is("m2", KinRelation.CHILD),
                                    is("m1", KinRelation.CHILD))))
                    .reviewPanel(panel(30, "G1", members)));
            assertThat(d.recusals()).containsExactly(
                    new Recusal("s1", "m1", KinRelation.SIBLING),
                    new Recusal("s3", "m2", KinRelation.CHILD),
                    new Recusal("s3", "m1", KinRelation.CHILD),
                    new Recusal("p4", "m1", KinRelation.PARENT));
            assertThat(reasons(d, "RECUSAL_REQUIRED")).hasSize(4).allSatisfy(r -> {
                assertThat(r.ruleId()).isEqualTo("DB-VER-010");
                assertThat(r.message()).doesNotContain("{");
            });
            // s1 recused: the home-visit team keeps only s2; the panel keeps 8
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.HOME_VISIT_TEAM_TOO_SMALL,
                    ProcedureProblem.REVIEW_PANEL_TOO_SMALL);
            // recusal is not filing: no staffRelations were declared
            assertThat(d.verification().filingRequired()).isFalse();
        }

        @Test
        @DisplayName("评议员列在经办人员之前输入，回避名单仍是经办人员在前")
        void caseWorkersBeforePanelMembers() {
            List<PanelMember> members = replace(fullPanel(), 0, seat("p1", true, false, "G1",
                    is("m2", KinRelation.SPOUSE)));
            Decision d = decide(ludian().reviewPanel(panel(30, "G1", members))
                    .caseWorkers(List.of(worker("s1", Duty.INVESTIGATOR, true), worker("s2", Duty.INVESTIGATOR, true),
                            worker("s6", Duty.HANDLER, true, is("m1", KinRelation.GRANDCHILD)))));
            assertThat(d.recusals()).containsExactly(new Recusal("s6", "m1", KinRelation.GRANDCHILD),
                    new Recusal("p1", "m2", KinRelation.SPOUSE));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.REVIEW_PANEL_TOO_SMALL,
                    ProcedureProblem.REVIEW_PANEL_TOO_FEW_CADRES);
        }

        @Test
        @DisplayName("三代以内旁系血亲、其他关系不回避（默认民法典近亲属）")
        void cousinIsNotRecused() {
            Decision d = decide(ludian().caseWorkers(List.of(
                    worker("s1", Duty.INVESTIGATOR, true, is("m1", KinRelation.COLLATERAL_3GEN)),
                    worker("s2", Duty.INVESTIGATOR, true, is("m2", KinRelation.OTHER)))));
            assertThat(d.recusals()).isEmpty();
            assertThat(codes(d)).doesNotContain("RECUSAL_REQUIRED");
            assertThat(d.procedureProblems()).isEmpty();
        }
    }

    @Nested
    @DisplayName("§12 入户调查：至少 visit.minStaff（2）名未回避的乡镇工作人员")
    class HomeVisitTeam {

        @Test
        @DisplayName("两名乡镇工作人员入户调查：无问题")
        void twoTownshipStaffSuffice() {
            assertThat(decide(ludian()).procedureProblems()).isEmpty();
        }

        @Test
        @DisplayName("调查组两人，其中一人是户主的子女须回避：只剩一人，调查人员不足")
        void teamShrunkByRecusal() {
            Decision d = decide(ludian().caseWorkers(List.of(
                    worker("s1", Duty.INVESTIGATOR, true, is("m1", KinRelation.CHILD)),
                    worker("s2", Duty.INVESTIGATOR, true))));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.HOME_VISIT_TEAM_TOO_SMALL);
            assertThat(reasons(d, "HOME_VISIT_TEAM_TOO_SMALL")).singleElement().satisfies(r -> {
                assertThat(r.ruleId()).isEqualTo("DB-VER-021");
                assertThat(r.memberId()).isNull();
                assertThat(r.figures()).containsEntry("team", 2).containsEntry("qualified", 1)
                        .containsEntry("minStaff", 2);
            });
        }

        @Test
        @DisplayName("调查组成员s2不是乡镇工作人员（村协理员）：调查人员不足")
        void teamMemberNotTownshipStaff() {
            Decision d = decide(ludian().caseWorkers(List.of(
                    worker("s1", Duty.INVESTIGATOR, true), worker("s2", Duty.INVESTIGATOR, false))));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.HOME_VISIT_TEAM_TOO_SMALL);
        }

        @Test
        @DisplayName("经办人员s2列了两次，一次是村协理员、一次是乡镇工作人员：按乡镇工作人员计，调查人员足够（两种次序）")
        void caseWorkerListedTwiceIsTownshipStaffIfEitherEntrySaysSo() {
            assertThat(decide(ludian().caseWorkers(List.of(worker("s1", Duty.INVESTIGATOR, true),
                    worker("s2", Duty.INVESTIGATOR, false), worker("s2", Duty.INVESTIGATOR, true))))
                    .procedureProblems()).isEmpty();
            assertThat(decide(ludian().caseWorkers(List.of(worker("s1", Duty.INVESTIGATOR, true),
                    worker("s2", Duty.INVESTIGATOR, true), worker("s2", Duty.INVESTIGATOR, false))))
                    .procedureProblems()).isEmpty();
            assertThat(decide(ludian().caseWorkers(List.of(worker("s1", Duty.INVESTIGATOR, true),
                    worker("s2", Duty.INVESTIGATOR, false), worker("s2", Duty.INVESTIGATOR, false))))
                    .procedureProblems()).containsExactly(ProcedureProblem.HOME_VISIT_TEAM_TOO_SMALL);
        }

        @Test
        @DisplayName("调查组成员s3不在经办人员名单中：不计入，调查人员不足")
        void teamMemberNotACaseWorker() {
            Decision d = decide(ludian().homeVisitTeam(List.of("s1", "s3")));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.HOME_VISIT_TEAM_TOO_SMALL);
        }

        @Test
        @DisplayName("同一人在调查组中列两次只算一人")
        void duplicateTeamMemberCountsOnce() {
            Decision d = decide(ludian().homeVisitTeam(List.of("s1", "s1")));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.HOME_VISIT_TEAM_TOO_SMALL);
        }

        @Test
        @DisplayName("鲁甸要求每件申请入户调查（visit.required）：未提供入户调查组的申请即为程序问题，不再检查人数（第二版）")
        void noTeamWhereAVisitIsRequired() {
            Decision d = decide(ludian().homeVisitTeam(List.of()));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.HOME_VISIT_TEAM_MISSING);
            assertThat(reasons(d, "HOME_VISIT_TEAM_MISSING")).singleElement().satisfies(r -> {
                assertThat(r.ruleId()).isEqualTo("DB-VER-022");
                assertThat(r.memberId()).isNull();
                assertThat(r.sources()).singleElement().satisfies(s -> {
                    assertThat(s.parameter()).isEqualTo("visit.required");
                    assertThat(s.value()).isEqualTo("true");
                });
            });
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        @DisplayName("不要求每件入户调查的会宁、夏邑，或鲁甸的复核：未提供入户调查组不是问题，也不检查人数")
        void noTeamNoCheckElsewhere() {
            assertThat(decide(huining()).procedureProblems()).isEmpty();
            assertThat(decide(xiayi()).procedureProblems()).isEmpty();
            Decision review = decide(ludian().homeVisitTeam(List.of()).kind(Kind.REVIEW)
                    .enrollment(new Enrollment(java.time.YearMonth.parse("2019-01"), null,
                            org.doudi.rules.api.money.Money.parse("300.00"), List.of("m1", "m2"), null, null, false,
                            List.of(), List.of())));
            assertThat(review.procedureProblems()).isEmpty();
        }

        @Test
        @DisplayName("鲁甸：一人的入户调查组不是“未组成”，而是人数不足")
        void aTeamOfOneIsTooSmallNotMissing() {
            assertThat(decide(ludian().homeVisitTeam(List.of("s1"))).procedureProblems())
                    .containsExactly(ProcedureProblem.HOME_VISIT_TEAM_TOO_SMALL);
        }
    }

    @Nested
    @DisplayName("§12 民主评议：库≥30人；回避后小组≥9人、乡镇干部≥2名、有申请人所在小组的组长或熟悉情况的群众")
    class ReviewPanelChecks {

        @Test
        @DisplayName("评议库29人：仅评议库人数不足")
        void poolTooSmallAlone() {
            Decision d = decide(ludian().reviewPanel(panel(29, "G1", fullPanel())));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.REVIEW_POOL_TOO_SMALL);
            assertThat(reasons(d, "REVIEW_POOL_TOO_SMALL")).singleElement().satisfies(r -> {
                assertThat(r.ruleId()).isEqualTo("DB-VER-031");
                assertThat(r.figures()).containsEntry("poolSize", 29).containsEntry("poolMin", 30);
            });
        }

        @Test
        @DisplayName("评议小组只有8人：仅评议小组人数不足")
        void panelTooSmallAlone() {
            Decision d = decide(ludian().reviewPanel(panel(30, "G1", fullPanel().subList(0, 8))));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.REVIEW_PANEL_TOO_SMALL);
            assertThat(reasons(d, "REVIEW_PANEL_TOO_SMALL")).singleElement().satisfies(r ->
                    assertThat(r.figures()).containsEntry("listed", 8).containsEntry("seated", 8)
                            .containsEntry("panelMin", 9));
        }

        @Test
        @DisplayName("评议小组只有1名乡镇干部：仅乡镇干部不足")
        void tooFewCadresAlone() {
            Decision d = decide(ludian().reviewPanel(panel(30, "G1",
                    replace(fullPanel(), 1, seat("p2", false, false, "G1")))));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.REVIEW_PANEL_TOO_FEW_CADRES);
            assertThat(reasons(d, "REVIEW_PANEL_TOO_FEW_CADRES")).singleElement().satisfies(r ->
                    assertThat(r.figures()).containsEntry("cadres", 1).containsEntry("cadreMin", 2));
        }

        @Test
        @DisplayName("组长来自G2，申请人在G1：仅缺少申请人所在小组的代表")
        void noGroupRepresentativeAlone() {
            Decision d = decide(ludian().reviewPanel(panel(30, "G1",
                    replace(fullPanel(), 2, seat("p3", false, true, "G2")))));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.REVIEW_PANEL_NO_GROUP_REPRESENTATIVE);
            assertThat(reasons(d, "REVIEW_PANEL_NO_GROUP_REPRESENTATIVE")).singleElement().satisfies(r ->
                    assertThat(r.figures()).containsEntry("applicantGroup", "G1"));
        }

        @Test
        @DisplayName("同组的普通村民不是组长或熟悉情况的群众代表：缺少代表")
        void sameGroupButNotLeader() {
            Decision d = decide(ludian().reviewPanel(panel(30, "G1",
                    replace(fullPanel(), 2, seat("p3", false, false, "G1")))));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.REVIEW_PANEL_NO_GROUP_REPRESENTATIVE);
        }

        @Test
        @DisplayName("唯一的组长须回避：回避后人数不足，且缺少代表")
        void recusedRepresentative() {
            Decision d = decide(ludian().reviewPanel(panel(30, "G1",
                    replace(fullPanel(), 2, seat("p3", false, true, "G1", is("m2", KinRelation.SIBLING))))));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.REVIEW_PANEL_TOO_SMALL,
                    ProcedureProblem.REVIEW_PANEL_NO_GROUP_REPRESENTATIVE);
        }

        @Test
        @DisplayName("评议库10人、小组3人、没有乡镇干部、没有本组代表：四个问题同时列出，按接口约定的顺序")
        void allTogether() {
            Decision d = decide(ludian().reviewPanel(panel(10, "G1", List.of(
                    seat("p1", false, false, "G1"), seat("p2", false, true, "G2"), seat("p3", false, false, null)))));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.REVIEW_POOL_TOO_SMALL,
                    ProcedureProblem.REVIEW_PANEL_TOO_SMALL, ProcedureProblem.REVIEW_PANEL_TOO_FEW_CADRES,
                    ProcedureProblem.REVIEW_PANEL_NO_GROUP_REPRESENTATIVE);
            assertThat(codes(d)).contains("REVIEW_POOL_TOO_SMALL", "REVIEW_PANEL_TOO_SMALL",
                    "REVIEW_PANEL_TOO_FEW_CADRES", "REVIEW_PANEL_NO_GROUP_REPRESENTATIVE");
        }

        @Test
        @DisplayName("鲁甸（review.required）新申请未提供评议小组：评议缺失")
        void missingPanelInLudian() {
            Decision d = decide(ludian().reviewPanel(null));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.REVIEW_PANEL_MISSING);
            assertThat(reasons(d, "REVIEW_PANEL_MISSING")).singleElement()
                    .satisfies(r -> assertThat(r.ruleId()).isEqualTo("DB-VER-030"));
        }

        @Test
        @DisplayName("鲁甸动态复核（REVIEW）未提供评议小组：不算评议缺失")
        void noMissingPanelForReview() {
            Decision d = decide(ludian().reviewPanel(null).kind(Kind.REVIEW).enrollment(new Enrollment(
                    YearMonth.parse("2019-01"), null, Cases.yuan("75.00"), List.of("m1", "m2"), null, null, false,
                    null, null)));
            assertThat(d.procedureProblems()).doesNotContain(ProcedureProblem.REVIEW_PANEL_MISSING);
        }

        @Test
        @DisplayName("夏邑（不要求民主评议）新申请未提供评议小组：不算评议缺失")
        void noMissingPanelInXiayi() {
            Decision d = decide(xiayi());
            assertThat(d.procedureProblems()).isEmpty();
            assertThat(d.verification().filingRequired()).isFalse();
        }

        @Test
        @DisplayName("夏邑提供了评议小组：同样检查（评议库不足）")
        void givenPanelCheckedEverywhere() {
            Decision d = decide(xiayi().reviewPanel(panel(12, "G1", fullPanel())));
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.REVIEW_POOL_TOO_SMALL);
        }
    }

    @Nested
    @DisplayName("§12 核查结果不改变资格和金额")
    class FindingsDoNotDecide {

        @Test
        @DisplayName("工作示例10（鲁甸公职人员近亲属申请，评议员回避后人数不足）：核查、回避、程序问题完全一致")
        void example10() {
            JsonNode example = example("10-ludian-relative-and-panel.json");
            Decision d = service.decide(DoudiJson.readRequest(example.get("request")), Locale.CHINESE);
            ObjectNode actual = DoudiJson.toTree(d);
            JsonNode expected = example.get("expected").get("output");
            assertThat(actual.get("verification")).isEqualTo(expected.get("verification"));
            assertThat(actual.get("recusals")).isEqualTo(expected.get("recusals"));
            assertThat(actual.get("procedureProblems")).isEqualTo(expected.get("procedureProblems"));
            for (String field : List.of("outcome", "coverage", "monthlyAmount", "units")) {
                assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
            }
            List<String> expectedCodes = new ArrayList<>();
            expected.get("reasonCodes").forEach(c -> expectedCodes.add(c.asText()));
            assertThat(codes(d)).containsAll(expectedCodes);
        }

        @Test
        @DisplayName("示例10去掉全部人员与评议数据：结果、金额、单元与收入不变")
        void example10WithoutStaffData() {
            EvaluationRequest withStaff = DoudiJson.readRequest(
                    example("10-ludian-relative-and-panel.json").get("request"));
            EvaluationRequest without = withStaff.toBuilder().staffRelations(List.of()).caseWorkers(List.of())
                    .homeVisitTeam(List.of()).reviewPanel(null).build();
            assertSameEntitlement(service.decide(withStaff, Locale.CHINESE),
                    service.decide(without, Locale.CHINESE));
        }

        @Test
        @DisplayName("每种核查问题都出现的鲁甸案件与无人员数据的同一案件：结果、金额相同")
        void everyFindingChangesNothing() {
            EvaluationRequest.Builder all = ludian()
                    .staffRelations(List.of(staff("m1", "s1", StaffRole.DIBAO_HANDLER, KinRelation.SELF)))
                    .caseWorkers(List.of(worker("s1", Duty.HANDLER, true, is("m1", KinRelation.SELF)),
                            worker("s2", Duty.INVESTIGATOR, false)))
                    .reviewPanel(panel(3, "G1", List.of(seat("p1", true, true, "G1", is("m2", KinRelation.SPOUSE)))));
            Decision d = decide(all);
            assertThat(d.procedureProblems()).containsExactly(ProcedureProblem.HOME_VISIT_TEAM_TOO_SMALL,
                    ProcedureProblem.REVIEW_POOL_TOO_SMALL, ProcedureProblem.REVIEW_PANEL_TOO_SMALL,
                    ProcedureProblem.REVIEW_PANEL_TOO_FEW_CADRES,
                    ProcedureProblem.REVIEW_PANEL_NO_GROUP_REPRESENTATIVE);
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            Decision bare = decide(ludian().caseWorkers(List.of()).homeVisitTeam(List.of()).reviewPanel(null));
            assertSameEntitlement(d, bare);
            assertThat(bare.procedureProblems()).containsExactly(ProcedureProblem.HOME_VISIT_TEAM_MISSING,
                    ProcedureProblem.REVIEW_PANEL_MISSING);
            Decision huiningBare = decide(huining());
            Decision huiningAll = decide(huining()
                    .staffRelations(List.of(staff("m1", "s9", StaffRole.VILLAGE_COMMITTEE, KinRelation.SIBLING)))
                    .caseWorkers(List.of(worker("s9", Duty.INVESTIGATOR, true, is("m1", KinRelation.SIBLING))))
                    .homeVisitTeam(List.of("s9", "s10"))
                    .reviewPanel(panel(32, "G3", List.of(seat("p1", true, false, "G1")))));
            assertSameEntitlement(huiningAll, huiningBare);
            assertThat(huiningAll.verification().filingRequired()).isTrue();
        }

        @Test
        @DisplayName("英文说明：每条核查理由都有完整的英文文本")
        void englishMessages() {
            EvaluationRequest request = ludian()
                    .staffRelations(List.of(staff("m1", "s1", StaffRole.DIBAO_HANDLER, KinRelation.SELF)))
                    .caseWorkers(List.of(worker("s1", Duty.HANDLER, true, is("m1", KinRelation.SELF))))
                    .reviewPanel(panel(3, "G1", List.of(seat("p1", false, false, "G1")))).build();
            Decision d = service.decide(request, Locale.ENGLISH);
            List<String> mine = List.of("FILING_REQUIRED", "RECUSAL_REQUIRED", "HOME_VISIT_TEAM_TOO_SMALL",
                    "REVIEW_POOL_TOO_SMALL", "REVIEW_PANEL_TOO_SMALL", "REVIEW_PANEL_TOO_FEW_CADRES",
                    "REVIEW_PANEL_NO_GROUP_REPRESENTATIVE");
            assertThat(codes(d)).containsAll(mine);
            assertThat(d.reasons()).filteredOn(r -> mine.contains(r.code())).allSatisfy(r -> {
                assertThat(r.message()).isNotEqualTo(r.code()).doesNotContain("{").doesNotContain("}");
                assertThat(r.clause()).isNotBlank();
            });
        }

        static void assertSameEntitlement(Decision a, Decision b) {
            assertThat(a.outcome()).isEqualTo(b.outcome());
            assertThat(a.coverage()).isEqualTo(b.coverage());
            assertThat(a.householdStatus()).isEqualTo(b.householdStatus());
            assertThat(a.standard()).isEqualTo(b.standard());
            assertThat(a.income()).isEqualTo(b.income());
            assertThat(a.assetsPassed()).isEqualTo(b.assetsPassed());
            assertThat(a.units()).isEqualTo(b.units());
            assertThat(a.monthlyAmount()).isEqualTo(b.monthlyAmount());
            assertThat(a.phaseOut()).isEqualTo(b.phaseOut());
            assertThat(a.voluntaryExitGrant()).isEqualTo(b.voluntaryExitGrant());
            assertThat(a.temporaryAssistance()).isEqualTo(b.temporaryAssistance());
            assertThat(a.disabilitySubsidies()).isEqualTo(b.disabilitySubsidies());
        }
    }

    static JsonNode example(String name) {
        try (InputStream in = VerificationScenariosTest.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return DoudiJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
