package org.doudi.rules.api.request;

/** Capacity to work (劳动能力). */
public enum LaborCapacity {
    FULL, PARTIAL, NONE
}
