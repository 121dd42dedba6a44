package org.doudi.rules.api.request;

/** Type of a certified disability. */
public enum DisabilityType {
    VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL
}
