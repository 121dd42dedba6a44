package org.doudi.rules.api.request;

/** Income types. Which are excluded from countable income is a profile parameter (income.excludedTypes). */
public enum IncomeType {
    /** 工资性收入 wages */
    WAGE,
    /** 经营净收入 business income */
    BUSINESS,
    /** 财产净收入 property income */
    PROPERTY,
    /** 转移净收入 transfers */
    TRANSFER,
    /** 赡养费、抚养费、扶养费 support payments from relatives outside the household */
    SUPPORT_PAYMENT,
    /** 其他收入 other countable income */
    OTHER,
    /** 优抚对象抚恤金、补助金 (excluded) */
    PREFERENTIAL_CARE,
    /** 计划生育奖励与扶助金 (excluded) */
    FAMILY_PLANNING_REWARD,
    /** 奖学金、助学金 (excluded) */
    SCHOLARSHIP,
    /** 见义勇为奖金 (excluded) */
    GOOD_SAMARITAN_AWARD,
    /** 社会救助金 (excluded) */
    SOCIAL_ASSISTANCE,
    /** 城乡居民基础养老金 (excluded) */
    BASIC_PENSION_BASE,
    /** 残疾人两项补贴 (excluded) */
    DISABILITY_SUBSIDY
}
