package org.doudi.rules.spark;

import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.TaskCompletionListener;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.screening.Candidate;
import org.doudi.rules.api.screening.RegistryProblem;
import org.doudi.rules.api.screening.ScreeningJson;
import org.doudi.rules.drools.screening.CaseloadScreener;
import org.doudi.rules.drools.screening.Registry;
import org.doudi.rules.drools.screening.RegistryReader;
import org.doudi.rules.drools.screening.RegistryRow;

import scala.Tuple2;

import static org.apache.spark.sql.functions.col;

/**
 * The registries of a Spark screening as records: read from CSV files by the library's own reader (one task per
 * file: RFC 4180 quoted line breaks need the whole file, and line numbers are counted from its start), or parsed from
 * the rows of a table by the library's own row checks; then matched to the caseload's ID numbers.
 *
 * <p>One schema, {@link #SCHEMA}, for every kind of record ({@code type}):
 * <ul>
 *   <li>{@code ROW}: a readable row ({@code registry}, {@code line}, {@code key} = the ID number, {@code date} and
 *       {@code to} as ISO text, {@code kind}, {@code amount}, {@code text}, {@code other}: the fields of
 *       {@link RegistryRow});</li>
 *   <li>{@code PROBLEM}: a row that cannot be read ({@code registry}, {@code line}, {@code message}; {@code other} =
 *       the registry's file name; {@code text} = the line {@code doudi screen} prints, {@code FILE:LINE: message});</li>
 *   <li>{@code COUNT}: what one task read of one registry ({@code read}, {@code rejected}, and after matching
 *       {@code matched});</li>
 *   <li>{@code CANDIDATE} (after matching): a missed-coverage candidate ({@code line}, {@code other} = household,
 *       {@code kind} = risk, {@code text} = the ID number masked, {@code message} = the candidate's JSON line).</li>
 * </ul>
 * The ID number leaves these records only masked. Counts travel as records, not accumulators, so that they are exact
 * however often Spark recomputes a task.
 */
final class RegistryRecords {

    static final String ROW = "ROW";
    static final String PROBLEM = "PROBLEM";
    static final String COUNT = "COUNT";
    static final String CANDIDATE = "CANDIDATE";

