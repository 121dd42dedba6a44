package org.doudi.rules.api.request;

/** Rigid-expenditure types (刚性支出, policy §3). */
public enum ExpenseType {
    MEDICAL, DISABILITY, EDUCATION, EMPLOYMENT_COST
}
