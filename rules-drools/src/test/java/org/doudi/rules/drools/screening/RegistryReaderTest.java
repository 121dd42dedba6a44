package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.screening.RegistryProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reading a registry file: each registry's columns mapped onto its rows, optional columns given and absent, every kind
 * of bad value reported with its column, value and line (only the first problem of a row), in English and Chinese;
 * the header checks; blank lines, rows of the wrong width and text that is not CSV; the stream closed.
 */
class RegistryReaderTest {

    private static final String ID = "620422195212121246";
    private static final String ID_X = "62042219850909133X";

    private static List<Object> read(Registry registry, Locale locale, String csv) {
        List<Object> out = new ArrayList<>();
        long count = new RegistryReader(registry, locale).read(new StringReader(csv), out::add, out::add);
        assertThat(count).as("one row or one problem per data record").isEqualTo(out.size());
        return out;
    }

    private static List<Object> read(Registry registry, String csv) {
        return read(registry, Locale.ENGLISH, csv);
    }

    private static RegistryRow row(Registry registry, long line, String id, String date, String to, String kind,
                                   String amount, String text, String other) {
        return new RegistryRow(registry, line, id, date == null ? null : LocalDate.parse(date),
                to == null ? null : LocalDate.parse(to), kind, amount == null ? null : Money.parse(amount), text, other);
    }

    private static RegistryProblem problem(Registry registry, long line, String message) {
        return new RegistryProblem(registry.fileName(), line, message);
    }

    @Test
    @DisplayName("each registry's columns become the row's fields; values are trimmed, an ID number's x upper-cased")
    void everyRegistryMapsItsColumns() {
        assertThat(read(Registry.DEATHS, "deathDate,idNumber\n 2020-01-05 , " + ID + " \n"))
                .containsExactly(row(Registry.DEATHS, 2, ID, "2020-01-05", null, null, null, null, null));
        assertThat(read(Registry.DETENTIONS, "idNumber,from,to\n" + ID + ",2020-03-01,2021-03-01\n"
                + "62042219850909133x,2020-03-01,\n"))
                .containsExactly(row(Registry.DETENTIONS, 2, ID, "2020-03-01", "2021-03-01", null, null, null, null),
                        row(Registry.DETENTIONS, 3, ID_X, "2020-03-01", null, null, null, null, null));
        assertThat(read(Registry.VEHICLES, "ownerIdNumber,kind,registeredOn,value\n" + ID + ",TRUCK,2019-05-01,30000.5\n"
                + ID + ",EBIKE,2019-06-01,\n" + ID + ",DISABILITY_VEHICLE,2019-07-01,123456789012345.99\n"))
                .containsExactly(row(Registry.VEHICLES, 2, ID, "2019-05-01", null, "TRUCK", "30000.50", null, null),
                        row(Registry.VEHICLES, 3, ID, "2019-06-01", null, "EBIKE", null, null, null),
                        row(Registry.VEHICLES, 4, ID, "2019-07-01", null, "DISABILITY_VEHICLE", "123456789012345.99",
                                null, null));
        assertThat(read(Registry.PROPERTIES, "ownerIdNumber,use,registeredOn\n" + ID + ",NON_RESIDENTIAL,2018-09-09\n"))
                .containsExactly(row(Registry.PROPERTIES, 2, ID, "2018-09-09", null, "NON_RESIDENTIAL", null, null, null));
        assertThat(read(Registry.BUSINESSES, "idNumber,role,registeredOn,capital\n" + ID + ",SHAREHOLDER,2017-03-03,50000\n"
                + ID + ",LEGAL_REPRESENTATIVE,2017-03-04,\n"))
                .containsExactly(row(Registry.BUSINESSES, 2, ID, "2017-03-03", null, "SHAREHOLDER", "50000.00", null,
                                null),
                        row(Registry.BUSINESSES, 3, ID, "2017-03-04", null, "LEGAL_REPRESENTATIVE", null, null, null));
        assertThat(read(Registry.PUBLIC_PAYROLL, "idNumber,employer\n" + ID + ", 某事业单位 \n" + ID + ",\n"))
                .containsExactly(row(Registry.PUBLIC_PAYROLL, 2, ID, null, null, null, null, "某事业单位", null),
                        row(Registry.PUBLIC_PAYROLL, 3, ID, null, null, null, null, null, null));
        assertThat(read(Registry.TEKUN, "idNumber,region\n" + ID + ",620422\n"))
                .containsExactly(row(Registry.TEKUN, 2, ID, null, null, null, null, "620422", null));
        assertThat(read(Registry.DIBAO_ELSEWHERE, "idNumber,region,caseId\n" + ID + ",620102,LZ-1\n" + ID + ",620102,\n"))
                .containsExactly(row(Registry.DIBAO_ELSEWHERE, 2, ID, null, null, null, null, "620102", "LZ-1"),
                        row(Registry.DIBAO_ELSEWHERE, 3, ID, null, null, null, null, "620102", null));
        assertThat(read(Registry.MONITORED, "householdId,idNumber,risk\nMH-1," + ID + ",DISABILITY\n"))
                .containsExactly(row(Registry.MONITORED, 2, ID, null, null, "DISABILITY", null, null, "MH-1"));
    }