    /** The record columns (see the class comment). */
    static final StructType SCHEMA = new StructType()
            .add("type", DataTypes.StringType, false)
            .add("registry", DataTypes.StringType, false)
            .add("order", DataTypes.IntegerType, false)
            .add("line", DataTypes.LongType)
            .add("key", DataTypes.StringType)
            .add("date", DataTypes.StringType)
            .add("to", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("amount", DataTypes.createDecimalType(17, 2))
            .add("text", DataTypes.StringType)
            .add("other", DataTypes.StringType)
            .add("message", DataTypes.StringType)
            .add("read", DataTypes.LongType)
            .add("rejected", DataTypes.LongType)
            .add("matched", DataTypes.LongType);

    /** The fields of one row as the facts of a key carry them (the key is the facts' own). */
    static final StructType ROW_FIELDS = new StructType()
            .add("registry", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("date", DataTypes.StringType)
            .add("to", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("amount", DataTypes.createDecimalType(17, 2))
            .add("text", DataTypes.StringType)
            .add("other", DataTypes.StringType);

    private static final int TYPE = 0;
    private static final int REGISTRY = 1;
    private static final int LINE = 3;
    private static final int KEY = 4;
    private static final int READ = 12;
    private static final int REJECTED = 13;

    private RegistryRecords() {
    }

    /** @return the columns of {@link #ROW_FIELDS}, from a record of {@link #SCHEMA} */
    static Column[] rowFields() {
        return Arrays.stream(ROW_FIELDS.fieldNames()).map(n -> col(n)).toArray(Column[]::new);
    }

    static Row row(RegistryRow r) {
        return RowFactory.create(ROW, r.registry().name(), r.registry().ordinal(), r.line(), r.id(), text(r.date()),
                text(r.to()), r.kind(), r.amount() == null ? null : r.amount().amount(), r.text(), r.other(), null,
                null, null, null);
    }

    static Row problem(Registry registry, RegistryProblem p) {
        // a key of its own, never an ID number: spreads problems over the join's partitions
        return RowFactory.create(PROBLEM, registry.name(), registry.ordinal(), p.line(), "~" + registry + ":" + p.line(),
                null, null, null, null, p.toString(), p.file(), p.message(), null, null, null);
    }

    static Row count(Registry registry, long read, long rejected, Long matched) {
        return RowFactory.create(COUNT, registry.name(), registry.ordinal(), null, "~" + registry, null, null, null,
                null, null, null, null, read, rejected, matched);
    }

    static Row candidate(Candidate c) {
        return RowFactory.create(CANDIDATE, Registry.MONITORED.name(), Registry.MONITORED.ordinal(), c.line(), null,
                null, null, c.risk().name(), null, c.maskedIdNumber(), c.householdId(), ScreeningJson.writeCandidate(c),
                null, null, null);
    }

    /**
     * @param fields  a row with the columns of {@link #ROW_FIELDS} (a record of {@link #SCHEMA} has them), not null
     * @param key     the ID number key, not null
     * @return the library's row, never null
     */
    static RegistryRow registryRow(Row fields, String key) {
        BigDecimal amount = fields.getAs("amount");
        return new RegistryRow(Registry.valueOf(fields.getAs("registry")), fields.<Long>getAs("line"), key,
                date(fields.getAs("date")), date(fields.getAs("to")), fields.getAs("kind"),
                amount == null ? null : Money.of(amount), fields.getAs("text"), fields.getAs("other"));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /**
     * The records of one registry CSV file, read in one task by the library's reader.
     *
     * @param jsc          the context, not null
     * @param registry     which registry, not null
     * @param path         the file, on any file system Spark reads, not null
     * @param languageTag  the language of problem messages
     * @return ROW and PROBLEM records in line order, then one COUNT, never null
     */
    static JavaRDD<Row> readCsv(JavaSparkContext jsc, Registry registry, String path, String languageTag) {
        return jsc.binaryFiles(path, 1).mapPartitions(files -> new CsvRecords(registry, languageTag, files));
    }

    /** Streams the records of the files of one partition, one record at a time. */
    private static final class CsvRecords extends Refilled<Row> {
        private final Registry registry;
        private final RegistryReader reader;
        private final Iterator<Tuple2<String, PortableDataStream>> files;
        private final Consumer<RegistryProblem> problems;
        private RegistryReader.Records records;
        private long rejected;

        CsvRecords(Registry registry, String languageTag, Iterator<Tuple2<String, PortableDataStream>> files) {
            this.registry = registry;
            this.reader = new RegistryReader(registry, Locale.forLanguageTag(languageTag));
            this.files = files;
            this.problems = p -> {
                rejected++;
                pending.add(problem(registry, p));
            };
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) context -> closeFile());
            }
        }

        @Override
        protected boolean refill() {
            if (records == null) {
                if (!files.hasNext()) {
                    return false;
                }
                PortableDataStream file = files.next()._2();
                rejected = 0;
                // a decoder that reports malformed UTF-8, as the command line's reader does; closed with the records
                records = reader.records(new InputStreamReader(file.open(), StandardCharsets.UTF_8.newDecoder()));
            } else if (!records.next(r -> pending.add(row(r)), problems)) {
                pending.add(count(registry, records.count(), rejected, null));
                closeFile();
            }
            return true;
        }

        private void closeFile() {
            if (records != null) {
                records.close();
                records = null;
            }
        }
    }

    /**
     * The records of a registry kept as a table: every column read as text; the {@code line} column, when the table
     * has one, is each row's line (or record number), otherwise rows are numbered from 1 in the order Spark reads
     * them. The columns must have been checked ({@link RegistryReader#columns}).
     *
     * @param table        the table, not null
     * @param registry     which registry, not null
     * @param languageTag  the language of problem messages
     * @return ROW and PROBLEM records, and one COUNT per partition, never null
     */
    static JavaRDD<Row> readTable(Dataset<Row> table, Registry registry, String languageTag) {
        List<String> names = valueColumns(table);
        boolean numbered = Arrays.asList(table.columns()).contains("line");
        List<Column> columns = new ArrayList<>();
        names.forEach(n -> columns.add(col("`" + n + "`").cast(DataTypes.StringType)));
        if (numbered) {
            columns.add(col("line").cast(DataTypes.LongType));
        }
        Dataset<Row> text = table.select(columns.toArray(Column[]::new));
        int width = names.size();
        JavaRDD<Tuple2<Row, Long>> rows = numbered
                ? text.javaRDD().map(r -> new Tuple2<>(r, r.isNullAt(width) ? 0L : r.getLong(width)))
                : text.javaRDD().zipWithIndex().map(t -> new Tuple2<>(t._1(), t._2() + 1));
        return rows.mapPartitions(new TableRecords(registry, languageTag, names, width));
    }

    /** @return the columns of a registry table that hold its values (all but {@code line}) */
    static List<String> valueColumns(Dataset<Row> table) {
        return Arrays.stream(table.columns()).filter(c -> !c.equals("line")).toList();
    }

    /** Parses the rows of one partition of a table. */
    private record TableRecords(Registry registry, String languageTag, List<String> names, int width)
            implements org.apache.spark.api.java.function.FlatMapFunction<Iterator<Tuple2<Row, Long>>, Row> {

        @Override
        public Iterator<Row> call(Iterator<Tuple2<Row, Long>> rows) {
            RegistryReader reader = new RegistryReader(registry, Locale.forLanguageTag(languageTag));
            RegistryReader.Columns columns = reader.columns(names);
            long[] counts = new long[2]; // read, rejected
            return new Refilled<>() {
                private final Consumer<RegistryProblem> problems = p -> {
                    counts[1]++;
                    pending.add(problem(registry, p));
                };

                @Override
                protected boolean refill() {
                    if (!rows.hasNext()) {
                        pending.add(count(registry, counts[0], counts[1], null));
                        return false;
                    }
                    Tuple2<Row, Long> t = rows.next();
                    String[] values = new String[width];
                    for (int i = 0; i < width; i++) {
                        values[i] = t._1().isNullAt(i) ? "" : t._1().getString(i);
                    }
                    counts[0]++;
                    RegistryRow row = reader.parse(columns, t._2(), values, problems);
                    if (row != null) {
                        pending.add(row(row));
                    }
                    return true;
                }
            };
        }
    }

    /**
     * Matches the records of one partition of (records ⟕ the caseload's ID numbers): keeps the rows of listed members
     * (not of the monitored registry), turns the monitored rows of people no case covers into candidates (the
     * library decides who is one), passes problems on, and sums the counts per registry into one COUNT each, with
     * the rows matched.
     *
     * @param joined  records of {@link #SCHEMA} followed by {@code listed} and {@code covered} (null when the ID number
     *                is not the caseload's)
     * @return the kept records, never null
     */
    static Iterator<Row> match(Iterator<Row> joined) {
        int listedColumn = SCHEMA.size();
        int coveredColumn = listedColumn + 1;
        EnumMap<Registry, long[]> counts = new EnumMap<>(Registry.class);   // read, rejected, matched
        return new Refilled<>() {
            @Override
            protected boolean refill() {
                if (!joined.hasNext()) {
                    counts.forEach((registry, c) -> pending.add(count(registry, c[0], c[1], c[2])));
                    return false;
                }
                Row r = joined.next();
                Registry registry = Registry.valueOf(r.getString(REGISTRY));
                long[] c = counts.computeIfAbsent(registry, k -> new long[3]);
                switch (r.getString(TYPE)) {
                    case COUNT -> {
                        c[0] += r.getLong(READ);
                        c[1] += r.getLong(REJECTED);
                    }
                    case PROBLEM -> pending.add(record(r));
                    default -> {
                        boolean listed = !r.isNullAt(listedColumn) && r.getBoolean(listedColumn);
                        boolean covered = !r.isNullAt(coveredColumn) && r.getBoolean(coveredColumn);
                        if (registry == Registry.MONITORED) {
                            if (covered) {
                                c[2]++;
                            } else {
                                CaseloadScreener.missedCoverage(registryRow(r, r.getString(KEY)))
                                        .ifPresent(candidate -> pending.add(candidate(candidate)));
                            }
                        } else if (listed) {
                            c[2]++;
                            pending.add(record(r));
                        }
                    }
                }
                return true;
            }
        };
    }

    /** The record's own columns, without the flags of the join. */
    private static Row record(Row joined) {
        Object[] values = new Object[SCHEMA.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = joined.get(i);
        }
        return RowFactory.create(values);
    }
}
