package org.doudi.rules.api.request;

/** Disability certificate held (残疾人证). Without one, listed disabilities are ignored. */
public enum Certificate {
    /** 无残疾证 none */
    NONE,
    /** 第一代残疾人证 */
    FIRST_GENERATION,
    /** 第二代残疾人证（智能化） */
    SECOND_GENERATION
}
