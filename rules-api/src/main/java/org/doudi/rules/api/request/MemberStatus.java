package org.doudi.rules.api.request;

/** A member's status on the assessment date (policy §2). */
public enum MemberStatus {
    /** 在家 living in the household (the default). */
    PRESENT,
    /** 服刑. */
    IMPRISONED,
    /** 强制隔离戒毒. */
    COMPULSORY_REHAB,
    /** 宣告失踪. */
    MISSING,
    /** 脱离家庭三年以上的宗教教职人员. */
    CLERGY_APART,
    /** Deceased, with {@code deceasedOn}. */
    DECEASED
}
