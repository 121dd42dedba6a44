package org.doudi.rules.api.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The public notice (公示) as the village posts it: exactly the head's name (or a stand-in), the covered people, the
 * monthly amount and each notice period with its length in days; only decisions that grant dibao are published, and
 * nothing that looks like an ID number reaches the text.
 */
class NoticeTextTest {

    static final NoticePeriod FIRST = new NoticePeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 7));
    static final NoticePeriod SECOND = new NoticePeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 7));

    static PublicNotice notice(Outcome outcome, String head, boolean minor, List<NoticePeriod> periods) {
        return new PublicNotice("C-1", outcome, head, minor, 3, Money.parse("582"), periods);
    }

    @Test
    @DisplayName("纳入低保的决定：公示户主姓名、保障人数、月保障金额和公示期（含首尾两天的天数）")
    void oneNoticeInChinese() {
        assertThat(NoticeText.single(notice(Outcome.ELIGIBLE, "张三", false, List.of(FIRST)), Locale.CHINESE))
                .isEqualTo("""
                        最低生活保障公示
                        申请人（户主）：张三
                        保障人数：3人
                        月保障金额：582.00元
                        公示期：2025-03-01 至 2025-03-07（共7天）
                        """);
    }

    @Test
    @DisplayName("两次公示、英文：第一次和第二次公示期分别列出")
    void twoPeriodsInEnglish() {
        assertThat(NoticeText.single(notice(Outcome.ELIGIBLE, "Zhang San", false, List.of(FIRST, SECOND)),
                Locale.ENGLISH)).isEqualTo("""
                        Public notice: minimum living guarantee (dibao)
                        Applicant (head of household): Zhang San
                        Covered people: 3
                        Monthly amount: 582.00 yuan
                        First notice period: 2025-03-01 to 2025-03-07 (7 days)
                        Second notice period: 2025-04-01 to 2025-04-07 (7 days)
                        """);
        assertThat(NoticeText.single(notice(Outcome.ELIGIBLE, "张三", false, List.of(FIRST, SECOND)),
                Locale.CHINESE)).contains("第一次公示期：2025-03-01 至 2025-03-07（共7天）\n",
                "第二次公示期：2025-04-01 至 2025-04-07（共7天）\n");
    }

    @Test
    @DisplayName("未成年户主不公示姓名；未填写姓名时写明未填写；姓名中的身份证号被遮盖")
    void theHeadIsShownOnlyWhenHeMayBe() {
        assertThat(NoticeText.single(notice(Outcome.ELIGIBLE, "李四", true, List.of(FIRST)), Locale.CHINESE))
                .contains("申请人（户主）：户主（未成年）\n").doesNotContain("李四");
        assertThat(NoticeText.single(notice(Outcome.ELIGIBLE, "Li Si", true, List.of(FIRST)), Locale.ENGLISH))
                .contains("Applicant (head of household): Head of household (minor)\n");
        assertThat(NoticeText.single(notice(Outcome.ELIGIBLE, " ", false, List.of(FIRST)), Locale.CHINESE))
                .contains("申请人（户主）：（未填写姓名）\n");
        assertThat(NoticeText.single(notice(Outcome.ELIGIBLE, null, false, List.of(FIRST)), Locale.ENGLISH))
                .contains("Applicant (head of household): (name not given)\n");
        assertThat(NoticeText.single(notice(Outcome.ELIGIBLE, "王五 110101199003071234", false, List.of(FIRST)),
                Locale.CHINESE)).doesNotContain("110101199003071234").contains("王五");
    }

    @Test
    @DisplayName("未纳入低保的决定不公示：只说明不予公示及其原因")
    void onlyGrantsArePublished() {
        for (Outcome outcome : List.of(Outcome.INELIGIBLE, Outcome.PHASE_OUT, Outcome.EXIT)) {
            PublicNotice n = notice(outcome, "张三", false, List.of(FIRST));
            assertThat(n.publishable()).isFalse();
            assertThat(NoticeText.single(n, Locale.CHINESE))
                    .isEqualTo("本案决定结果为 " + outcome + "，不予公示（只有纳入低保的决定需要公示）。\n");
            assertThat(NoticeText.single(n, Locale.ENGLISH)).isEqualTo("The decision's outcome is " + outcome
                    + ": there is nothing to publish (only decisions that grant dibao are publicly noticed).\n");
        }
        assertThat(notice(Outcome.ELIGIBLE, "张三", false, List.of(FIRST)).publishable()).isTrue();
    }

    @Test
    @DisplayName("公示名单：只列纳入低保的户，逐户编号，末行为户数")
    void theListOfAVillage() {
        List<PublicNotice> notices = List.of(
                notice(Outcome.ELIGIBLE, "张三", false, List.of(FIRST, SECOND)),
                notice(Outcome.INELIGIBLE, "不公示", false, List.of(FIRST)),
                notice(Outcome.ELIGIBLE, "李四", true, List.of(FIRST)));
        assertThat(NoticeText.list(notices, Locale.CHINESE)).isEqualTo("""
                最低生活保障公示名单
                序号 | 申请人（户主） | 保障人数 | 月保障金额（元） | 公示期
                1 | 张三 | 3 | 582.00 | 2025-03-01 至 2025-03-07（共7天）；2025-04-01 至 2025-04-07（共7天）
                2 | 户主（未成年） | 3 | 582.00 | 2025-03-01 至 2025-03-07（共7天）
                共 2 户
                """);
        assertThat(NoticeText.list(notices, Locale.ENGLISH)).isEqualTo("""
                Public notice list: minimum living guarantee (dibao)
                No. | Applicant (head) | Covered people | Monthly amount (yuan) | Notice period
                1 | Zhang San | 3 | 582.00 | 2025-03-01 to 2025-03-07 (7 days); 2025-04-01 to 2025-04-07 (7 days)
                2 | Head of household (minor) | 3 | 582.00 | 2025-03-01 to 2025-03-07 (7 days)
                Households: 2
                """.replace("Zhang San", "张三"));
        assertThat(NoticeText.list(List.of(), Locale.CHINESE)).endsWith("共 0 户\n");
    }

    @Test
    @DisplayName("公示期：首尾两天都算；结束早于开始的公示期不成立")
    void noticePeriods() {
        assertThat(new NoticePeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)).days()).isEqualTo(1);
        assertThat(new NoticePeriod(LocalDate.of(2025, 2, 25), LocalDate.of(2025, 3, 3)).days()).isEqualTo(7);
        assertThatThrownBy(() -> new NoticePeriod(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-03-02");
    }
}
