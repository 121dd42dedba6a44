package org.doudi.rules.drools.screening;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Masking;
import org.doudi.rules.api.request.VehicleKind;
import org.doudi.rules.api.screening.MonitoredRisk;
import org.doudi.rules.api.screening.RegistryProblem;

/**
 * Reads one registry file: UTF-8 CSV (RFC 4180 quoting, read by Jackson's CSV parser), a header row naming the
 * columns in any order (unknown columns ignored), one row per record. Values are trimmed. A row that cannot be read —
 * a bad or missing ID number, date, kind or amount, or a number of fields other than the header's — is reported
 * with its line as a {@link RegistryProblem} (identifiers masked) and skipped. The file is streamed: only the row
 * being read is held.
 *
 * <p>Also reads a registry from any character stream ({@link #read(Reader, RowHandler, Consumer)}, or record by
 * record with {@link #records(Reader)}), and checks and parses the rows of a registry kept as a table, whose values
 * come by column name ({@link #columns}, {@link #parse}): the same checks and messages as for a file. Instances are
 * immutable and thread-safe.
 */
public final class RegistryReader {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final ObjectReader ROWS = CSV.readerFor(String[].class).with(CsvSchema.emptySchema());
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONEY = Pattern.compile("(\\d{1,15})(\\.\\d{1,2})?");

    /** What becomes of each row. */
    public interface RowHandler {
        /**
         * @param row  a readable row, not null
         */
        void row(RegistryRow row);
    }

    private final Registry registry;
    private final Path file;
    private final Locale locale;

    /**
     * @param registry  which registry the file holds, not null
     * @param file      the file, not null
     * @param locale    the language of problem messages, not null
     */
    RegistryReader(Registry registry, Path file, Locale locale) {
        this.registry = registry;
        this.file = file;
        this.locale = locale;
    }

    /**
     * A reader of a registry's rows from streams or tables.
     *
     * @param registry  which registry, not null
     * @param locale    the language of problem messages: English for {@code en}, Chinese otherwise; not null
     */
    public RegistryReader(Registry registry, Locale locale) {
        this(Objects.requireNonNull(registry, "registry"), null, Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Checks that the file can be read and that its header names every required column (before a long screening
     * starts).
     *
     * @throws RegistryFileException if not
     */
    void checkHeader() {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            checkHeader(reader);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    /**
     * Checks that a stream can be read and that its header names every required column; reads only the header.
     *
     * @param reader  the CSV text, not null (not closed)
     * @throws RegistryFileException if not
     */
    public void checkHeader(Reader reader) {
        try {
            MappingIterator<String[]> it = ROWS.readValues(reader);
            if (!it.hasNextValue()) {
                throw noHeader();
            }
            header(it.nextValue());
        } catch (IOException | RuntimeException e) {
            if (e instanceof RegistryFileException r) {
                throw r;
            }
            throw cannotRead(e);
        }
    }

    private RegistryFileException cannotRead(Exception e) {
        return new RegistryFileException(registry.fileName() + ": cannot read: " + reason(e));
    }

    /**
     * @return true when the stream itself failed (a file that cannot be read), under whatever wrapping the CSV parser
     *         put on it; false when it is the text that is not valid CSV
     */
    private static boolean isReadFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException && !(t instanceof JsonProcessingException)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return why reading failed: what the CSV parser found wrong with the text, or the stream's own failure, without
     *         the parser's position and wrapping (the line is reported apart)
     */
    private static String reason(Throwable e) {
        String what = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException j) {
                what = j.getOriginalMessage();
            }
        }
        return what;
    }

    private RegistryFileException noHeader() {
        return new RegistryFileException(registry.fileName() + ": no header row (the first row names the columns: "
                + String.join(", ", registry.required()) + ")");
    }

    /**
     * Reads the file once.
     *
     * @param rows      receives each readable row, not null
     * @param problems  receives each unreadable row, not null
     * @return the number of data rows read (the header not counted)
     * @throws RegistryFileException if the file cannot be read, has no header, or lacks a required column
     */
    long read(RowHandler rows, Consumer<RegistryProblem> problems) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, rows, problems);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    /**
     * Reads a stream of CSV text once, to its end.
     *
     * @param reader    the CSV text, not null (closed at the end)
     * @param rows      receives each readable row, not null
     * @param problems  receives each unreadable row, not null
     * @return the number of data rows read (the header not counted)
     * @throws RegistryFileException if the stream cannot be read, has no header, or lacks a required column
     */
    public long read(Reader reader, RowHandler rows, Consumer<RegistryProblem> problems) {
        try (Records records = records(reader)) {
            while (records.next(rows, problems)) {
                // each call hands one record to rows or problems
            }
            return records.count();
        }
    }

    /**
     * Opens a stream of CSV text for reading record by record; its header is read and checked now.
     *
     * @param reader  the CSV text, not null (closed with the records)
     * @return the records, never null
     * @throws RegistryFileException if the stream cannot be read, has no header, or lacks a required column
     */
    public Records records(Reader reader) {
        return new Records(reader);
    }

