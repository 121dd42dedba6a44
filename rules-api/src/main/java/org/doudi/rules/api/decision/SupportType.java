package org.doudi.rules.api.decision;

/** Support type of a unit of a registered household (POLICY.md §7, seed 001). */
public enum SupportType {
    /** 兜底保障对象. */ BACKSTOP, /** 一般保障对象. */ GENERAL
}
