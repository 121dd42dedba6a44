package org.doudi.rules.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The house rules for a clause citation (a rule's {@code @clause}, or a profile's own clause for a rule): it names
 * the document as a county reader would look it up (文号 or title, then article or section) and carries no figure.
 *
 * <p>Why no figure: a clause text that says "一类335元" or "12个月" goes stale the day a profile changes the value;
 * figures come from the profile parameters and appear in the reason beside the clause. A digit is allowed only where
 * it is part of how a document is looked up:
 * <ul>
 *   <li>inside a title in book-title marks, e.g. {@code 《2023年社会救助综合治理工作方案》};</li>
 *   <li>in a 文号, e.g. {@code 民发〔2021〕57号}, {@code 豫民文[2023]111号}, {@code 国务院令第649号};</li>
 *   <li>in an article number, e.g. {@code 第8条} (Chinese numerals, {@code 第二十三条}, are the usual form);</li>
 *   <li>as the item number after a section, e.g. {@code 二（一）1}, and as a plan's number after {@code 方案}, e.g.
 *       {@code 民政局兜底保障工作方案 1}.</li>
 * </ul>
 * Every other digit (ASCII or full-width) is a figure, and so is a quantity in Chinese numerals followed by a unit
 * ({@code 三十人}, {@code 十二个月}, {@code 百分之三十}); category and grade identifiers ({@code 一、二类},
 * {@code 三级}) and the "one … many" idioms of the campaigns ({@code 一户多卡}, {@code 一人多卡}) are not quantities and
 * may appear.
 *
 * <p>Also refused: this project's own vocabulary ("seed", "POLICY", the specification's file names), an assumption
 * that does not read {@code 假设值：} followed by its reason in words, the marker {@code 条款待核} in a part of the
 * citation (between {@code ；}) that names no document, the invented title {@code 会宁兜底保障方案}, and the two plans
 * titled {@code 民政局兜底保障工作方案 1} and {@code 民政局兜底保障工作方案 2} cited without their number.
 */
public final class ClauseText {

    private static final String UNITS = "个月|个工作日|周岁|岁|元|倍|天|日|人|名|次|年|月|%|％";

    /** Spans whose digits are part of a citation, blanked before looking for figures. */
    private static final List<Pattern> ALLOWED = List.of(
            Pattern.compile("《[^《》]*》"),
            Pattern.compile("[〔［\\[【(（]\\s*\\d{4}\\s*[〕］\\]】)）]\\s*第?\\s*\\d+\\s*号"),
            Pattern.compile("令\\s*第\\s*\\d+\\s*号"),
            Pattern.compile("第\\s*[0-9一二三四五六七八九十百千零〇两]+\\s*[条款项章节目编]"),
            Pattern.compile("[一二三四五六七八九十]*[（(]\\s*[一二三四五六七八九十]+\\s*[）)]\\s*\\d{1,2}(?![\\d.．]|\\s*(?:"
                    + UNITS + "))"),
            Pattern.compile("方案\\s*\\d{1,2}(?![\\d.．]|\\s*(?:" + UNITS + "))"));
    /** "One … many" idioms of the campaigns (一户多卡, 一人多卡): words, not quantities. */
    private static final Pattern ONE_MANY = Pattern.compile("一[户人]多(?=\\p{IsHan})");

    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+(?:[.．][0-9０-９]+)?");
    private static final Pattern CHINESE_QUANTITY = Pattern.compile(
            "百分之[零〇一二两三四五六七八九十百]+|[零〇一二两三四五六七八九十百千万]+\\s*(?:" + UNITS + ")");
    private static final Pattern PROJECT_WORDS = Pattern.compile(
            "(?i)seed|policy|contract\\.md|profiles\\.md|\\.\\./shared");
    private static final Pattern ASSUMPTION = Pattern.compile("假设(?!值：)");
    private static final Pattern UNVERIFIED = Pattern.compile("条款待核");
    private static final Pattern DOCUMENT = Pattern.compile(
            "[〔［\\[【]\\s*\\d{4}\\s*[〕］\\]】]\\s*\\d+\\s*号|令\\s*第\\s*\\d+\\s*号|《[^《》]+》"
                    + "|办法|条例|方案|通知|意见|决定|规定|细则|民法典");
    private static final Pattern INVENTED_TITLE = Pattern.compile("会宁兜底保障方案");
    private static final Pattern PLAN_WITHOUT_NUMBER = Pattern.compile("民政局兜底保障工作方案(?!\\s*[12](?![0-9]))");

    private ClauseText() {
    }

    /**
     * Checks one clause text against the house rules.
     *
     * @param clause  the clause, may be null
     * @return every problem, each a sentence naming what is wrong; empty when the clause is fine; never null
     */
    public static List<String> problems(String clause) {
        if (clause == null || clause.isBlank()) {
            return List.of("the clause is empty: name the document and its article or section");
        }
        List<String> problems = new ArrayList<>();
        for (String figure : figures(clause)) {
            problems.add("figure '" + figure + "' in the clause: figures come from the profile parameters and appear in"
                    + " the reason, never in the clause");
        }
        Matcher words = PROJECT_WORDS.matcher(clause);
        if (words.find()) {
            problems.add("'" + words.group() + "' names this project's own material: cite the public document (文号 or"
                    + " title, article or section) as a county reader would look it up");
        }
        if (ASSUMPTION.matcher(clause).find()) {
            problems.add("an assumption must read 假设值： followed by its reason in words (e.g. 假设值：未找到公开依据，"
                    + "请按本地文件设定)");
        }
        for (String part : clause.split("[；;]")) {
            if (UNVERIFIED.matcher(part).find() && !DOCUMENT.matcher(part).find()) {
                problems.add("条款待核 without a document in '" + part.strip() + "': name the document whose article is"
                        + " still to be verified");
            }
        }
        if (INVENTED_TITLE.matcher(clause).find()) {
            problems.add("会宁兜底保障方案 is not a title found in the text: cite 民政局兜底保障工作方案 1 or 2 with its own"
                    + " section numbers");
        }
        if (PLAN_WITHOUT_NUMBER.matcher(clause).find()) {
            problems.add("民政局兜底保障工作方案 is two plans: cite 民政局兜底保障工作方案 1 or 民政局兜底保障工作方案 2");
        }
        return List.copyOf(problems);
    }

    /**
     * The figures of a clause text: digits outside the citation forms listed in the class comment, and quantities in
     * Chinese numerals followed by a unit.
     *
     * @param clause  the clause, not null
     * @return the figures as written, in order of appearance, without repeats; never null
     */
    public static List<String> figures(String clause) {
        String rest = clause;
        for (Pattern allowed : ALLOWED) {
            rest = blank(allowed, rest);
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher digits = DIGITS.matcher(rest);
        while (digits.find()) {
            found.add(digits.group());
        }
        Matcher quantities = CHINESE_QUANTITY.matcher(
                blank(ONE_MANY, blank(ALLOWED.get(3), blank(ALLOWED.get(0), clause))));
        while (quantities.find()) {
            found.add(quantities.group());
        }
        return List.copyOf(found);
    }

    /** The text with every match of the pattern replaced by as many spaces (positions kept). */
    private static String blank(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, " ".repeat(m.group().length()));
        }
        m.appendTail(b);
        return b.toString();
    }
}
