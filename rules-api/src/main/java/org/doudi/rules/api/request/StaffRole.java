package org.doudi.rules.api.request;

/** Roles of staff whose relatives' cases must be filed (policy §12). */
public enum StaffRole {
    /** 低保经办人员 dibao handler */
    DIBAO_HANDLER,
    /** 村（居）委会成员 village committee member */
    VILLAGE_COMMITTEE,
    /** 民政工作人员 civil-affairs staff */
    CIVIL_AFFAIRS_STAFF,
    /** 公职人员 public official */
    PUBLIC_OFFICIAL
}
