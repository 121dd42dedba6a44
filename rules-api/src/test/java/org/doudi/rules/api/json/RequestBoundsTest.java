package org.doudi.rules.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.validation.Bounds;
import org.doudi.rules.api.validation.RequestValidator;

/**
 * The contract's bounds (money digits, years, list and string sizes, document size) and the parser's limits, each
 * attack written as it was made against the previous version: every one is now a normal problem at its path, with
 * the bound named, or a syntax error with line and column.
 */
class RequestBoundsTest {

    private static final String VALID = "04-xiayi-graded-gap.json";

    private static ObjectNode valid() {
        return Examples.request(VALID);
    }

    private static ObjectNode head(ObjectNode request) {
        return (ObjectNode) request.get("members").get(0);
    }

    private static List<Problem> decode(ObjectNode request) {
        return DoudiJson.decodeRequest(Examples.text(request)).problems();
    }

    @Test
    @DisplayName("defect 1: a money string of a million digits is rejected at its path, by its digits, unparsed")
    void aMegabyteAmountIsABoundProblem() {
        ObjectNode request = valid();
        head(request).putArray("incomes").addObject().put("type", "WAGE").put("monthly", "9".repeat(1_000_000) + ".00");

        assertThat(decode(request)).containsExactly(new Problem("members[0].incomes[0].monthly", Bounds.MONEY_MESSAGE));
    }

    @Test
    @DisplayName("defect 1: a 2 MB amount makes the document too large: one problem at path \"\"")
    void aTwoMegabyteAmountIsADocumentProblem() {
        ObjectNode request = valid();
        head(request).putArray("incomes").addObject().put("type", "WAGE").put("monthly", "9".repeat(2_000_000));

        assertThat(decode(request)).containsExactly(new Problem("", Bounds.DOCUMENT_MESSAGE));
    }

    @Test
    @DisplayName("money: 15 digits before the point pass, 16 do not, leading zeros count")
    void moneyDigits() {
        ObjectNode request = valid();
        head(request).putArray("incomes").addObject().put("type", "WAGE").put("monthly", "999999999999999.99");
        assertThat(decode(request)).isEmpty();

        head(request).putArray("incomes").addObject().put("type", "WAGE").put("monthly", "0000000000000001");
        assertThat(decode(request)).containsExactly(new Problem("members[0].incomes[0].monthly", Bounds.MONEY_MESSAGE));
    }

    @Test
    @DisplayName("defect 3: a Java-built request with incomeExceededSince in year 999,999,999 is invalid at its path")
    void aMonthInYear999999999IsInvalid() {
        EvaluationRequest request = javaBuilt().kind(Kind.REVIEW)
                .enrollment(new Enrollment(YearMonth.of(2018, 3), 2, Money.parse("636.00"), List.of("m1"),
                        YearMonth.of(999_999_999, 1), null, false, List.of(), List.of()))
                .build();

        assertThat(RequestValidator.validate(request))
                .containsExactly(new Problem("enrollment.incomeExceededSince", Bounds.YEAR_MESSAGE));
    }

    @Test
    @DisplayName("a Java-built request beyond each bound gets a problem at each path")
    void javaBuiltRequestsRespectTheBounds() {
        Member head = Member.builder("m1", HeadRelation.HEAD).birthDate(LocalDate.of(1899, 12, 31))
                .laborCapacity(LaborCapacity.FULL).name("王".repeat(1001))
                .incomes(List.of(new Income(IncomeType.WAGE, Money.of(new BigDecimal("1234567890123456")))))
                .build();
        EvaluationRequest request = javaBuilt().members(head).homeVisitTeam(Collections.nCopies(101, "s1")).build();

        assertThat(RequestValidator.validate(request)).containsExactlyInAnyOrder(
                new Problem("members[0].name", Bounds.STRING_MESSAGE),
                new Problem("members[0].birthDate", Bounds.YEAR_MESSAGE),
                new Problem("members[0].incomes[0].monthly", Bounds.MONEY_MESSAGE),
                new Problem("homeVisitTeam", Bounds.listMessage(false)));
    }

    @Test
    @DisplayName("101 members built in Java: the list is reported at members")
    void tooManyMembersInJava() {
        Member head = Member.builder("m1", HeadRelation.HEAD).birthDate(LocalDate.of(1960, 1, 1))
                .laborCapacity(LaborCapacity.FULL).build();
        List<Member> members = new java.util.ArrayList<>(List.of(head));
        for (int i = 2; i <= 101; i++) {
            members.add(Member.builder("m" + i, HeadRelation.CHILD).birthDate(LocalDate.of(2000, 1, 1))
                    .laborCapacity(LaborCapacity.FULL).build());
        }
        assertThat(RequestValidator.validate(javaBuilt().members(members).build()))
                .containsExactly(new Problem("members", Bounds.listMessage(true)));
    }

