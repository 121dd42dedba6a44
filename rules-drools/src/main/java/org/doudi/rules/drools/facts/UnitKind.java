package org.doudi.rules.drools.facts;

/** What kind of covered unit (保障单元) a {@link CoveredUnit} is. */
public enum UnitKind {
    /** The whole household, newly or still eligible (整户施保, policy §5). */
    WHOLE_HOUSEHOLD,
    /** One member covered alone (单人户施保, policy §6). */
    SINGLE_PERSON,
    /** The enrolled members of a household in its phase-out period (渐退, policy §9.1). */
    PHASE_OUT
}
