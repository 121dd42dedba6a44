package org.doudi.rules.api.request;

/** Current or highest education stage. HIGH_SCHOOL, VOCATIONAL and HIGHER are non-compulsory. */
public enum Education {
    /** 不在学 not in school */
    NONE,
    /** 学前教育 preschool */
    PRESCHOOL,
    /** 义务教育 compulsory schooling */
    COMPULSORY,
    /** 普通高中 high school */
    HIGH_SCHOOL,
    /** 中高职 vocational school */
    VOCATIONAL,
    /** 高等教育 higher education */
    HIGHER
}