    @Test
    @DisplayName("optional columns may be left out of the header: their fields are then empty")
    void optionalColumnsMayBeAbsent() {
        assertThat(read(Registry.DETENTIONS, "idNumber,from\n" + ID + ",2020-03-01\n"))
                .containsExactly(row(Registry.DETENTIONS, 2, ID, "2020-03-01", null, null, null, null, null));
        assertThat(read(Registry.VEHICLES, "ownerIdNumber,kind,registeredOn\n" + ID + ",CAR,2019-05-01\n"))
                .containsExactly(row(Registry.VEHICLES, 2, ID, "2019-05-01", null, "CAR", null, null, null));
        assertThat(read(Registry.TEKUN, "idNumber\n" + ID + "\n"))
                .containsExactly(row(Registry.TEKUN, 2, ID, null, null, null, null, null, null));
        assertThat(read(Registry.DIBAO_ELSEWHERE, "region,idNumber\n620102," + ID + "\n"))
                .containsExactly(row(Registry.DIBAO_ELSEWHERE, 2, ID, null, null, null, null, "620102", null));
    }

    @Test
    @DisplayName("an ID number missing or malformed is reported with its column and value")
    void badIdNumbers() {
        assertThat(read(Registry.VEHICLES, "ownerIdNumber,kind,registeredOn\n,CAR,2019-05-01\n12345,CAR,2019-05-01\n"
                + "62042219521212124,CAR,2019-05-01\n"))
                .containsExactly(problem(Registry.VEHICLES, 2, "ownerIdNumber: missing"),
                        problem(Registry.VEHICLES, 3,
                                "ownerIdNumber \"12345\": must be 15 or 18 characters of digits with an optional final X"),
                        problem(Registry.VEHICLES, 4, "ownerIdNumber \"62042219521212124\": must be 15 or 18 characters "
                                + "of digits with an optional final X"));
        assertThat(read(Registry.DEATHS, Locale.CHINESE, "idNumber,deathDate\n,2020-01-05\nabc,2020-01-05\n"))
                .containsExactly(problem(Registry.DEATHS, 2, "idNumber: 缺失"),
                        problem(Registry.DEATHS, 3, "idNumber \"abc\": 应为 15 或 18 位数字（末位可为 X）"));
    }

    @Test
    @DisplayName("dates: YYYY-MM-DD of a real day in 1900-2199; a required date missing is reported, an optional one is not")
    void dates() {
        String header = "idNumber,deathDate\n";
        String must = "must be a date YYYY-MM-DD (years 1900-2199)";
        assertThat(read(Registry.DEATHS, header + ID + ",1900-01-01\n" + ID + ",2199-12-31\n" + ID + ",1899-12-31\n"
                + ID + ",2200-01-01\n" + ID + ",2020-02-30\n" + ID + ",2020-1-05\n" + ID + ",20200105\n" + ID + ",\n"))
                .containsExactly(row(Registry.DEATHS, 2, ID, "1900-01-01", null, null, null, null, null),
                        row(Registry.DEATHS, 3, ID, "2199-12-31", null, null, null, null, null),
                        problem(Registry.DEATHS, 4, "deathDate \"1899-12-31\": " + must),
                        problem(Registry.DEATHS, 5, "deathDate \"2200-01-01\": " + must),
                        problem(Registry.DEATHS, 6, "deathDate \"2020-02-30\": " + must),
                        problem(Registry.DEATHS, 7, "deathDate \"2020-1-05\": " + must),
                        problem(Registry.DEATHS, 8, "deathDate \"20200105\": " + must),
                        problem(Registry.DEATHS, 9, "deathDate: missing"));
        assertThat(read(Registry.DEATHS, Locale.CHINESE, header + ID + ",2020-13-01\n"))
                .containsExactly(problem(Registry.DEATHS, 2, "deathDate \"2020-13-01\": 应为日期 YYYY-MM-DD（1900—2199 年）"));
    }

