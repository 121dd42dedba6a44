package org.doudi.rules.api.notice;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.doudi.rules.api.request.Masking;

/**
 * The text of public notices (公示), in Chinese (default) or English: one notice, or the list of a village or
 * township. The text holds exactly what a {@link PublicNotice} holds; it is scrubbed once more of anything that looks
 * like an ID, phone or account number. Stateless and thread-safe.
 */
public final class NoticeText {

    private NoticeText() {
    }

    /**
     * The notice of one decision, or the sentence that nothing is to be published.
     *
     * @param notice  the notice, not null
     * @param locale  English for language {@code en}, Chinese otherwise; not null
     * @return the text, lines ended by {@code \n}, never null
     */
    public static String single(PublicNotice notice, Locale locale) {
        boolean en = english(locale);
        if (!notice.publishable()) {
            return Masking.scrub(nothingToPublish(notice, locale)) + "\n";
        }
        StringBuilder out = new StringBuilder();
        out.append(en ? "Public notice: minimum living guarantee (dibao)" : "最低生活保障公示").append('\n');
        out.append(en ? "Applicant (head of household): " : "申请人（户主）：").append(head(notice, en)).append('\n');
        out.append(en ? "Covered people: " : "保障人数：").append(notice.coveredPeople()).append(en ? "" : "人").append('\n');
        out.append(en ? "Monthly amount: " : "月保障金额：").append(notice.monthlyAmount()).append(en ? " yuan" : "元")
                .append('\n');
        List<NoticePeriod> periods = notice.periods();
        for (int i = 0; i < periods.size(); i++) {
            String label = periods.size() == 1 ? (en ? "Notice period: " : "公示期：")
                    : en ? (i == 0 ? "First notice period: " : "Second notice period: ")
                    : (i == 0 ? "第一次公示期：" : "第二次公示期：");
            out.append(label).append(period(periods.get(i), en)).append('\n');
        }
        return Masking.scrub(out.toString());
    }

    /**
     * The sentence that nothing is to be published, for a decision whose outcome is not {@code ELIGIBLE}.
     *
     * @param notice  the notice, not null
     * @param locale  the language, not null
     * @return the sentence without line end, never null
     */
    public static String nothingToPublish(PublicNotice notice, Locale locale) {
        return english(locale)
                ? "The decision's outcome is " + notice.outcome() + ": there is nothing to publish (only decisions that "
                        + "grant dibao are publicly noticed)."
                : "本案决定结果为 " + notice.outcome() + "，不予公示（只有纳入低保的决定需要公示）。";
    }

    /**
     * The notice list of a village or township: one numbered row per publishable notice, in the given order.
     *
     * @param notices  the notices to list (only publishable ones are listed), not null
     * @param locale   the language, not null
     * @return the text, lines ended by {@code \n}, never null
     */
    public static String list(List<PublicNotice> notices, Locale locale) {
        boolean en = english(locale);
        List<PublicNotice> shown = notices.stream().filter(PublicNotice::publishable).toList();
        StringBuilder out = new StringBuilder();
        out.append(en ? "Public notice list: minimum living guarantee (dibao)" : "最低生活保障公示名单").append('\n');
        out.append(en ? "No. | Applicant (head) | Covered people | Monthly amount (yuan) | Notice period"
                : "序号 | 申请人（户主） | 保障人数 | 月保障金额（元） | 公示期").append('\n');
        int n = 0;
        for (PublicNotice notice : shown) {
            out.append(++n).append(" | ").append(head(notice, en)).append(" | ").append(notice.coveredPeople())
                    .append(" | ").append(notice.monthlyAmount()).append(" | ")
                    .append(notice.periods().stream().map(p -> period(p, en))
                            .collect(Collectors.joining(en ? "; " : "；")))
                    .append('\n');
        }
        out.append(en ? "Households: " + n : "共 " + n + " 户").append('\n');
        return Masking.scrub(out.toString());
    }

    private static String head(PublicNotice notice, boolean en) {
        if (notice.headIsMinor()) {
            return en ? "Head of household (minor)" : "户主（未成年）";
        }
        if (notice.headName() == null || notice.headName().isBlank()) {
            return en ? "(name not given)" : "（未填写姓名）";
        }
        return notice.headName();
    }

    private static String period(NoticePeriod p, boolean en) {
        return en ? p.from() + " to " + p.to() + " (" + p.days() + " days)"
                : p.from() + " 至 " + p.to() + "（共" + p.days() + "天）";
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
