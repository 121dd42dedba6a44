package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.screening.CaseInput;
import org.doudi.rules.api.screening.Finding;
import org.doudi.rules.api.screening.FindingCode;
import org.doudi.rules.api.screening.ScreeningListener;
import org.doudi.rules.api.screening.ScreeningResult;
import org.doudi.rules.api.Problem;
import org.doudi.rules.drools.TestRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One case screened on its own ({@link CaseloadScreener#screenCase}), each a planted case of {@code examples/screening}
 * changed in one respect: disability subsidies due and paid in each combination, a case filed as it must be, an amount
 * paid short, card findings in card order, another case covering the same person (or only the case itself), a case that
 * is not a review; and the caseload checks {@link CaseloadScreener#screen} makes before and after the screening.
 */
class ScreenCaseTest {

    private static final CaseloadScreener SCREENER = TestRules.screener();
    private static final List<String> CASELOAD = lines();

    /** Cross-case facts given directly: who else covers each number; each holder holds only the case's cards. */
    private record Facts(Map<String, List<CaseRef>> covering) implements CaseFacts {
        @Override
        public List<CaseRef> coveringCases(String key) {
            return covering.getOrDefault(key, List.of());
        }

        @Override
        public int cardsHeld(String key) {
            return 1;
        }

        @Override
        public List<RegistryRow> registryRows(Registry registry, String key) {
            return List.of();
        }

        @Override
        public boolean noRegistryRows() {
            return true;
        }
    }

    private static final Facts ALONE = new Facts(Map.of());

    private static List<String> lines() {
        try {
            return Files.readAllLines(ScreeningFixture.CASELOAD, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The planted case's JSON line. */
    private static String planted(String caseId) {
        return CASELOAD.stream().filter(l -> l.contains("\"caseId\":\"" + caseId + "\"")).findFirst().orElseThrow();
    }

    /** The planted case's JSON line with one text replaced (which must be there). */
    private static String planted(String caseId, String text, String replacement) {
        String line = planted(caseId);
        assertThat(line).contains(text);
        return line.replace(text, replacement);
    }

    private static ScreeningResult screen(String json, long index, CaseFacts facts, Locale locale) {
        return SCREENER.screenCase(CaseInput.decoded(7, DoudiJson.decodeRequest(json)), index, facts, locale);
    }

    private static ScreeningResult.Screened screened(String json, Locale locale) {
        ScreeningResult result = screen(json, 0, ALONE, locale);
        assertThat(result).isInstanceOf(ScreeningResult.Screened.class);
        return (ScreeningResult.Screened) result;
    }

    private static List<String> details(ScreeningResult.Screened s) {
        return s.findings().stream().map(f -> f.code() + " " + f.detail()).toList();
    }

    @Test
    @DisplayName("subsidies: both due and none paid gives two findings (in the order of their words) and the sum "
            + "underpaid; paid in full gives none")
    void subsidiesDueAndNotPaid() {
        String hn12 = "\"subsidiesPaid\":[{\"memberId\":\"m1\",\"living\":\"100.00\"}]";
        ScreeningResult.Screened unpaid = screened(planted("HN-12", hn12, "\"subsidiesPaid\":[]"), Locale.ENGLISH);
        assertThat(unpaid.findings()).extracting(Finding::code, Finding::memberId).containsExactly(
                tuple(FindingCode.MISSED_SUBSIDY, "m1"),
                tuple(FindingCode.MISSED_SUBSIDY, "m1"));
        assertThat(details(unpaid)).containsExactly(
                "MISSED_SUBSIDY 何永福（m1） is due the living subsidy for poor disabled people of 100.00 yuan a month, "
                        + "which is not paid",
                "MISSED_SUBSIDY 何永福（m1） is due the nursing subsidy for severely disabled people of 100.00 yuan a "
                        + "month, which is not paid");
        assertThat(unpaid.underpaid()).isEqualTo(Money.parse("200.00"));
        assertThat(unpaid.overpaid()).isEqualTo(Money.ZERO);

        ScreeningResult.Screened paid = screened(planted("HN-12", hn12,
                "\"subsidiesPaid\":[{\"memberId\":\"m1\",\"living\":\"100.00\",\"nursing\":\"100.00\"}]"), Locale.ENGLISH);
        assertThat(paid.findings()).isEmpty();
        assertThat(paid.underpaid()).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("subsidies: one not due yet paid, beside a member with nothing due or paid")
    void subsidyNotDue() {
        String member = "{\"id\":\"m2\",\"name\":\"罗小军\",\"idNumber\":\"620422199302021102\",\"relation\":\"CHILD\","
                + "\"birthDate\":\"1993-02-02\",\"laborCapacity\":\"NONE\"}";
        String hn13 = planted("HN-13", "\"laborCapacity\":\"NONE\"}]", "\"laborCapacity\":\"NONE\"}," + member + "]")
                .replace("\"subsidiesPaid\":[{\"memberId\":\"m1\",\"living\":\"100.00\"}]",
                        "\"subsidiesPaid\":[{\"memberId\":\"m2\",\"nursing\":\"80.00\"}]");
        ScreeningResult.Screened s = screened(hn13, Locale.ENGLISH);
        assertThat(details(s)).contains("SUBSIDY_NOT_DUE 罗小军（m2） does not qualify for the nursing subsidy for "
                + "severely disabled people, yet it is paid (monthly: 80.00)");
        assertThat(s.findings()).extracting(Finding::code).doesNotContain(FindingCode.MISSED_SUBSIDY);
    }

    @Test
    @DisplayName("a case that must be filed and is filed has no finding for it")
    void filed() {
        String hn14 = planted("HN-14");
        assertThat(screened(hn14, Locale.ENGLISH).findings()).extracting(Finding::code)
                .containsExactly(FindingCode.RELATIVE_NOT_FILED);
        assertThat(screened(planted("HN-14", "\"filed\":false", "\"filed\":true"), Locale.ENGLISH).findings())
                .isEmpty();
    }

    @Test
    @DisplayName("paid less than the re-evaluation: the difference is underpaid, nothing overpaid")
    void underpaid() {
        ScreeningResult.Screened s = screened(planted("HN-01", "\"monthlyAmount\":\"524.00\"",
                "\"monthlyAmount\":\"400.00\""), Locale.ENGLISH);
        assertThat(s.findings()).extracting(Finding::code).containsExactly(FindingCode.AMOUNT_MISMATCH);
        assertThat(s.underpaid()).isEqualTo(Money.parse("124.00"));
        assertThat(s.overpaid()).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("card findings come in card order, whatever their words")
    void cardsInCardOrder() {
        String cards = "\"cards\":[{\"cardId\":\"HN-18-K1\",\"holderIdNumber\":\"620422199001011179\","
                + "\"holderRole\":\"MEMBER\"}]";
        String two = "\"cards\":[{\"cardId\":\"Z-2\",\"holderIdNumber\":\"620422199001011179\",\"holderRole\":\"MEMBER\"},"
                + "{\"cardId\":\"A-1\",\"holderIdNumber\":\"620422199202021187\",\"holderRole\":\"MEMBER\"}]";
        ScreeningResult.Screened s = screened(planted("HN-18", cards, two), Locale.ENGLISH);
        assertThat(s.findings()).filteredOn(f -> f.code() == FindingCode.CARD_HOLDER_MISMATCH)
                .extracting(Finding::detail).hasSize(2)
                .satisfiesExactly(d -> assertThat(d).startsWith("Card Z-2 "), d -> assertThat(d).startsWith("Card A-1 "));
    }

    @Test
    @DisplayName("covered elsewhere: the other cases named; the case itself is never named as another")
    void coveredElsewhere() {
        String hn07 = planted("HN-07");
        String key = "62042219700303104X";
        CaseRef self = new CaseRef(3, 8, "HN-07");
        CaseRef other = new CaseRef(9, 31, "HN-99");

        ScreeningResult.Screened alone = (ScreeningResult.Screened) screen(hn07, 3, new Facts(Map.of(key,
                List.of(self))), Locale.ENGLISH);
        assertThat(alone.findings()).isEmpty();

        ScreeningResult.Screened twice = (ScreeningResult.Screened) screen(hn07, 3, new Facts(Map.of(key,
                List.of(self, other))), Locale.ENGLISH);
        assertThat(details(twice)).containsExactly("DUPLICATE_ENROLLMENT 黄春梅（m1）'s ID number is also covered in "
                + "other cases of this caseload: case HN-99 (line 31)");

        Facts three = new Facts(Map.of(key, List.of(new CaseRef(0, 2, "HN-98"), self, other)));
        assertThat(((ScreeningResult.Screened) screen(hn07, 3, three, Locale.ENGLISH)).findings().get(0).detail())
                .endsWith("other cases of this caseload: case HN-98 (line 2); case HN-99 (line 31)");
        assertThat(((ScreeningResult.Screened) screen(hn07, 3, three, Locale.CHINESE)).findings().get(0).detail())
                .endsWith("案件 HN-98（第 2 行）；案件 HN-99（第 31 行）");
    }

    @Test
    @DisplayName("a case that is not a review: its own problems, then the kind's; a review with a problem: its problem")
    void notAReview() {
        ScreeningResult review = screen(planted("HN-01", "\"residence\":\"URBAN\"", "\"residence\":\"TOWN\""), 0,
                ALONE, Locale.ENGLISH);
        assertThat(review).isInstanceOf(ScreeningResult.Rejected.class);
        assertThat(((ScreeningResult.Rejected) review).problems()).extracting(Problem::path).containsExactly("residence");
        assertThat(review.line()).isEqualTo(7);
        assertThat(review.caseId()).isEqualTo("HN-01");

        String hn30 = planted("HN-30");
        ScreeningResult result = screen(hn30.replace("\"residence\":\"URBAN\"", "\"residence\":\"TOWN\""), 0, ALONE,
                Locale.ENGLISH);
        assertThat(result).isInstanceOf(ScreeningResult.Rejected.class);
        assertThat(((ScreeningResult.Rejected) result).problems()).extracting(Problem::path)
                .containsExactly("residence", "kind");
    }

    @Test
    @DisplayName("the caseload: a registry header is checked before the caseload is read; a caseload giving other "
            + "cases on its second reading is refused")
    void caseloadChecks() throws IOException {
        Path folder = Path.of("target", "screen-case-test");
        Files.createDirectories(folder);
        Path deaths = Files.writeString(folder.resolve("deaths.csv"), "idNumber,source\n", StandardCharsets.UTF_8);
        AtomicInteger readings = new AtomicInteger();
        ScreeningListener ignore = new ScreeningListener() {
            @Override
            public void screened(ScreeningResult result) {
            }
        };
        assertThatThrownBy(() -> SCREENER.screen(() -> {
            readings.incrementAndGet();
            return Stream.<CaseInput>empty();
        }, Registries.of(Map.of(Registry.DEATHS, deaths)), Locale.ENGLISH, BatchOptions.threads(1), ignore))
                .isInstanceOf(RegistryFileException.class).hasMessageContaining("deathDate");
        assertThat(readings).as("the caseload is not read").hasValue(0);

        String hn01 = CASELOAD.get(0);
        assertThatThrownBy(() -> SCREENER.screen(() -> {
            int reading = readings.incrementAndGet();
            Stream<String> lines = reading == 1 ? Stream.of(hn01, hn01) : Stream.of(hn01);
            return lines.map(l -> CaseInput.decoded(1, DoudiJson.decodeRequest(l)));
        }, Registries.none(), Locale.ENGLISH, BatchOptions.threads(1), ignore))
                .isInstanceOf(IllegalStateException.class).hasMessage("the caseload gave 2 cases on its first reading "
                        + "and 1 on its second: it must give the same cases both times");
    }
}
