package org.doudi.rules.drools.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.decision.Unit;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.PaymentCard;
import org.doudi.rules.api.request.StaffRelation;

/** Look-ups the screening rules call to name what they found (no policy decision is taken here). */
public final class Findings {

    /** A word of the detail to be said in the reader's language ({@code label.KEY} in the message files). */
    public record Label(String key) {
    }

    /** One staff relation that makes filing required: staff id, role and relation, as the detail names them. */
    public record StaffTie(String staffId, Label role, Label relation) {
    }

    private Findings() {
    }

    /**
     * The causes the re-evaluation gives for covering nobody.
     *
     * @param decision  the re-evaluation, not null
     * @return the causes as labels, in reason order, never null
     */
    public static List<Label> ineligibilityCauses(Decision decision) {
        List<Label> causes = new ArrayList<>();
        for (Reason r : decision.reasons()) {
            switch (r.code()) {
                case "ASSETS_EXCEED_LIMIT" -> causes.add(new Label("cause.ASSETS." + r.figures().get("which")));
                case "NO_COUNTED_MEMBER", "INCOME_NOT_BELOW_STANDARD", "PHASE_OUT_ENDED", "PHASE_OUT_NOT_APPLICABLE",
                     "VOLUNTARY_EXIT" -> causes.add(new Label("cause." + r.code()));
                default -> { }
            }
        }
        return causes.stream().distinct().toList();
    }

    /**
     * @param decision  the re-evaluation, not null
     * @param memberId  a member's id, not null
     * @return the monthly amount of the unit covering the member, or zero
     */
    public static Money unitAmount(Decision decision, String memberId) {
        return decision.units().stream().filter(u -> u.members().contains(memberId)).map(Unit::monthlyAmount)
                .findFirst().orElse(Money.ZERO);
    }

    /**
     * @param line  a subsidy line, not null
     * @return 0 for the living subsidy, 1 for the nursing subsidy (the order of findings of one member)
     */
    public static long subsidyOrder(SubsidyLine line) {
        return "LIVING".equals(line.subsidy()) ? 0 : 1;
    }

    /**
     * @param line  a subsidy line, not null
     * @return the figures of a subsidy finding: subsidy, due, paid, and the shortfall or excess, never null
     */
    public static Map<String, Object> subsidyFigures(SubsidyLine line) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("subsidy", new Label("subsidy." + line.subsidy()));
        figures.put("due", line.due() ? Objects.requireNonNullElse((Object) line.dueAmount(), new Label("notConfigured"))
                : new Label("notDue"));
        figures.put("paid", line.paid() ? Objects.requireNonNullElse((Object) line.paidAmount(), new Label("unknown"))
                : new Label("notPaid"));
        figures.put("shortfall", line.shortfall());
        figures.put("excess", excess(line));
        return figures;
    }

    /**
     * @param line  a subsidy line, not null
     * @return the monthly amount paid above what is due (all of it when not due), zero if none or unknown
     */
    public static Money excess(SubsidyLine line) {
        if (!line.paid() || line.paidAmount() == null) {
            return Money.ZERO;
        }
        if (!line.due()) {
            return line.paidAmount();
        }
        if (line.dueAmount() == null) {
            return Money.ZERO;
        }
        Money excess = line.paidAmount().minus(line.dueAmount());
        return excess.isPositive() ? excess : Money.ZERO;
    }

    /**
     * @param decision  the re-evaluation, not null
     * @return the staff relations that make filing required, never null
     */
    public static List<StaffTie> relatedStaff(Decision decision) {
        List<StaffTie> ties = new ArrayList<>();
        for (StaffRelation r : decision.verification().relatedStaff()) {
            ties.add(new StaffTie(r.staffId(), new Label("staffRole." + r.staffRole()),
                    new Label("relation." + r.relation())));
        }
        return ties;
    }

    /**
     * @param enrollment  the enrollment, not null
     * @return the card ids, separated by commas, never null
     */
    public static String cardIds(Enrollment enrollment) {
        return enrollment.cards().stream().map(PaymentCard::cardId).map(String::valueOf)
                .collect(Collectors.joining(", "));
    }
}
