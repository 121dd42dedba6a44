package org.doudi.rules.api.request;

/** Income types. Which are excluded from countable income is a profile parameter (income.excludedTypes). */
public enum IncomeType {
    WAGE, BUSINESS, PROPERTY, TRANSFER, SUPPORT_PAYMENT, OTHER, PREFERENTIAL_CARE, FAMILY_PLANNING_REWARD, SCHOLARSHIP, GOOD_SAMARITAN_AWARD, SOCIAL_ASSISTANCE, BASIC_PENSION_BASE, DISABILITY_SUBSIDY
}
