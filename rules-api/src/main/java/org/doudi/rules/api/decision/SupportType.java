package org.doudi.rules.api.decision;

/** Support type of a unit of a registered household (policy §7; 鲁政办发〔2019〕47号 兜底保障与一般保障). */
public enum SupportType {
    /** 兜底保障对象. */ BACKSTOP, /** 一般保障对象. */ GENERAL
}
