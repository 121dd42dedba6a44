package org.doudi.rules.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.batch.OrderedBatch;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.cli.RequestEvaluator.BatchAnswer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doudi evaluate FILE|-}: one request in, the decision out as pretty UTF-8 JSON with a final newline (exit 0);
 * an invalid request prints {@code {"errors": [...]}} (exit 2), a configuration error
 * {@code {"configurationError": {...}}} (exit 3).
 *
 * <p>{@code doudi evaluate --batch FILE.jsonl [--out FILE] [--threads N] [--fail-on-invalid]}: one request per line,
 * one compact output line per non-blank input line, in the same order: the decision,
 * {@code {"line": N, "caseId": ..., "errors": [...]}} or {@code {"line": N, "caseId": ..., "configurationError": {...}}}
 * with N the physical line number from 1. The lines are decoded, validated, decided and encoded on N worker threads
 * (the batch API, {@link OrderedBatch}); this thread only reads input lines and writes output lines, and the output
 * is the same, byte for byte, whatever N. Standard error gets a progress line while the batch runs (on a terminal
 * only), then a summary, and a hint when no line was decided and the input looks like pretty-printed JSON. Exit 0 when
 * the whole file was read; with {@code --fail-on-invalid}, 2 if a line was invalid and 3 if a line met a
 * configuration error.
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {"Decide one request (JSON), or a batch of requests (JSON Lines) with --batch.",
                "Exit codes: 0 decided (batch: file read); 1 usage or file error; 2 invalid request; "
                        + "3 configuration error.",
                "With --batch, a summary goes to standard error (and a progress line, on a terminal); exit 2 or 3 "
                        + "for a batch only with --fail-on-invalid."})
public final class EvaluateCommand extends DoudiSubcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The request file, '-' for standard input.")
    String file;

    @Option(names = "--batch", description = "Read one request per line (JSON Lines) and write one line per request.")
    boolean batch;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output to this file instead of standard output.")
    Path outFile;

    @Option(names = "--threads", paramLabel = "N",
            description = "With --batch: decide on N threads (default: one per processor). With 1, each line is answered "
                    + "as soon as it is read.")
    Integer threads;

    @Option(names = "--fail-on-invalid",
            description = "With --batch: exit 2 if any line was an invalid request, 3 if any line met a configuration "
                    + "error (3 when both).")
    boolean failOnInvalid;

    @Mixin
    LangOption lang = new LangOption();

    /** The output buffer of a batch written to standard output. */
    private static final int OUTPUT_BUFFER = 1 << 16;

    @Override
    protected int run() throws IOException {
        return batch ? runBatch() : runOne();
    }

    private int runOne() throws IOException {
        String json = readText(file);
        RequestEvaluator evaluator = new RequestEvaluator(service());
        EvaluationResult result = evaluator.evaluate(json, lang.lang().locale());
        String text;
        int code;
        if (result instanceof EvaluationResult.Decided d) {
            text = DoudiJson.writeDecision(d.decision(), true);
            code = ExitCodes.OK;
        } else if (result instanceof EvaluationResult.Rejected r) {
            text = DoudiJson.writeErrors(r.problems(), true);
            code = ExitCodes.INVALID_REQUEST;
        } else {
            text = DoudiJson.writeConfigurationError(((EvaluationResult.Misconfigured) result).error(), true);
            code = ExitCodes.CONFIGURATION_ERROR;
        }
        if (outFile == null) {
            printLine(out(), text);
        } else {
            try (Writer w = openOut()) {
                w.write(text);
                w.write('\n');
            } catch (IOException e) {
                throw new CliFailure("cannot write " + outFile + ": " + reason(e), e);
            }
        }
        return code;
    }

    private int runBatch() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), lang.lang().pick(
                    "--threads 至少为 1，不能是 " + workers, "--threads must be at least 1, not " + workers));
        }
        RequestEvaluator evaluator = new RequestEvaluator(service());
        Locale locale = lang.lang().locale();
        BatchReport report = new BatchReport("doudi evaluate", err(), root().isTerminal(), System::nanoTime,
                lang.lang());
        int linesRead;
        // standard output is buffered here and flushed, never closed; a --out file is closed at the end
        Writer writer = outFile == null
                ? new BufferedWriter(new OutputStreamWriter(out(), StandardCharsets.UTF_8), OUTPUT_BUFFER)
                : openOut();
        try (NumberedLines lines = lines(file);
             Stream<BatchAnswer> answers = OrderedBatch.stream(observe(lines, report),
                     line -> evaluator.answerLine(line.number(), line.text(), locale), BatchOptions.threads(workers))) {
            Iterator<BatchAnswer> it = answers.iterator();
            while (it.hasNext()) {
                BatchAnswer answer = it.next();
                write(writer, answer.json());
                // one thread answers each line as it is read: flush it, so the command works line by line in a pipe
                if (report.answered(answer.kind()) || workers == 1) {
                    flush(writer);
                }
            }
            linesRead = lines.linesRead();
        } finally {
            flush(writer);
            if (outFile != null) {
                try {
                    writer.close();
                } catch (IOException e) {
                    throw new CliFailure("cannot write " + outFile + ": " + reason(e), e);
                }
            }
        }
        report.finish(linesRead);
        if (failOnInvalid && report.misconfigured() > 0) {
            return ExitCodes.CONFIGURATION_ERROR;
        }
        return failOnInvalid && report.invalid() > 0 ? ExitCodes.INVALID_REQUEST : ExitCodes.OK;
    }

    /** The lines as the batch reads them, each shown to the report first (on the consumer's thread). */
    private static Iterator<NumberedLine> observe(NumberedLines lines, BatchReport report) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public NumberedLine next() {
                NumberedLine line = lines.next();
                report.read(line.text());
                return line;
            }
        };
    }

    private void flush(Writer writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new CliFailure("cannot write " + (outFile == null ? "standard output" : outFile.toString()) + ": " + reason(e), e);
        }
    }

    private Writer openOut() {
        try {
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(outFile), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new CliFailure("cannot write " + outFile + ": " + reason(e), e);
        }
    }

    private void write(Writer writer, String text) {
        try {
            writer.write(text);
            writer.write('\n');
        } catch (IOException e) {
            throw new CliFailure("cannot write " + outFile + ": " + reason(e), e);
        }
    }
}
