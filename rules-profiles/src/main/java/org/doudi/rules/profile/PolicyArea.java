package org.doudi.rules.profile;

/**
 * The policy area a parameter belongs to, with the page of {@code docs/} that explains it. Declared in reading order.
 */
public enum PolicyArea {
    /** The standard S, and when it is flagged as possibly out of date (policy §16). */
    STANDARD("低保标准", "Dibao standard", "policy/05-whole-household.md"),
    /** Countable income and deductions (policy §3). */
    INCOME("收入与刚性支出扣减", "Income and deductions", "policy/03-income.md"),
    /** Assets (policy §4). */
    ASSETS("家庭财产", "Assets", "policy/04-assets.md"),
    /** Whole household and edge households (policy §5). */
    HOUSEHOLD("整户认定与低保边缘家庭", "Whole household and edge households", "policy/05-whole-household.md"),
    /** Single-person coverage (policy §6). */
    SINGLE_PERSON("单人保", "Single-person coverage", "policy/06-single-person.md"),
    /** Categories and support type (policy §7). */
    CATEGORY("分类施保与保障类型", "Categories and support type", "policy/07-category.md"),
    /** The amount paid (policy §8). */
    PAYMENT("保障金计算", "Amount paid", "policy/08-amount.md"),
    /** Phase-out and voluntary exit (policy §9). */
    PHASE_OUT("渐退与主动退出", "Phase-out and voluntary exit", "policy/09-phase-out-and-exit.md"),
    /** Temporary assistance first (policy §10). */
    TEMPORARY_ASSISTANCE("先行救助", "Temporary assistance first", "policy/10-temporary-assistance.md"),
    /** The two disability subsidies (policy §11). */
    DISABILITY("残疾人两项补贴", "Disability subsidies", "policy/11-disability-subsidies.md"),
    /** Filing, home visits and democratic review (policy §12). */
    VERIFICATION("审核程序（备案、入户调查、民主评议）", "Verification (filing, home visits, review)",
            "policy/12-verification.md"),
    /** County sampling (policy §13). */
    SAMPLING("县级抽查", "County sampling", "policy/13-county-sampling.md"),
    /** Caseload screening (policy §14). */
    SCREENING("动态管理排查", "Caseload screening", "office/screening.md"),
    /** Public notices (policy §15). */
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
