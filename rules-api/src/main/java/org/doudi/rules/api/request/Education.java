package org.doudi.rules.api.request;

/** Current or highest education stage. HIGH_SCHOOL, VOCATIONAL and HIGHER are non-compulsory. */
public enum Education {
    NONE, PRESCHOOL, COMPULSORY, HIGH_SCHOOL, VOCATIONAL, HIGHER
}
