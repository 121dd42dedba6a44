package org.doudi.rules.api.screening;

/**
 * The finding codes of a caseload screening (排查). Findings on the caseload itself come first in this enum, in the
 * order a findings line lists them; the registry-only codes (信息比对) follow. {@link #DIBAO_AND_TEKUN} and
 * {@link #DUPLICATE_ENROLLMENT} are found both in the caseload and in registries (the tekun roster, other regions'
 * dibao rosters).
 */
public enum FindingCode {
    /** A covered member died longer ago than the exit window ({@code screening.deathExitMonths}). */
    DECEASED_NOT_EXITED,
    /** A covered member died on or before the assessment date, within the exit window: exit now. */
    DEATH_EXIT_DUE,
    /** A covered member is in prison (服刑). */
    IMPRISONED_COVERED,
    /** A covered member is in compulsory rehabilitation, missing, or clergy living apart: not counted. */
    COVERED_NOT_COUNTED,
    /** A covered member also receives tekun support (低保与特困重复享受). */
    DIBAO_AND_TEKUN,
    /** The same person is covered in another case, here or in another region (重复纳入低保). */
    DUPLICATE_ENROLLMENT,
    /** The re-evaluation covers nobody and is not a phase-out (错保: income or assets). */
    NOW_INELIGIBLE,
    /** The re-evaluation is eligible with another monthly amount than the one paid (补差不精准). */
    AMOUNT_MISMATCH,
    /** The re-evaluation covers alone a member who is not covered (单人户漏保). */
    MISSED_SINGLE_PERSON,
    /** A disability subsidy is due and not paid, or paid below the amount due (应享未享). */
    MISSED_SUBSIDY,
    /** A disability subsidy is paid that is not due, or above the amount due (应退未退). */
    SUBSIDY_NOT_DUE,
    /** The case touches a staff member's near relative and was not filed (近亲属未备案). */
    RELATIVE_NOT_FILED,
    /** More than one payment card on one case (一户多卡). */
    CARD_MULTIPLE_PER_HOUSEHOLD,
    /** The same holder on more than one card, in this or another case (一人多卡). */
    CARD_MULTIPLE_PER_PERSON,
    /** A card held by someone who is neither a member nor a recorded guardian or agent (持卡人与救助对象不一致). */
    CARD_HOLDER_MISMATCH,
    /** A card held by staff or a village cadre without recorded consent (代管卡折未备案). */
    CARD_HELD_BY_STAFF,
    /** Deaths registry (殡葬、户籍注销): a member not deceased in the case has a death record. */
    REGISTRY_DECEASED,
    /** Detentions registry (服刑、羁押): a member not in prison in the case is detained on the assessment date. */
    REGISTRY_DETAINED,
    /** Vehicle registry (公安交管): counted members own more vehicles of a kind than declared. */
    REGISTRY_UNDECLARED_VEHICLE,
    /** Real-estate registry (不动产): counted members own more properties of a use than declared. */
    REGISTRY_UNDECLARED_PROPERTY,
    /** Business registry (市场监管): a counted member runs or holds a business that is not declared. */
    REGISTRY_UNDECLARED_BUSINESS,
    /** Public payroll (财政供养人员): a counted member is paid from public funds. */
    REGISTRY_PUBLIC_PAYROLL
}
