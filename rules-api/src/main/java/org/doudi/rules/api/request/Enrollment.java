package org.doudi.rules.api.request;

import java.time.YearMonth;
import java.util.List;

import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.money.Money;

/**
 * The current enrollment of a household under review or asking to leave (policy §9, §14).
 *
 * @param since                the month of enrollment; required
 * @param category             the enrolled category 1–4, may be null
 * @param monthlyAmount        the amount being paid; required
 * @param coveredMembers       ids of the covered members; required, never null
 * @param incomeExceededSince  the month the income first exceeded the standard, may be null
 * @param incomeRiseCause      why the income rose, may be null
 * @param filed                true if the case was filed as touching a staff member's relative
 * @param subsidiesPaid        disability subsidies being paid, never null
 * @param cards                the payment cards on the case, never null
 */
public record Enrollment(YearMonth since, Integer category, Money monthlyAmount, List<String> coveredMembers,
                         YearMonth incomeExceededSince, IncomeRiseCause incomeRiseCause, boolean filed,
                         List<DisabilitySubsidy> subsidiesPaid, List<PaymentCard> cards) {

    /**
     * Normalises omitted lists to empty.
     *
     * @param since  the month of enrollment; required
     * @param category  the enrolled category 1–4, may be null
     * @param monthlyAmount  the amount being paid; required
     * @param coveredMembers  ids of the covered members; required, never null
     * @param incomeExceededSince  the month the income first exceeded the standard, may be null
     * @param incomeRiseCause  why the income rose, may be null
     * @param filed  true if the case was filed as touching a staff member's relative
     * @param subsidiesPaid  disability subsidies being paid, never null
     * @param cards  the payment cards on the case, never null
     */
    public Enrollment {
        coveredMembers = coveredMembers == null ? List.of() : List.copyOf(coveredMembers);
        subsidiesPaid = subsidiesPaid == null ? List.of() : List.copyOf(subsidiesPaid);
        cards = cards == null ? List.of() : List.copyOf(cards);
    }
}
