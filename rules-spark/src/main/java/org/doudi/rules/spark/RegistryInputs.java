package org.doudi.rules.spark;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.doudi.rules.drools.screening.Registry;
import org.doudi.rules.drools.screening.RegistryFileException;
import org.doudi.rules.drools.screening.RegistryReader;

/**
 * The registries (信息比对) given to a screening on Spark, each optional: a CSV file (read as {@code doudi screen}
 * reads it) or a table (a Dataset with the registry's columns, e.g. a Hive table or Parquet files on the platform).
 * Build it on the driver; it is not serialisable (it holds Datasets). Immutable.
 */
public final class RegistryInputs {

    private static final String CSV = ".csv";
    private static final String PARQUET = ".parquet";

    /** One registry's input: a CSV file, or a table. */
    record Input(String csv, Dataset<Row> table) {
    }

    private static final RegistryInputs NONE = new RegistryInputs(new EnumMap<>(Registry.class));

    private final Map<Registry, Input> inputs;

    private RegistryInputs(EnumMap<Registry, Input> inputs) {
        this.inputs = Collections.unmodifiableMap(inputs);
    }

    /** @return no registries: the caseload is screened on its own, never null */
    public static RegistryInputs none() {
        return NONE;
    }

    /**
     * The registries of a folder, on any file system Spark reads: each entry named after its registry, either the
     * CSV file of {@code doudi screen} ({@code deaths.csv}, ...) or Parquet ({@code deaths.parquet}: a file, or a
     * folder of part files). As for {@code doudi screen}, a file of any other name is refused, so that a misspelt
     * name is never silently skipped; names starting with a dot and other sub-folders are ignored.
     *
     * @param spark  the session, not null
     * @param dir    the folder, not null
     * @return the registries found, never null
     * @throws RegistryFileException if the folder cannot be read, holds a file of another name, or gives a registry
     *                               twice (as CSV and as Parquet)
     */
    public static RegistryInputs fromDirectory(SparkSession spark, String dir) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        EnumMap<Registry, Input> inputs = new EnumMap<>(Registry.class);
        List<String> unknown = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        try {
            Path folder = new Path(dir);
            FileSystem fs = folder.getFileSystem(conf);
            if (!fs.getFileStatus(folder).isDirectory()) {
                throw new RegistryFileException("the registry folder " + dir + " is not a folder");
            }
            FileStatus[] entries = fs.listStatus(folder);
            java.util.Arrays.sort(entries, java.util.Comparator.comparing(f -> f.getPath().getName()));
            for (FileStatus f : entries) {
                String name = f.getPath().getName();
                if (name.startsWith(".")) {
                    continue;
                }
                Registry registry = name.endsWith(PARQUET)
                        ? Registry.byFileName(name.substring(0, name.length() - PARQUET.length()) + CSV)
                        : f.isFile() ? Registry.byFileName(name) : null;
                if (registry == null) {
                    if (f.isFile()) {
                        unknown.add(name);
                    }
                    continue;
                }
                Input input = name.endsWith(PARQUET)
                        ? new Input(null, spark.read().parquet(f.getPath().toString()))
                        : new Input(f.getPath().toString(), null);
                if (inputs.put(registry, input) != null) {
                    twice.add(registry.fileName());
                }
            }
        } catch (IOException e) {
            throw new RegistryFileException("cannot read the registry folder " + dir + ": " + e.getMessage());
        }
        if (!unknown.isEmpty()) {
            throw new RegistryFileException("the registry folder " + dir + " holds file(s) of no known registry: "
                    + String.join(", ", unknown) + " (known: " + String.join(", ",
                    Stream.of(Registry.values()).map(Registry::fileName).toList()) + ", or the same names with .parquet "
                    + "instead of .csv)");
        }
        if (!twice.isEmpty()) {
            throw new RegistryFileException("the registry folder " + dir + " gives registries both as CSV and as "
                    + "Parquet: " + String.join(", ", twice));
        }
        return new RegistryInputs(inputs);
    }

    /**
     * @param registry  a registry, not null
     * @param path      its CSV file (UTF-8, a header row, RFC 4180 quoting), on any file system Spark reads; not null
     * @return a copy with that registry read from the file
     */
    public RegistryInputs withCsv(Registry registry, String path) {
        return with(registry, new Input(Objects.requireNonNull(path, "path"), null));
    }

    /**
     * @param registry  a registry, not null
     * @param table     its rows: a column per registry column (read as text; unknown columns ignored) and optionally
     *                  {@code line}, the row's number as problems and findings cite it (without it, rows are numbered
     *                  from 1 in the order Spark reads them); not null
     * @return a copy with that registry read from the table
     */
    public RegistryInputs withTable(Registry registry, Dataset<Row> table) {
        return with(registry, new Input(null, Objects.requireNonNull(table, "table")));
    }

    private RegistryInputs with(Registry registry, Input input) {
        EnumMap<Registry, Input> copy = new EnumMap<>(Registry.class);
        copy.putAll(inputs);
        copy.put(Objects.requireNonNull(registry, "registry"), input);
        return new RegistryInputs(copy);
    }

    /** @return registry → input, in registry order, never null */
    Map<Registry, Input> inputs() {
        return inputs;
    }

    /** @return true when no registry is given */
    public boolean isEmpty() {
        return inputs.isEmpty();
    }

    /**
     * Checks on the driver, before any work starts, that each CSV file can be read and names every required column
     * in its header, and that each table has every required column.
     *
     * @param spark   the session, not null
     * @param locale  the language of messages, not null
     * @throws RegistryFileException naming the registry file if not
     */
    public void check(SparkSession spark, Locale locale) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        for (Map.Entry<Registry, Input> e : inputs.entrySet()) {
            RegistryReader reader = new RegistryReader(e.getKey(), locale);
            Input input = e.getValue();
            if (input.table() != null) {
                reader.columns(RegistryRecords.valueColumns(input.table()));
                continue;
            }
            Path path = new Path(input.csv());
            try (Reader text = new InputStreamReader(path.getFileSystem(conf).open(path),
                    StandardCharsets.UTF_8.newDecoder())) {
                reader.checkHeader(text);
            } catch (IOException ex) {
                throw new RegistryFileException(e.getKey().fileName() + ": cannot read: " + ex.getMessage());
            }
        }
    }
}