    @Test
    @DisplayName("a detention: from required, to optional but a date, not before from (the same day is a one-day stay)")
    void detentions() {
        String header = "idNumber,from,to\n";
        assertThat(read(Registry.DETENTIONS, header + ID + ",,2020-03-01\n" + ID + ",2020-03-01,2020-02-29\n"
                + ID + ",2020-03-01,2020-03-01\n" + ID + ",2020-03-01,someday\n" + ID + ",2020-13-01,someday\n"))
                .containsExactly(problem(Registry.DETENTIONS, 2, "from: missing"),
                        problem(Registry.DETENTIONS, 3, "to \"2020-02-29\": is before from"),
                        row(Registry.DETENTIONS, 4, ID, "2020-03-01", "2020-03-01", null, null, null, null),
                        problem(Registry.DETENTIONS, 5, "to \"someday\": must be a date YYYY-MM-DD (years 1900-2199)"),
                        problem(Registry.DETENTIONS, 6,
                                "from \"2020-13-01\": must be a date YYYY-MM-DD (years 1900-2199)"));
        assertThat(read(Registry.DETENTIONS, Locale.CHINESE, header + ID + ",2020-03-01,2020-02-29\n"))
                .containsExactly(problem(Registry.DETENTIONS, 2, "to \"2020-02-29\": 早于开始日期"));
    }

    @Test
    @DisplayName("kinds, uses, roles and risks: one of the listed names, exactly; only the first problem of a row")
    void kinds() {
        String kinds = "CAR, TRUCK, MOTORCYCLE, EBIKE, FARM_MACHINERY, DISABILITY_VEHICLE";
        assertThat(read(Registry.VEHICLES, "ownerIdNumber,kind,registeredOn,value\n" + ID + ",BOAT,2019-01-01,100\n"
                + ID + ",car,2019-01-01,100\n" + ID + ",,2019-01-01,1e5\n" + ID + ",CAR,,100\n" + ID + ",CAR,2019-01-01,1e5\n"
                + ID + ",CAR,2019-13-01,1e5\n"))
                .containsExactly(problem(Registry.VEHICLES, 2, "kind \"BOAT\": must be one of " + kinds),
                        problem(Registry.VEHICLES, 3, "kind \"car\": must be one of " + kinds),
                        problem(Registry.VEHICLES, 4, "kind: missing"),
                        problem(Registry.VEHICLES, 5, "registeredOn: missing"),
                        problem(Registry.VEHICLES, 6, "value \"1e5\": must be an amount of yuan with at most two decimals, "
                                + "such as 80000.00"),
                        problem(Registry.VEHICLES, 7, "value \"1e5\": must be an amount of yuan with at most two decimals, "
                                + "such as 80000.00"));
        assertThat(read(Registry.PROPERTIES, Locale.CHINESE, "ownerIdNumber,use,registeredOn\n" + ID + ",SHOP,2019-01-01\n"
                + ID + ",,2019-01-01\n"))
                .containsExactly(problem(Registry.PROPERTIES, 2, "use \"SHOP\": 应为以下之一：RESIDENTIAL, NON_RESIDENTIAL"),
                        problem(Registry.PROPERTIES, 3, "use: 缺失"));
        assertThat(read(Registry.BUSINESSES, "idNumber,role,registeredOn,capital\n" + ID + ",OWNER,2017-03-03,1\n"
                + ID + ",SHAREHOLDER,2017-03-03,1.234\n"))
                .containsExactly(problem(Registry.BUSINESSES, 2,
                                "role \"OWNER\": must be one of LEGAL_REPRESENTATIVE, SHAREHOLDER"),
                        problem(Registry.BUSINESSES, 3, "capital \"1.234\": must be an amount of yuan with at most two "
                                + "decimals, such as 80000.00"));
        assertThat(read(Registry.MONITORED, "idNumber,householdId,risk\n" + ID + ",,ILLNESS\n" + ID + ",MH-1,POOR\n"
                + ID + ",MH-1,\n"))
                .containsExactly(problem(Registry.MONITORED, 2, "householdId: missing"),
                        problem(Registry.MONITORED, 3,
                                "risk \"POOR\": must be one of ILLNESS, DISABILITY, ACCIDENT, EDUCATION, OTHER"),
                        problem(Registry.MONITORED, 4, "risk: missing"));
        assertThat(read(Registry.DIBAO_ELSEWHERE, Locale.CHINESE, "idNumber,region,caseId\n" + ID + ",,LZ-1\n"))
                .containsExactly(problem(Registry.DIBAO_ELSEWHERE, 2, "region: 缺失"));
    }

