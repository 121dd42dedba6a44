package org.doudi.rules.api.request;

/** Urban or rural residence: selects the standard and residence-specific parameters. */
public enum Residence {
    /** 城市 urban */
    URBAN,
    /** 农村 rural */
    RURAL
}