    @Test
    @DisplayName("defect 9: a YAML-style number 1e999999999 read as a string is reported, never written out")
    void aHugeExponentInALenientTreeIsABoundProblem() {
        ObjectNode request = valid();
        request.set("caseId", DecimalNode.valueOf(new BigDecimal("1e999999999")));
        head(request).putArray("incomes").addObject().put("type", "WAGE")
                .set("monthly", DecimalNode.valueOf(new BigDecimal("1e999999999")));

        DecodedRequest decoded = DoudiJson.decodeRequest(request);

        assertThat(decoded.problems()).containsExactlyInAnyOrder(
                new Problem("caseId", Bounds.STRING_MESSAGE),
                new Problem("members[0].incomes[0].monthly", Bounds.MONEY_MESSAGE));
    }

    @Test
    @DisplayName("lenient numbers within the bound are still taken as written")
    void lenientNumbersAsWritten() {
        ObjectNode request = valid();
        request.set("caseId", DecimalNode.valueOf(new BigDecimal("12.50")));
        assertThat(DoudiJson.decodeRequest(request).request().caseId()).isEqualTo("12.50");
    }

    @Test
    @DisplayName("defect 11: a number of 1,000 digits is a syntax error with line and column")
    void aThousandDigitNumber() {
        String json = "{\"caseId\": \"C\",\n \"bonusMonths\": " + "9".repeat(1000) + "}";

        List<Problem> problems = DoudiJson.decodeRequest(json).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEmpty();
            assertThat(p.message()).contains("a number longer than " + Bounds.NUMBER_CHARACTERS)
                    .contains("line 2, column");
        });
    }

    @Test
    @DisplayName("defect 11: nesting over 1,000 levels is a syntax error with line and column")
    void deepNesting() {
        String json = "{\"foo\": " + "[".repeat(1001) + "]".repeat(1001) + "}";

        List<Problem> problems = DoudiJson.decodeRequest(json).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEmpty();
            assertThat(p.message()).contains("nested deeper than " + Bounds.NESTING_DEPTH).contains("line 1, column");
        });
    }

    @Test
    @DisplayName("defect 11: a 50 MB string is beyond the document bound: one problem at path \"\"")
    void aFiftyMegabyteString() {
        String json = "{\"caseId\": \"" + "x".repeat(50_000_000) + "\"}";

        assertThat(DoudiJson.decodeRequest(json).problems()).containsExactly(new Problem("", Bounds.DOCUMENT_MESSAGE));
    }

    @Test
    @DisplayName("a document of exactly 1 MiB of UTF-8 is read; one byte more is not; Chinese counts three bytes")
    void documentBound() {
        String prefix = "{\"caseId\": \"";
        String suffix = "\"}";
        int room = Bounds.DOCUMENT_BYTES - prefix.length() - suffix.length();
        String exact = prefix + "x".repeat(room) + suffix;
        assertThat(DoudiJson.decodeRequest(exact).problems()).extracting(Problem::path).doesNotContain("");
        assertThat(DoudiJson.decodeRequest(prefix + "x".repeat(room + 1) + suffix).problems())
                .containsExactly(new Problem("", Bounds.DOCUMENT_MESSAGE));
        String chinese = prefix + "王".repeat(room / 3 + 1) + suffix;
        assertThat(DoudiJson.decodeRequest(chinese).problems())
                .containsExactly(new Problem("", Bounds.DOCUMENT_MESSAGE));
    }

    @Test
    @DisplayName("defect 13: asOf 9999-12-31 is invalid at asOf (it printed a phase-out ending in 10000-11)")
    void asOfInYear9999() {
        ObjectNode request = valid();
        request.put("asOf", "9999-12-31");

        assertThat(decode(request)).containsExactly(new Problem("asOf", Bounds.YEAR_MESSAGE));
    }

    @Test
    @DisplayName("strings count code points: 1,000 characters outside the basic plane pass, 1,001 do not")
    void stringsCountCodePoints() {
        ObjectNode request = valid();
        head(request).put("name", "𠀀".repeat(1000));
        assertThat(decode(request)).isEmpty();
        head(request).put("name", "𠀀".repeat(1001));
        assertThat(decode(request)).containsExactly(new Problem("members[0].name", Bounds.STRING_MESSAGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "  \r"})
    @DisplayName("defect 12: only JSON white space makes a batch line blank")
    void blankLines(String line) {
        assertThat(Bounds.isBlankLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001c", "\u001d", "\u001e", "\u001f", "\u001c\u001d\u001e\u001f", "\u3000", "\u000b"})
    @DisplayName("defect 12: separators U+001C-U+001F (and other non-JSON white space) are content, reported as such")
    void controlCharactersAreNotBlank(String line) {
        assertThat(Bounds.isBlankLine(line)).isFalse();
        assertThat(DoudiJson.decodeRequest(line).problems()).singleElement()
                .satisfies(p -> assertThat(p.path()).isEmpty());
    }

    private static EvaluationRequest.Builder javaBuilt() {
        return EvaluationRequest.builder().caseId("C-1").kind(Kind.APPLICATION).profile("gs-huining")
                .asOf(LocalDate.of(2020, 6, 15)).residence(Residence.RURAL)
                .members(Member.builder("m1", HeadRelation.HEAD).birthDate(LocalDate.of(1960, 1, 1))
                        .laborCapacity(LaborCapacity.FULL).build());
    }
}
