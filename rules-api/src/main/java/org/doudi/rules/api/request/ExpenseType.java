package org.doudi.rules.api.request;

/** Rigid-expenditure types (刚性支出, policy §3). */
public enum ExpenseType {
    /** 医疗支出 medical */
    MEDICAL,
    /** 残疾康复支出 disability */
    DISABILITY,
    /** 教育支出 education */
    EDUCATION,
    /** 就业成本 cost of working */
    EMPLOYMENT_COST
}
