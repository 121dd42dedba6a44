package org.doudi.rules.drools;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.rules.api.request.CaseWorker;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.MemberRelation;
import org.doudi.rules.api.request.PanelMember;
import org.doudi.rules.api.request.ReviewPanel;
import org.doudi.rules.drools.facts.CaseWorkerLink;
import org.doudi.rules.drools.facts.KinTie;
import org.doudi.rules.drools.facts.PanelInfo;
import org.doudi.rules.drools.facts.PanelSeat;
import org.doudi.rules.drools.facts.StaffLink;
import org.doudi.rules.drools.facts.TeamMember;
import org.kie.api.runtime.KieSession;

/**
 * Inserts the input facts of the verification rules (policy §12): staff relations, case workers, their and the
 * review panel's relations to household members, the home-visit team and the review panel. No policy is decided
 * here; only the input is reshaped (duplicates merged, positions numbered) so that the rules can join and count.
 */
final class VerificationFacts {

    private VerificationFacts() {
    }

    /**
     * Inserts one {@link StaffLink} per {@code staffRelations} entry; one {@link CaseWorkerLink} per distinct case
     * worker; one {@link KinTie} per distinct (case worker or panel member, member, relation), numbered case workers
     * first, then panel members, each in input order, then by relation order; one {@link TeamMember} per distinct
     * home-visit team member; and, when the request has a review panel, a {@link PanelInfo} and one
     * {@link PanelSeat} per distinct panel member.
     *
     * @param session  the decision's session, not null
     * @param request  the validated request, not null
     */
    static void insert(KieSession session, EvaluationRequest request) {
        for (int k = 0; k < request.staffRelations().size(); k++) {
            session.insert(new StaffLink(request.staffRelations().get(k), k));
        }

        Map<String, CaseWorkerLink> workers = new LinkedHashMap<>();
        Set<List<Object>> ties = new HashSet<>();
        int order = 0;
        List<CaseWorker> caseWorkers = request.caseWorkers();
        for (int k = 0; k < caseWorkers.size(); k++) {
            CaseWorker w = caseWorkers.get(k);
            CaseWorkerLink before = workers.get(w.staffId());
            workers.put(w.staffId(), before == null ? new CaseWorkerLink(w.staffId(), k, w.townshipStaff())
                    : new CaseWorkerLink(w.staffId(), before.index(), before.townshipStaff() || w.townshipStaff()));
            for (MemberRelation r : w.relations()) {
                order = tie(session, ties, w.staffId(), r, false, order);
            }
        }
        workers.values().forEach(session::insert);

        ReviewPanel panel = request.reviewPanel();
        if (panel != null) {
            session.insert(new PanelInfo(panel.poolSize(), panel.applicantGroup()));
            Set<String> seated = new HashSet<>();
            List<PanelMember> members = panel.members();
            for (int k = 0; k < members.size(); k++) {
                PanelMember m = members.get(k);
                if (seated.add(m.personId())) {
                    session.insert(new PanelSeat(m.personId(), k, m.townshipCadre(), m.groupLeaderOrInformed(),
                            m.group()));
                }
                for (MemberRelation r : m.relations()) {
                    order = tie(session, ties, m.personId(), r, true, order);
                }
            }
        }

        Set<String> team = new HashSet<>();
        for (int k = 0; k < request.homeVisitTeam().size(); k++) {
            String staffId = request.homeVisitTeam().get(k);
            if (team.add(staffId)) {
                session.insert(new TeamMember(staffId, k));
            }
        }
    }

    private static int tie(KieSession session, Set<List<Object>> seen, String personId, MemberRelation r,
                           boolean panel, int order) {
        if (seen.add(List.of(personId, r.memberId(), r.relation()))) {
            session.insert(new KinTie(personId, r.memberId(), r.relation(), panel, order));
        }
        return order + 1;
    }
}
