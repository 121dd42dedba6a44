package org.doudi.rules.api.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one masking rule (policy §15): an ID, mobile, landline or account number planted in any text is masked however
 * it is written, ordinary text is left alone, and masking twice changes nothing.
 */
class MaskingPropertiesTest {

    @Property(tries = 2000)
    void anIdentifierPlantedInTextIsMaskedButForItsLastFourCharacters(@ForAll("texts") String before,
            @ForAll("identifiers") String identifier, @ForAll("texts") String after) {
        String text = before + identifier + after;
        assertThat(Masking.scrub(text)).isEqualTo(before + Masking.mask(identifier) + after);
    }

    @Property(tries = 2000)
    void ordinaryTextIsLeftAlone(@ForAll("texts") String text) {
        assertThat(Masking.scrub(text)).isEqualTo(text);
    }

    @Property(tries = 2000)
    void maskingIsIdempotent(@ForAll("mixed") String text) {
        String once = Masking.scrub(text);
        assertThat(Masking.scrub(once)).isEqualTo(once);
    }

    @Property(tries = 1000)
    void noUnmaskedIdentifierSurvivesInMixedText(@ForAll("mixed") String text) {
        String scrubbed = Masking.scrub(text);
        // after scrubbing, no run of digits (separators ignored) is longer than the four kept characters plus what
        // ordinary text holds: the longest ordinary number is a ten-digit amount
        String digitsOnly = scrubbed.replaceAll("[ \\u3000\\-\\uFF0D\\u2010\\u2011]", "");
        assertThat(digitsOnly).doesNotContainPattern("\\p{Nd}{11,}");
    }

    /** The attacks of issue 15, verbatim. */
    @Example
    void theReportedMissesAreMasked() {
        assertThat(Masking.scrub("ID41142619800101123X")).isEqualTo("ID**************123X");
        assertThat(Masking.scrub("tel13912345678")).isEqualTo("tel*******5678");
        assertThat(Masking.scrub("电话138-1234-5678。")).isEqualTo("电话*********5678。");
        assertThat(Masking.scrub("电话138 1234 5678")).isEqualTo("电话*********5678");
        assertThat(Masking.scrub("手机１３８１２３４５６７８")).isEqualTo("手机*******５６７８");
        assertThat(Masking.scrub("王某某13812345678")).isEqualTo("王某某*******5678");
        assertThat(Masking.scrub("身份证411426198001011234号")).isEqualTo("身份证**************1234号");
        assertThat(Masking.scrub("户籍 411426800101123")).isEqualTo("户籍 ***********1123");
        assertThat(Masking.scrub("座机(010) 12345678")).isEqualTo("座机**********5678");
        assertThat(Masking.scrub("m3138-1234-5678")).isEqualTo("m3*********5678");
        assertThat(Masking.scrub("m5(010) 12345678")).isEqualTo("m5**********5678");
        assertThat(Masking.scrub("m10931-1234567")).isEqualTo("m1********4567");
        // a run of digits running into a written-out phone number: both masked
        assertThat(Masking.scrub("m6222021234567890123138-1234-5678"))
                .isEqualTo("m" + "*".repeat(18) + "3" + "*".repeat(9) + "5678");
        assertThat(Masking.scrub("卡号6222 0212 3456 7890 123")).isEqualTo("卡号*******************" + " 123");
    }

    @Example
    void ordinaryFiguresOfMessagesAreKept() {
        String text = "民发〔2012〕45号 第三条；region 530621、620422 on 2024-06-15: 1234567890.00 元, DB-SUB-002, 4990 户";
        assertThat(Masking.scrub(text)).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> identifiers() {
        Arbitrary<String> raw = Arbitraries.oneOf(id18(), id15(), mobile(), landline(), account());
        return Combinators.combine(raw, Arbitraries.of(false, true)).as((s, fullWidth) -> fullWidth ? fullWidth(s) : s);
    }

    private static Arbitrary<String> digits(int n) {
        return Arbitraries.strings().numeric().ofLength(n);
    }

    private static Arbitrary<String> id18() {
        Arbitrary<String> check = Arbitraries.of("0", "1", "7", "9", "X", "x");
        return Combinators.combine(digits(6), Arbitraries.integers().between(1900, 2199),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28), digits(3), check,
                Arbitraries.of("", " ", "-"))
                .as((region, y, m, d, seq, c, sep) -> region + sep + "%04d%02d%02d".formatted(y, m, d) + sep + seq + c);
    }