    /**
     * The data records of a CSV stream, read one at a time: what lets a caller pull rows (a Spark task) instead of
     * being called for each. Not thread-safe.
     */
    public final class Records implements java.io.Closeable {
        private final Reader reader;
        private final MappingIterator<String[]> it;
        private final Map<String, Integer> columns;
        private long count;
        private boolean done;

        private Records(Reader reader) {
            this.reader = reader;
            try {
                it = ROWS.readValues(reader);
                if (!it.hasNextValue()) {
                    throw noHeader();
                }
                columns = header(it.nextValue());
            } catch (IOException | RuntimeException e) {
                close();
                throw e instanceof RegistryFileException r ? r : cannotRead(e);
            }
        }

        /**
         * Reads the next data record (blank lines are skipped): its row goes to {@code rows}, or its problem to
         * {@code problems}.
         *
         * @param rows      receives the row if it is readable, not null
         * @param problems  receives its problem if not, not null
         * @return false at the end of the stream (nothing handed over)
         * @throws RegistryFileException if the stream cannot be read
         */
        public boolean next(RowHandler rows, Consumer<RegistryProblem> problems) {
            while (!done) {
                long line = 0;
                String[] values;
                try {
                    if (!it.hasNextValue()) {
                        done = true;
                        return false;
                    }
                    line = lineOf(it.getCurrentLocation());
                    values = it.nextValue();
                } catch (IOException | RuntimeException e) {
                    if (isReadFailure(e)) {
                        throw cannotRead(e);
                    }
                    // a row the CSV parser cannot read (e.g. an unclosed quote runs to the end): report and stop
                    count++;
                    done = true;
                    problems.accept(new RegistryProblem(registry.fileName(),
                            line > 0 ? line : lineOf(it.getCurrentLocation()),
                            say("not valid CSV: " + reason(e), "不是有效的 CSV 行")));
                    return true;
                }
                if (values.length == 1 && values[0].isBlank()) {
                    continue; // a blank line
                }
                count++;
                String problem = values.length == columns.size() ? null
                        : say("has " + values.length + " fields, the header has " + columns.size(),
                        "有 " + values.length + " 个字段，表头有 " + columns.size() + " 个");
                RegistryRow row = problem == null ? parse(line, columns, values, problems) : null;
                if (problem != null) {
                    problems.accept(new RegistryProblem(registry.fileName(), line, problem));
                } else if (row != null) {
                    rows.row(row);
                }
                return true;
            }
            return false;
        }

