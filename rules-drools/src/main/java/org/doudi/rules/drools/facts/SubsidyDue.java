package org.doudi.rules.drools.facts;

import org.doudi.rules.api.money.Money;

/**
 * Derived: a disability subsidy due to a member (残疾人两项补贴), with its amount, or null where the profile configures
 * none.
 *
 * @param person     the member, not null
 * @param subsidy    LIVING (困难残疾人生活补贴) or NURSING (重度残疾人护理补贴)
 * @param amount     the monthly amount, null when not configured
 * @param parameter  the profile entry the amount comes from (e.g. {@code disability.living.2}, {@code
 *                   disability.nursing.PHYSICAL.1}), named in the subsidy's reason; not null
 * @param basis      why it is due, one value per rule (e.g. {@code EDGE_HOUSEHOLD}): two rules never derive the same
 *                   fact, so the rule that explains a subsidy is the one whose conditions hold at the end, whatever
 *                   the order in which the rules fired; not null
 */
public record SubsidyDue(Person person, Subsidy subsidy, Money amount, String parameter, String basis) {

    /** The two subsidies. */
    public enum Subsidy {
        /** 困难残疾人生活补贴. */
        LIVING,
        /** 重度残疾人护理补贴. */
        NURSING
    }
}