    private static Arbitrary<String> id15() {
        return Combinators.combine(digits(6), digits(6), digits(3)).as((a, b, c) -> a + b + c);
    }

    private static Arbitrary<String> mobile() {
        return Combinators.combine(Arbitraries.integers().between(3, 9), digits(9), Arbitraries.of("", " ", "-"))
                .as((second, rest, sep) -> "1" + second + rest.substring(0, 1) + sep + rest.substring(1, 5) + sep
                        + rest.substring(5));
    }

    /** Area codes of three digits (010, 020–029) have eight-digit numbers; those of four have seven or eight. */
    private static Arbitrary<String> landline() {
        Arbitrary<String> areaAndNumber = Arbitraries.integers().between(2, 3).flatMap(n -> Combinators.combine(
                digits(n), Arbitraries.integers().between(n == 2 ? 8 : 7, 8).flatMap(m -> digits(m)))
                .as((area, number) -> area + "|" + number));
        return Combinators.combine(areaAndNumber, Arbitraries.of("-", " ", "", "()"))
                .as((an, style) -> {
                    String area = an.substring(0, an.indexOf('|'));
                    String number = an.substring(an.indexOf('|') + 1);
                    return style.equals("()") ? "(0" + area + ")" + number : "0" + area + style + number;
                });
    }

    private static Arbitrary<String> account() {
        return Combinators.combine(Arbitraries.integers().between(16, 19).flatMap(n -> digits(n)),
                Arbitraries.of("", " ", "-"))
                .as((n, sep) -> sep.isEmpty() ? n : String.join(sep, n.split("(?<=\\G.{4})")));
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : (char) c));
        return out.toString();
    }

    /** Ordinary text: words, dates, amounts, rule ids, document numbers, region codes, counts; never ending or
     * starting with a digit, as text around an identifier that is not part of it. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("王某某", "户主", "成员", "工作人员", "名", "ID", "tel", "phone:", "低保", "a", "Zhang"),
                Combinators.combine(Arbitraries.integers().between(1900, 2199), Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 28)).as("%04d-%02d-%02d"::formatted),
                Combinators.combine(Arbitraries.longs().between(0, 9_999_999_999L), Arbitraries.integers().between(0, 99))
                        .as((y, f) -> y + "." + "%02d".formatted(f)),
                Arbitraries.of("DB-SUB-001", "DB-PO-002", "SCR-DEATH-001", "members[3].incomes[0].monthly"),
                Combinators.combine(Arbitraries.integers().between(1990, 2030), Arbitraries.integers().between(1, 200))
                        .as((y, n) -> "民发〔" + y + "〕" + n + "号"),
                digits(6),
                Arbitraries.integers().between(0, 99_999).map(String::valueOf));
        Arbitrary<String> join = Arbitraries.of("，", "; ", " 和 ", ": ", "、", " m", "（", "）");
        return Combinators.combine(piece.list().ofMaxSize(6), join.list().ofMinSize(6).ofMaxSize(6))
                .as((pieces, joins) -> {
                    StringBuilder out = new StringBuilder("「");
                    for (int i = 0; i < pieces.size(); i++) {
                        out.append(pieces.get(i)).append(joins.get(i));
                    }
                    return out.append("」").toString();
                });
    }

    @Provide
    Arbitrary<String> mixed() {
        return Combinators.combine(texts().list().ofMinSize(1).ofMaxSize(4), identifiers().list().ofMaxSize(3))
                .as((texts, ids) -> {
                    StringBuilder out = new StringBuilder(texts.get(0));
                    for (int i = 0; i < ids.size(); i++) {
                        out.append(ids.get(i)).append(texts.get(Math.min(i + 1, texts.size() - 1)));
                    }
                    return out.toString();
                });
    }

    @Example
    void everyShapeOfTheGeneratorIsCovered() {
        for (String id : List.of("411426 19800101 123X", "0871-1234567", "6222-0212-3456-7890")) {
            assertThat(Masking.scrub("x" + id + "y")).isEqualTo("x" + Masking.mask(id) + "y");
        }
    }
}
