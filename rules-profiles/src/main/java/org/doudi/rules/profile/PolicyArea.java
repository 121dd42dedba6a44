package org.doudi.rules.profile;

/**
 * The policy area a parameter belongs to, with the page of {@code docs/} that explains it. Declared in reading order.
 */
public enum PolicyArea {
    /** The standard S, and when it is flagged as possibly out of date. */
    STANDARD("低保标准", "Dibao standard", "policy/05-whole-household.md"),
    /** Countable income and deductions. */
    INCOME("收入与刚性支出扣减", "Income and deductions", "policy/03-income.md"),
    /** Assets. */
    ASSETS("家庭财产", "Assets", "policy/04-assets.md"),
    /** Whole household and edge households. */
    HOUSEHOLD("整户认定与低保边缘家庭", "Whole household and edge households", "policy/05-whole-household.md"),
    /** Single-person coverage. */
    SINGLE_PERSON("单人保", "Single-person coverage", "policy/06-single-person.md"),
    /** Categories and support type. */
    CATEGORY("分类施保与保障类型", "Categories and support type", "policy/07-category.md"),
    /** The amount paid. */
    PAYMENT("保障金计算", "Amount paid", "policy/08-amount.md"),
    /** Phase-out and voluntary exit. */
    PHASE_OUT("渐退与主动退出", "Phase-out and voluntary exit", "policy/09-phase-out-and-exit.md"),
    /** Temporary assistance first. */
    TEMPORARY_ASSISTANCE("先行救助", "Temporary assistance first", "policy/10-temporary-assistance.md"),
    /** The two disability subsidies. */
    DISABILITY("残疾人两项补贴", "Disability subsidies", "policy/11-disability-subsidies.md"),
    /** Filing, home visits and democratic review. */
    VERIFICATION("审核程序（备案、入户调查、民主评议）", "Verification (filing, home visits, review)",
            "policy/12-verification.md"),
    /** County sampling. */
    SAMPLING("县级抽查", "County sampling", "policy/13-county-sampling.md"),
    /** Caseload screening. */
    SCREENING("动态管理排查", "Caseload screening", "office/screening.md"),
    /** Public notices. */
    NOTICE("公示", "Public notices", "office/screening.md");

    private final String zh;
    private final String en;
    private final String page;

    PolicyArea(String zh, String en, String page) {
        this.zh = zh;
        this.en = en;
        this.page = page;
    }

    /**
     * @param english  true for English
     * @return the area's name, never null
     */
    public String title(boolean english) {
        return english ? en : zh;
    }

    /** @return the page of {@code docs/} that explains the area, relative to {@code docs/}, never null */
    public String page() {
        return page;
    }
}
