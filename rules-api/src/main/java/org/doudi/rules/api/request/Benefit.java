package org.doudi.rules.api.request;

/** Benefits a member already receives. */
public enum Benefit {
    /** 特困人员救助供养. */ TEKUN, /** 孤儿基本生活费. */ ORPHAN, /** 工伤保险生活护理费. */ WORK_INJURY_NURSING
}