    @Test
    @DisplayName("amounts: whole yuan or up to two decimals, at most 15 digits of yuan, no sign, exponent or separator")
    void amounts() {
        String must = "must be an amount of yuan with at most two decimals, such as 80000.00";
        assertThat(read(Registry.BUSINESSES, "idNumber,role,registeredOn,capital\n"
                + ID + ",SHAREHOLDER,2017-03-03,0.5\n"
                + ID + ",SHAREHOLDER,2017-03-03,1234567890123456\n" + ID + ",SHAREHOLDER,2017-03-03,-1\n"
                + ID + ",SHAREHOLDER,2017-03-03,\"1,000\"\n" + ID + ",SHAREHOLDER,2017-03-03,.5\n"))
                .containsExactly(row(Registry.BUSINESSES, 2, ID, "2017-03-03", null, "SHAREHOLDER", "0.50", null, null),
                        problem(Registry.BUSINESSES, 3, "capital \"1234567890123456\": " + must),
                        problem(Registry.BUSINESSES, 4, "capital \"-1\": " + must),
                        problem(Registry.BUSINESSES, 5, "capital \"1,000\": " + must),
                        problem(Registry.BUSINESSES, 6, "capital \".5\": " + must));
        assertThat(read(Registry.VEHICLES, Locale.CHINESE, "ownerIdNumber,kind,registeredOn,value\n"
                + ID + ",CAR,2019-01-01,abc\n"))
                .containsExactly(problem(Registry.VEHICLES, 2, "value \"abc\": 应为金额（元），最多两位小数，如 80000.00"));
    }

    @Test
    @DisplayName("blank lines are skipped and not counted; a row of the wrong width is reported with both counts")
    void blankLinesAndWidths() {
        List<Object> out = new ArrayList<>();
        long count = new RegistryReader(Registry.TEKUN, Locale.CHINESE).read(new StringReader(
                "idNumber,region\n\n" + ID + ",620422\n   \n" + ID + "\n" + ID + ",620422,x\n"), out::add, out::add);
        assertThat(out).containsExactly(row(Registry.TEKUN, 3, ID, null, null, null, null, "620422", null),
                problem(Registry.TEKUN, 5, "有 1 个字段，表头有 2 个"), problem(Registry.TEKUN, 6, "有 3 个字段，表头有 2 个"));
        assertThat(count).isEqualTo(3);
    }

