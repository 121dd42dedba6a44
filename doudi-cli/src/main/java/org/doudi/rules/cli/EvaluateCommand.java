package org.doudi.rules.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.json.DoudiJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doudi evaluate FILE|-}: one request in, the decision out as pretty UTF-8 JSON with a final newline (exit 0);
 * an invalid request prints {@code {"errors": [...]}} (exit 2), a configuration error
 * {@code {"configurationError": {...}}} (exit 3).
 *
 * <p>{@code doudi evaluate --batch FILE.jsonl [--out FILE]}: one request per line, read and answered line by line,
 * one compact output line per non-blank input line, in the same order: the decision,
 * {@code {"line": N, "caseId": ..., "errors": [...]}} or {@code {"line": N, "caseId": ..., "configurationError": {...}}}
 * with N the physical line number from 1. Exit 0 when the whole file was read.
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {"Decide one request (JSON), or a batch of requests (JSON Lines) with --batch.",
                "Exit codes: 0 decided (batch: file read); 1 usage or file error; 2 invalid request; "
                        + "3 configuration error."})
public final class EvaluateCommand extends DoudiSubcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The request file, '-' for standard input.")
    String file;

    @Option(names = "--batch", description = "Read one request per line (JSON Lines) and write one line per request.")
    boolean batch;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output to this file instead of standard output.")
    Path outFile;

    @Mixin
    LangOption lang = new LangOption();

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
        try (Writer writer = outFile == null ? null : openOut()) {
            RequestEvaluator evaluator = new RequestEvaluator(service());
            forEachLine(file, (lineNumber, line) -> {
                String output = batchLine(evaluator, lineNumber, line);
                if (writer == null) {
                    printLine(out(), output);
                    out().flush();
                } else {
                    write(writer, output);
                }
            });
            return ExitCodes.OK;
        } catch (IOException e) {
            // only close() gets here: reads and writes report their own failures
            throw new CliFailure("cannot write " + (outFile == null ? "standard output" : outFile) + ": " + reason(e), e);
        }
    }

    private String batchLine(RequestEvaluator evaluator, int lineNumber, String line) {
        EvaluationResult result = evaluator.evaluate(line, lang.lang().locale());
        if (result instanceof EvaluationResult.Decided d) {
            return DoudiJson.writeDecision(d.decision(), false);
        }
        if (result instanceof EvaluationResult.Rejected r) {
            return DoudiJson.writeBatchErrors(lineNumber, r.caseId(), r.problems());
        }
        EvaluationResult.Misconfigured m = (EvaluationResult.Misconfigured) result;
        return DoudiJson.writeBatchConfigurationError(lineNumber, m.caseId(), m.error());
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
