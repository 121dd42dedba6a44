package org.doudi.rules.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.screening.CaseInput;
import org.doudi.rules.api.screening.Candidate;
import org.doudi.rules.api.screening.RegistryProblem;
import org.doudi.rules.api.screening.ScreeningJson;
import org.doudi.rules.api.screening.ScreeningListener;
import org.doudi.rules.api.screening.ScreeningResult;
import org.doudi.rules.api.screening.ScreeningSummary;
import org.doudi.rules.api.validation.Bounds;
import org.doudi.rules.drools.screening.CaseloadScreener;
import org.doudi.rules.drools.screening.Registries;
import org.doudi.rules.drools.screening.RegistryFileException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doudi screen FILE.jsonl [--registries DIR] [--candidates FILE] [--summary FILE] [--out FILE] [--lang en]}:
 * caseload screening (排查). One compact line per non-blank input line, in input order, on standard output (or
 * {@code --out}): the case's findings, or its errors or configuration error. Registry rows that cannot be read are
 * reported on standard error as {@code FILE:LINE: problem}; missed-coverage candidates go to {@code --candidates}
 * (one JSON line each); the summary to {@code --summary}, else standard error. While it runs, a progress line (cases
 * done, cases per second) is kept on standard error when that is a terminal. Exit 0 when the whole caseload was read;
 * 1 for a usage error (e.g. a registry folder holding a file of no known registry) or an unreadable or unwritable
 * file; 3 when the rules or profiles do not build.
 *
 * <p>The caseload is read twice (first its ID numbers, then the cases), so it must be a file, not standard input.
 */
@Command(name = "screen",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {"Screen a caseload of enrolled cases (JSON Lines, REVIEW requests with their enrollment):",
                "re-evaluate each case, with other departments' registries applied, and compare it with what is paid.",
                "Exit codes: 0 caseload read; 1 usage or file error; 3 rules or profiles that do not build."})
public final class ScreenCommand extends DoudiSubcommand {

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "The caseload: one enrolled case per line.")
    Path file;

    @Option(names = "--registries", paramLabel = "DIR",
            description = "A folder of registry files in CSV, each optional and named after its registry with the "
                    + "extension csv: deaths, detentions, vehicles, properties, businesses, public-payroll, tekun, "
                    + "dibao-elsewhere, monitored. Any other file in the folder is a usage error.")
    Path registriesDir;

    @Option(names = "--candidates", paramLabel = "FILE",
            description = "Write the missed-coverage candidates (monitored.csv) to this file, one JSON line each.")
    Path candidatesFile;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Write the summary (JSON) to this file instead of standard error.")
    Path summaryFile;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the findings to this file instead of standard output.")
    Path outFile;

    @Mixin
    LangOption lang = new LangOption();

    @Override
    protected int run() {
        if (STDIN.equals(file.toString())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "screen reads the caseload twice: give a file, not standard input");
        }
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new CliFailure("cannot read " + file + ": no such file");
        }
        Registries registries;
        try {
            registries = registriesDir == null ? Registries.none() : Registries.fromDirectory(registriesDir);
        } catch (RegistryFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), Scrubber.scrub(e.getMessage()));
        }
        CaseloadScreener screener = CaseloadScreener.of(service());
        Writer out = open(outFile);
        Writer candidates = candidatesFile == null ? null : open(candidatesFile);
        Progress progress = new Progress(err(), lang.lang());
        ScreeningSummary summary;
        try {
            summary = screener.screen(this::caseload, registries, lang.lang().locale(), BatchOptions.allCores(),
                    new ScreeningListener() {
                        @Override
                        public void screened(ScreeningResult result) {
                            write(out, outFile, ScreeningJson.writeResult(result));
                            progress.step();
                        }

                        @Override
                        public void registryProblem(RegistryProblem problem) {
                            printLine(err(), Scrubber.scrub(problem.toString()));
                        }

                        @Override
                        public void candidate(Candidate candidate) {
                            if (candidates != null) {
                                write(candidates, candidatesFile, ScreeningJson.writeCandidate(candidate));
                            }
                        }
                    });
        } catch (RegistryFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), Scrubber.scrub(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new CliFailure("cannot read " + file + ": " + reason(e.getCause()), e);
        } finally {
            progress.done();
            close(out, outFile);
            close(candidates, candidatesFile);
        }
        String json = ScreeningJson.writeSummary(summary, true);
        if (summaryFile == null) {
            printLine(err(), json);
        } else {
            Writer w = open(summaryFile);
            write(w, summaryFile, json);
            close(w, summaryFile);
        }
        return ExitCodes.OK;
    }

    /** The caseload as cases, read anew at each call, lazily, line by line (blank lines skipped). */
    private Stream<CaseInput> caseload() {
        BufferedReader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure("cannot read " + file + ": " + reason(e), e);
        }
        Iterator<CaseInput> cases = new Iterator<>() {
            long lineNumber;
            CaseInput next = advance();

            private CaseInput advance() {
                String line;
                while ((line = readLine(reader, file.toString())) != null) {
                    lineNumber++;
                    if (lineNumber == 1) {
                        line = withoutBom(line);
                    }
                    if (!Bounds.isBlankLine(line)) {
                        DecodedRequest decoded = DoudiJson.decodeRequest(line);
                        if (decoded.request().caseId() == null && !decoded.isValid()) {
                            String caseId = RequestEvaluator.caseIdOf(line, decoded);
                            decoded = new DecodedRequest(decoded.request().toBuilder().caseId(caseId).build(),
                                    decoded.problems());
                        }
                        return CaseInput.decoded(lineNumber, decoded);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public CaseInput next() {
                CaseInput current = next;
                next = advance();
                return current;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cases, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** A writer on a file, or on standard output for null. */
    private Writer open(Path target) {
        if (target == null) {
            return null;
        }
        try {
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new CliFailure("cannot write " + target + ": " + reason(e), e);
        }
    }

    private void write(Writer writer, Path target, String line) {
        if (writer == null) {
            printLine(out(), line);
            return;
        }
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new CliFailure("cannot write " + target + ": " + reason(e), e);
        }
    }

    private void close(Writer writer, Path target) {
        if (writer == null) {
            out().flush();
            return;
        }
        try {
            writer.close();
        } catch (IOException e) {
            throw new CliFailure("cannot write " + target + ": " + reason(e), e);
        }
    }
}
