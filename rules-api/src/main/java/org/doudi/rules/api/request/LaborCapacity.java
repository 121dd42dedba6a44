package org.doudi.rules.api.request;

/** Capacity to work (劳动能力). */
public enum LaborCapacity {
    /** 有劳动能力 full */
    FULL,
    /** 部分丧失劳动能力 partial */
    PARTIAL,
    /** 无劳动能力 none */
    NONE
}
