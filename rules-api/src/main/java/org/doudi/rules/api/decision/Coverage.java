package org.doudi.rules.api.decision;

/** Who is covered. */
public enum Coverage {
    WHOLE_HOUSEHOLD, SINGLE_PERSON, NONE
}
