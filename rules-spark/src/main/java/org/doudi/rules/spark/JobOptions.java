package org.doudi.rules.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options every job to submit takes (a picocli {@link Mixin}): where to write, in which format, the analyst's
 * folders, the language and the number of partitions of JSON-lines input.
 */
final class JobOptions {

    /** The output formats. */
    enum Format { jsonl, parquet }

    @Spec(Spec.Target.MIXEE)
    CommandSpec job;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The output folder (must not exist).")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (the lines the command line writes, the default) or parquet (columns).")
    Format format;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of DRL files replacing the built-in rules (on the driver's file system).")
    Path rulesDir;

    @Option(names = "--params", paramLabel = "DIR",
            description = "A folder of profile YAML files overlaid on the built-in profiles (on the driver's file system).")
    Path paramsDir;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "The language of messages: zh (the default) or en.")
    String lang;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Split JSON-lines input into about N partitions (default: as the file system splits it).")
    int partitions;

    /**
     * @return the locale of {@code --lang}
     * @throws picocli.CommandLine.ParameterException for a language other than zh or en
     */
    Locale locale() {
        return JobSupport.locale(lang, job.userObject());
    }

    /**
     * @param stderr  where the problem goes, not null
     * @return true if each of {@code --rules} and {@code --params} given is a folder (else the problem is printed)
     */
    boolean foldersExist(PrintStream stderr) {
        return JobSupport.foldersExist(job.name(), stderr, rulesDir, paramsDir);
    }

    /** @return true for {@code --format parquet} */
    boolean parquet() {
        return format == Format.parquet;
    }
}