    @Test
    @DisplayName("text the CSV parser cannot read (a quote never closed) is reported once, on the line where its row "
            + "starts, and ends the reading; it is not a file that cannot be read")
    void notCsv() {
        RegistryReader reader = new RegistryReader(Registry.TEKUN, Locale.CHINESE);
        List<Object> out = new ArrayList<>();
        try (RegistryReader.Records records = reader.records(new StringReader(
                "idNumber,region\n" + ID + ",620422\n" + ID + ",\"620422\n"))) {
            assertThat(records.next(out::add, out::add)).isTrue();
            assertThat(records.next(out::add, out::add)).isTrue();
            assertThat(records.next(out::add, out::add)).isFalse();
            assertThat(records.next(out::add, out::add)).as("still at the end").isFalse();
            assertThat(records.count()).isEqualTo(2);
        }
        assertThat(out).containsExactly(row(Registry.TEKUN, 2, ID, null, null, null, null, "620422", null),
                problem(Registry.TEKUN, 3, "不是有效的 CSV 行"));

        assertThat(read(Registry.TEKUN, "idNumber,region\n\n" + ID + ",\"620422\n" + ID + ",620422\n"))
                .containsExactly(problem(Registry.TEKUN, 3, "not valid CSV: Missing closing quote for value"));
    }

    @Test
    @DisplayName("the header: a byte-order mark and spaces are ignored; a column twice, a required column missing or no "
            + "header at all is refused, naming the file")
    void header() {
        assertThat(read(Registry.DEATHS, "\uFEFF idNumber , deathDate \n" + ID + ",2020-01-05\n"))
                .containsExactly(row(Registry.DEATHS, 2, ID, "2020-01-05", null, null, null, null, null));
        RegistryReader deaths = new RegistryReader(Registry.DEATHS, Locale.CHINESE);
        assertThatThrownBy(() -> deaths.records(new StringReader("idNumber,deathDate, idNumber\n")))
                .isInstanceOf(RegistryFileException.class)
                .hasMessage("deaths.csv: column idNumber appears twice in the header");
        assertThatThrownBy(() -> new RegistryReader(Registry.VEHICLES, Locale.ENGLISH)
                .records(new StringReader("value , ownerIdNumber\n")))
                .isInstanceOf(RegistryFileException.class)
                .hasMessage("vehicles.csv: the header lacks the required column(s) kind, registeredOn (header: value, "
                        + "ownerIdNumber)");
        assertThatThrownBy(() -> deaths.records(new StringReader("")))
                .isInstanceOf(RegistryFileException.class)
                .hasMessage("deaths.csv: no header row (the first row names the columns: idNumber, deathDate)");

        deaths.checkHeader(new StringReader("deathDate,idNumber,source\n"));
        assertThatThrownBy(() -> deaths.checkHeader(new StringReader("")))
                .isInstanceOf(RegistryFileException.class)
                .hasMessage("deaths.csv: no header row (the first row names the columns: idNumber, deathDate)");
        assertThatThrownBy(() -> deaths.checkHeader(new StringReader("idNumber,source\n")))
                .isInstanceOf(RegistryFileException.class)
                .hasMessage("deaths.csv: the header lacks the required column(s) deathDate (header: idNumber, source)");
        assertThatThrownBy(() -> deaths.checkHeader(new Failing("idNumber")))
                .isInstanceOf(RegistryFileException.class)
                .hasMessage("deaths.csv: cannot read: disk gone");
    }

