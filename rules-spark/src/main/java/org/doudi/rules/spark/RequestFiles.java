package org.doudi.rules.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.doudi.rules.api.validation.Bounds;

/**
 * Reads JSON-lines request files into rows of {@code (file, line, request)} with the exact physical line number of each
 * line in its file, as {@code doudi evaluate --batch} counts them: lines end at {@code \n}, {@code \r\n} or {@code \r},
 * blank lines are skipped but counted, a leading byte order mark is dropped.
 *
 * <p>The files are read where they lie (any Hadoop file system: local, HDFS, object stores), split as Hadoop splits
 * them, in parallel. Line numbers cost one extra, cheap pass: each split first counts its lines, the driver adds the
 * counts up per file (one small number per split, never the data), then each split numbers its own lines. Splits come
 * in file-name order and, within a file, in file order, so a single file's rows come in input order.
 */
final class RequestFiles {

    /** The columns of the rows read: the file, the physical line number in it, and the line's text. */
    static final StructType SCHEMA = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("request", DataTypes.StringType, false);

    private RequestFiles() {
    }

    /**
     * The rows read and the files they came from.
     *
     * @param rows   {@code (file, line, request)} for every non-blank line, never null
     * @param files  the files read, in name order, never null
     */
    record Requests(Dataset<Row> rows, List<String> files) {
    }

    /**
     * Reads a file, a folder of files (not recursive; names starting with {@code _} or {@code .} are skipped, as Spark
     * and Hadoop skip them) or a glob.
     *
     * @param spark       the session, not null
     * @param path        the path or glob, not null
     * @param partitions  about how many partitions to split the input into, or 0 to split as the file system does
     * @return the rows and the files, never null
     * @throws IllegalArgumentException if nothing matches the path
     * @throws UncheckedIOException if the files cannot be listed
     */
    static Requests read(SparkSession spark, String path, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        List<FileStatus> files = list(conf, path);
        if (partitions > 0) {
            long total = files.stream().mapToLong(FileStatus::getLen).sum();
            conf.setLong(FileInputFormat.SPLIT_MAXSIZE, Math.max(1, (total + partitions - 1) / partitions));
        }
        Job job;
        try {
            job = Job.getInstance(conf);
            FileInputFormat.setInputPaths(job, files.stream().map(FileStatus::getPath).toArray(Path[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(
                job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);

        Map<String, Long> firstLines = SplitLines.firstLineNumbers(lines.mapPartitionsWithInputSplit(
                (split, records) -> {
                    long count = 0;
                    for (; records.hasNext(); records.next()) {
                        count++;
                    }
                    FileSplit f = (FileSplit) split;
                    return Collections.singletonList(new SplitLines(f.getPath().toString(), f.getStart(), count))
                            .iterator();
                }, true).collect());

        JavaRDD<Row> rows = lines.mapPartitionsWithInputSplit(
                (split, records) -> numbered(split, records, firstLines), true);
        return new Requests(spark.createDataFrame(rows, SCHEMA),
                files.stream().map(f -> f.getPath().toString()).toList());
    }

    /** The matching files in name order: a file, a folder's visible files, or a glob's. */
    private static List<FileStatus> list(Configuration conf, String path) {
        Path p = new Path(path);
        List<FileStatus> files = new ArrayList<>();
        try {
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            for (FileStatus m : matches == null ? new FileStatus[0] : matches) {
                for (FileStatus f : m.isDirectory() ? fs.listStatus(m.getPath()) : new FileStatus[] {m}) {
                    String name = f.getPath().getName();
                    if (f.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                        files.add(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no request file at " + path);
        }
        files.sort(Comparator.comparing(f -> f.getPath().toString()));
        return files;
    }

    /** The non-blank lines of one split as rows, numbered from the split's first line number. */
    private static Iterator<Row> numbered(InputSplit split, Iterator<scala.Tuple2<LongWritable, Text>> records,
                                          Map<String, Long> firstLines) {
        FileSplit f = (FileSplit) split;
        String file = f.getPath().toString();
        Long first = firstLines.get(SplitLines.key(file, f.getStart()));
        if (first == null) {
            throw new IllegalStateException("a split that was not counted: " + file + "@" + f.getStart());
        }
        return new Iterator<>() {
            private long lineNumber = first - 1;
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && records.hasNext()) {
                    String text = records.next()._2().toString();
                    lineNumber++;
                    if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                        text = text.substring(1);
                    }
                    if (!Bounds.isBlankLine(text)) {
                        next = RowFactory.create(file, lineNumber, text);
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }
        };
    }
}
