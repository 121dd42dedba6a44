package org.doudi.rules.api.json;

import static org.doudi.rules.api.json.DecisionEncoder.array;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.CaseWorker;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberRelation;
import org.doudi.rules.api.request.PanelMember;
import org.doudi.rules.api.request.PaymentCard;
import org.doudi.rules.api.request.ReviewPanel;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.Vehicle;

/**
 * Builds the JSON tree of a request, the inverse of the decoder: every field of the contract in its order, optional
 * values that are absent as {@code null} (which the contract reads as omitted), lists and defaults written out.
 * Decoding the tree gives back an equal request. Stateless and thread-safe.
 */
final class RequestEncoder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RequestEncoder() {
    }

    static ObjectNode request(EvaluationRequest r) {
        ObjectNode o = NODES.objectNode();
        o.put("caseId", r.caseId());
        o.put("kind", DecisionEncoder.text(r.kind()));
        o.put("region", r.region());
        o.put("profile", r.profile());
        o.put("asOf", DecisionEncoder.text(r.asOf()));
        o.put("residence", DecisionEncoder.text(r.residence()));
        o.set("flags", array(r.flags(), f -> NODES.textNode(f.name())));
        o.set("members", array(r.members(), RequestEncoder::member));
        o.set("assets", assets(r.assets()));
        o.set("enrollment", r.enrollment() == null ? NODES.nullNode() : enrollment(r.enrollment()));
        o.put("categoryOverride", r.categoryOverride());
        o.put("bonusMonths", r.bonusMonths());
        o.put("bridgeMonths", r.bridgeMonths());
        o.set("staffRelations", array(r.staffRelations(), RequestEncoder::staffRelation));
        o.set("caseWorkers", array(r.caseWorkers(), RequestEncoder::caseWorker));
        o.set("homeVisitTeam", array(r.homeVisitTeam(), NODES::textNode));
        o.set("reviewPanel", r.reviewPanel() == null ? NODES.nullNode() : reviewPanel(r.reviewPanel()));
        return o;
    }

    private static ObjectNode member(Member m) {
        ObjectNode o = NODES.objectNode();
        o.put("id", m.id());
        o.put("name", m.name());
        o.put("idNumber", m.idNumber());
        o.put("phone", m.phone());
        o.put("bankAccount", m.bankAccount());
        o.put("relation", DecisionEncoder.text(m.relation()));
        o.put("birthDate", DecisionEncoder.text(m.birthDate()));
        o.put("status", DecisionEncoder.text(m.status()));
        o.put("deceasedOn", DecisionEncoder.text(m.deceasedOn()));
        o.put("laborCapacity", DecisionEncoder.text(m.laborCapacity()));
        o.set("disabilities", array(m.disabilities(), RequestEncoder::disability));
        o.put("certificate", DecisionEncoder.text(m.certificate()));
        o.put("longTermCare", m.longTermCare());
        o.put("catastrophicIllness", m.catastrophicIllness());
        o.put("illnessAidReceived", m.illnessAidReceived());
        o.put("chronicIllness", m.chronicIllness());
        o.put("pregnantOrNursing", m.pregnantOrNursing());
        o.put("caregiver", m.caregiver());
        o.put("dependsOnFamily", m.dependsOnFamily());
        o.put("education", DecisionEncoder.text(m.education()));
        o.put("employed", m.employed());
        o.set("benefits", array(m.benefits(), b -> NODES.textNode(b.name())));
        o.set("incomes", array(m.incomes(), RequestEncoder::income));
        o.set("expenses", array(m.expenses(), RequestEncoder::expense));
        return o;
    }

    private static ObjectNode disability(Disability d) {
        ObjectNode o = NODES.objectNode();
        o.put("type", DecisionEncoder.text(d.type()));
        o.put("grade", d.grade());
        return o;
    }

    private static ObjectNode income(Income i) {
        ObjectNode o = NODES.objectNode();
        o.put("type", DecisionEncoder.text(i.type()));
        o.put("monthly", DecisionEncoder.text(i.monthly()));
        return o;
    }

    private static ObjectNode expense(Expense e) {
        ObjectNode o = NODES.objectNode();
        o.put("type", DecisionEncoder.text(e.type()));
        o.put("monthly", DecisionEncoder.text(e.monthly()));
        return o;
    }

    private static ObjectNode assets(Assets a) {
        ObjectNode o = NODES.objectNode();
        o.put("financial", DecisionEncoder.text(a.financial()));
        o.set("vehicles", array(a.vehicles(), RequestEncoder::vehicle));
        o.put("residentialProperties", a.residentialProperties());
        o.put("nonResidentialProperties", a.nonResidentialProperties());
        o.put("businessRegistered", a.businessRegistered());
        o.put("businessCapital", DecisionEncoder.text(a.businessCapital()));
        return o;
    }

    private static ObjectNode vehicle(Vehicle v) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", DecisionEncoder.text(v.kind()));
        o.put("value", DecisionEncoder.text(v.value()));
        o.put("exempt", v.exempt());
        return o;
    }

    private static ObjectNode enrollment(Enrollment e) {
        ObjectNode o = NODES.objectNode();
        o.put("since", DecisionEncoder.text(e.since()));
        o.put("category", e.category());
        o.put("monthlyAmount", DecisionEncoder.text(e.monthlyAmount()));
        o.set("coveredMembers", array(e.coveredMembers(), NODES::textNode));
        o.put("incomeExceededSince", DecisionEncoder.text(e.incomeExceededSince()));
        o.put("incomeRiseCause", DecisionEncoder.text(e.incomeRiseCause()));
        o.put("filed", e.filed());
        o.set("subsidiesPaid", array(e.subsidiesPaid(), DecisionEncoder::subsidy));
        o.set("cards", array(e.cards(), RequestEncoder::card));
        return o;
    }

    private static ObjectNode card(PaymentCard c) {
        ObjectNode o = NODES.objectNode();
        o.put("cardId", c.cardId());
        o.put("holderIdNumber", c.holderIdNumber());
        o.put("holderRole", DecisionEncoder.text(c.holderRole()));
        o.put("registered", c.registered());
        return o;
    }

    private static ObjectNode staffRelation(StaffRelation s) {
        ObjectNode o = NODES.objectNode();
        o.put("memberId", s.memberId());
        o.put("staffId", s.staffId());
        o.put("staffRole", DecisionEncoder.text(s.staffRole()));
        o.put("relation", DecisionEncoder.text(s.relation()));
        return o;
    }

    private static ObjectNode caseWorker(CaseWorker w) {
        ObjectNode o = NODES.objectNode();
        o.put("staffId", w.staffId());
        o.put("duty", DecisionEncoder.text(w.duty()));
        o.put("townshipStaff", w.townshipStaff());
        o.set("relations", array(w.relations(), RequestEncoder::memberRelation));
        return o;
    }

    private static ObjectNode memberRelation(MemberRelation r) {
        ObjectNode o = NODES.objectNode();
        o.put("memberId", r.memberId());
        o.put("relation", DecisionEncoder.text(r.relation()));
        return o;
    }

    private static ObjectNode reviewPanel(ReviewPanel p) {
        ObjectNode o = NODES.objectNode();
        o.put("poolSize", p.poolSize());
        o.put("applicantGroup", p.applicantGroup());
        o.set("members", array(p.members(), RequestEncoder::panelMember));
        return o;
    }

    private static ObjectNode panelMember(PanelMember m) {
        ObjectNode o = NODES.objectNode();
        o.put("personId", m.personId());
        o.put("townshipCadre", m.townshipCadre());
        o.put("groupLeaderOrInformed", m.groupLeaderOrInformed());
        o.put("group", m.group());
        o.set("relations", array(m.relations(), RequestEncoder::memberRelation));
        return o;
    }
}