    @Test
    @DisplayName("a table's columns are checked as a header is; its rows must have one value per column")
    void tables() {
        RegistryReader reader = new RegistryReader(Registry.TEKUN, Locale.ENGLISH);
        RegistryReader.Columns columns = reader.columns(List.of("region", "idNumber", "note"));
        assertThat(columns.size()).isEqualTo(3);
        List<RegistryProblem> problems = new ArrayList<>();
        assertThat(reader.parse(columns, 7, new String[] {"620422", ID, ""}, problems::add))
                .isEqualTo(row(Registry.TEKUN, 7, ID, null, null, null, null, "620422", null));
        assertThatThrownBy(() -> reader.parse(columns, 8, new String[] {"620422", ID}, problems::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("2 values for 3 columns");
        assertThatThrownBy(() -> reader.columns(List.of("idNumber", "region", "idNumber")))
                .isInstanceOf(RegistryFileException.class)
                .hasMessage("tekun.csv: column idNumber appears twice in the header");
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("the stream is closed at the end of a reading, when the header is refused, and with the records")
    void streamsAreClosed() {
        Failing whole = new Failing("idNumber,region\n" + ID + ",620422\n", false);
        assertThat(new RegistryReader(Registry.TEKUN, Locale.ENGLISH).read(whole, r -> { }, p -> { })).isEqualTo(1);
        assertThat(whole.closed).isTrue();

        Failing refused = new Failing("region\n", false);
        assertThatThrownBy(() -> new RegistryReader(Registry.TEKUN, Locale.ENGLISH).records(refused))
                .isInstanceOf(RegistryFileException.class);
        assertThat(refused.closed).isTrue();

        Failing broken = new Failing("idNumber");
        assertThatThrownBy(() -> new RegistryReader(Registry.TEKUN, Locale.ENGLISH).records(broken))
                .isInstanceOf(RegistryFileException.class).hasMessage("tekun.csv: cannot read: disk gone");
        assertThat(broken.closed).isTrue();

        // longer than the parser's buffer: it would close the stream itself on meeting the end
        Failing pulled = new Failing("idNumber,region\n" + ID + "," + "6".repeat(20_000) + "\n", false);
        RegistryReader.Records records = new RegistryReader(Registry.TEKUN, Locale.ENGLISH).records(pulled);
        assertThat(pulled.closed).isFalse();
        List<Object> out = new ArrayList<>();
        assertThat(records.next(out::add, out::add)).isTrue();
        assertThat(records.next(out::add, out::add)).as("at the end at once").isFalse();
        assertThat(out).hasSize(1);
        records.close();
        assertThat(pulled.closed).isTrue();
    }

    @Test
    @DisplayName("a stream that fails after the header stops the reading with the file's name and the cause")
    void aStreamFailingMidway() {
        RegistryReader reader = new RegistryReader(Registry.TEKUN, Locale.ENGLISH);
        assertThatThrownBy(() -> reader.read(new Failing("idNumber,region\n" + ID + ",62"), r -> { }, p -> { }))
                .isInstanceOf(RegistryFileException.class).hasMessage("tekun.csv: cannot read: disk gone");
    }

    @Test
    @DisplayName("a registry file: read and checked by its path; one that cannot be opened is named")
    void files() throws IOException {
        Path deaths = ScreeningFixture.REGISTRIES.resolve("deaths.csv");
        RegistryReader reader = new RegistryReader(Registry.DEATHS, deaths, Locale.ENGLISH);
        reader.checkHeader();
        List<RegistryRow> rows = new ArrayList<>();
        List<RegistryProblem> problems = new ArrayList<>();
        assertThat(reader.read(rows::add, problems::add)).isEqualTo(4);
        assertThat(rows).extracting(RegistryRow::line).containsExactly(2L, 3L);
        assertThat(problems).extracting(RegistryProblem::line).containsExactly(4L, 5L);

        Path folder = Files.createDirectories(Path.of("target", "registry-reader-test"));
        Path headless = Files.writeString(folder.resolve("deaths.csv"), "idNumber,source\n" + ID + ",x\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(new RegistryReader(Registry.DEATHS, headless, Locale.ENGLISH)::checkHeader)
                .isInstanceOf(RegistryFileException.class)
                .hasMessage("deaths.csv: the header lacks the required column(s) deathDate (header: idNumber, source)");

        RegistryReader missing = new RegistryReader(Registry.DEATHS, ScreeningFixture.DIR.resolve("no-such.csv"),
                Locale.ENGLISH);
        assertThatThrownBy(missing::checkHeader).isInstanceOf(RegistryFileException.class)
                .hasMessageStartingWith("deaths.csv: cannot read: ").hasMessageContaining("no-such.csv");
        assertThatThrownBy(() -> missing.read(r -> { }, p -> { })).isInstanceOf(RegistryFileException.class)
                .hasMessageStartingWith("deaths.csv: cannot read: ").hasMessageContaining("no-such.csv");
    }

    /** A stream of the given text that then fails (an unplugged disk) or ends, and remembers being closed. */
    private static final class Failing extends FilterReader {
        private final boolean fails;
        boolean closed;

        Failing(String text) {
            this(text, true);
        }

        Failing(String text, boolean fails) {
            super(new StringReader(text));
            this.fails = fails;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0 && fails) {
                throw new IOException("disk gone");
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c < 0 && fails) {
                throw new IOException("disk gone");
            }
            return c;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
