package org.doudi.rules.api.decision;

/** Who is covered. */
public enum Coverage {
    /** 整户保障 the whole household (also a phase-out unit) */
    WHOLE_HOUSEHOLD,
    /** 单人户施保 members covered alone */
    SINGLE_PERSON,
    /** 无 nobody */
    NONE
}
