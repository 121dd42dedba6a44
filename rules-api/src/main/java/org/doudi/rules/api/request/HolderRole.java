package org.doudi.rules.api.request;

/** Who holds a payment card (policy §14). */
public enum HolderRole {
    /** 本人或家庭成员 a household member */
    MEMBER,
    /** 监护人 guardian */
    GUARDIAN,
    /** 代理人 agent */
    AGENT,
    /** 经办人员 staff */
    STAFF,
    /** 村干部 village cadre */
    VILLAGE_CADRE,
    /** 其他 other */
    OTHER
}