        /** @return the data records read so far (the header not counted) */
        public long count() {
            return count;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing was written: a stream that cannot be closed loses nothing
            }
        }
    }

    /**
     * The columns of a registry kept as a table, checked as a file's header row is.
     *
     * @param names  the column names, in the order {@link #parse} is given the values; not null
     * @return the columns, never null
     * @throws RegistryFileException if a name appears twice or a required column is missing
     */
    public Columns columns(List<String> names) {
        return new Columns(header(names.toArray(String[]::new)));
    }

    /** The checked columns of a registry table. Immutable. */
    public static final class Columns {
        private final Map<String, Integer> index;

        private Columns(Map<String, Integer> index) {
            this.index = Map.copyOf(index);
        }

        /** @return the number of columns */
        public int size() {
            return index.size();
        }
    }

    /**
     * Checks and parses one row of a registry kept as a table, as a file's row with the same values would be.
     *
     * @param columns   the table's columns, not null
     * @param line      the row's line (or record number), reported with a problem
     * @param values    the row's values as text, in the order of the columns (empty for none), not null
     * @param problems  receives the row's problem if it cannot be read, not null
     * @return the row, or null when it cannot be read (its problem reported)
     */
    public RegistryRow parse(Columns columns, long line, String[] values, Consumer<RegistryProblem> problems) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        return parse(line, columns.index, values, problems);
    }

    private static long lineOf(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private Map<String, Integer> header(String[] names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = i == 0 ? names[i].replace("\uFEFF", "").strip() : names[i].strip();
            if (columns.putIfAbsent(name, i) != null) {
                throw new RegistryFileException(registry.fileName() + ": column " + name + " appears twice in the header");
            }
        }
        List<String> missing = registry.required().stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new RegistryFileException(registry.fileName() + ": the header lacks the required column(s) "
                    + String.join(", ", missing) + " (header: " + Arrays.stream(names).map(String::strip)
                    .collect(Collectors.joining(", ")) + ")");
        }
        return columns;
    }

    /** One row's values by column name; reports the first problem and returns null when the row cannot be read. */
    private RegistryRow parse(long line, Map<String, Integer> columns, String[] values,
                              Consumer<RegistryProblem> problems) {
        Row r = new Row(line, columns, values);
        String id = IdNumbers.key(r.get(registry.idColumn()));
        if (id == null) {
            return r.fail(problems, registry.idColumn(), r.get(registry.idColumn()) == null
                    ? say("missing", "缺失")
                    : say("must be 15 or 18 characters of digits with an optional final X",
                    "应为 15 或 18 位数字（末位可为 X）"));
        }
        return switch (registry) {
            case DEATHS -> {
                LocalDate died = r.date("deathDate", true, problems);
                yield died == null ? null : new RegistryRow(registry, line, id, died, null, null, null, null, null);
            }
            case DETENTIONS -> detention(r, id, problems);
            case VEHICLES -> dated(r, id, "registeredOn", r.oneOf("kind", names(VehicleKind.values()), problems),
                    "kind", r.money("value", problems), problems);
            case PROPERTIES -> dated(r, id, "registeredOn", r.oneOf("use", List.of("RESIDENTIAL", "NON_RESIDENTIAL"),
                    problems), "use", null, problems);
            case BUSINESSES -> dated(r, id, "registeredOn", r.oneOf("role",
                    List.of("LEGAL_REPRESENTATIVE", "SHAREHOLDER"), problems), "role", r.money("capital", problems),
                    problems);
            case PUBLIC_PAYROLL -> new RegistryRow(registry, line, id, null, null, null, null, r.get("employer"), null);
            case TEKUN -> new RegistryRow(registry, line, id, null, null, null, null, r.get("region"), null);
            case DIBAO_ELSEWHERE -> r.get("region") == null
                    ? r.fail(problems, "region", say("missing", "缺失"))
                    : new RegistryRow(registry, line, id, null, null, null, null, r.get("region"), r.get("caseId"));
            case MONITORED -> monitored(r, id, problems);
        };
    }

    private RegistryRow detention(Row r, String id, Consumer<RegistryProblem> problems) {
        LocalDate from = r.date("from", true, problems);
        LocalDate to = r.date("to", false, problems);
        if (r.failed) {
            return null;
        }
        if (to != null && to.isBefore(from)) {
            return r.fail(problems, "to", say("is before from", "早于开始日期"));
        }
        return new RegistryRow(registry, r.line, id, from, to, null, null, null, null);
    }

    private RegistryRow monitored(Row r, String id, Consumer<RegistryProblem> problems) {
        String household = r.get("householdId");
        if (household == null) {
            return r.fail(problems, "householdId", say("missing", "缺失"));
        }
        String risk = r.oneOf("risk", names(MonitoredRisk.values()), problems);
        return risk == null ? null : new RegistryRow(registry, r.line, id, null, null, risk, null, null, household);
    }

    /** A row with a date column, a kind column and maybe an amount; null (already reported) if any failed. */
    private RegistryRow dated(Row r, String id, String dateColumn, String kind, String kindColumn, Money amount,
                              Consumer<RegistryProblem> problems) {
        LocalDate date = r.date(dateColumn, true, problems); // reported only if the kind and the amount were not
        return r.failed ? null : new RegistryRow(registry, r.line, id, date, null, kind, amount, null, null);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private String say(String en, String zh) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    /** The values of one row by column name; the first problem of the row is reported, later ones are not. */
    private final class Row {
        final long line;
        final Map<String, Integer> columns;
        final String[] values;
        boolean failed;

        Row(long line, Map<String, Integer> columns, String[] values) {
            this.line = line;
            this.columns = columns;
            this.values = values;
        }

        /** @return the trimmed value, null when the column is absent or the value empty */
        String get(String column) {
            Integer i = columns.get(column); // a row has one value per column: checked before it is parsed
            if (i == null) {
                return null;
            }
            String v = values[i].strip();
            return v.isEmpty() ? null : v;
        }

        <T> T fail(Consumer<RegistryProblem> problems, String column, String what) {
            if (!failed) {
                failed = true;
                String value = get(column);
                problems.accept(new RegistryProblem(registry.fileName(), line, column
                        + (value == null ? "" : " \"" + Masking.scrub(value) + "\"") + ": " + what));
            }
            return null;
        }

        LocalDate date(String column, boolean required, Consumer<RegistryProblem> problems) {
            String v = get(column);
            if (v == null) {
                return required ? fail(problems, column, say("missing", "缺失")) : null;
            }
            if (DATE.matcher(v).matches()) {
                try {
                    LocalDate d = LocalDate.parse(v);
                    if (d.getYear() >= 1900 && d.getYear() <= 2199) {
                        return d;
                    }
                } catch (DateTimeException e) {
                    // reported below
                }
            }
            return fail(problems, column, say("must be a date YYYY-MM-DD (years 1900-2199)",
                    "应为日期 YYYY-MM-DD（1900—2199 年）"));
        }

        String oneOf(String column, List<String> allowed, Consumer<RegistryProblem> problems) {
            String v = get(column);
            if (v != null && allowed.contains(v)) {
                return v;
            }
            return fail(problems, column, v == null ? say("missing", "缺失")
                    : say("must be one of ", "应为以下之一：") + String.join(", ", allowed));
        }

        Money money(String column, Consumer<RegistryProblem> problems) {
            String v = get(column);
            if (v == null) {
                return null;
            }
            if (MONEY.matcher(v).matches()) {
                return Money.of(new BigDecimal(v));
            }
            return fail(problems, column, say("must be an amount of yuan with at most two decimals, such as 80000.00",
                    "应为金额（元），最多两位小数，如 80000.00"));
        }
    }
}
