package org.doudi.rules.api.request;

/** Disability certificate held (残疾人证). Without one, listed disabilities are ignored. */
public enum Certificate {
    NONE, FIRST_GENERATION, SECOND_GENERATION
}
