package org.doudi.rules.testkit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.doudi.rules.api.request.EvaluationRequest;

/**
 * Writes the benchmark households as JSON lines to standard output, cycled with case ids of their own
 * ({@link BenchHouseholds#stream}), made as they are written: the input of a streamed
 * {@code doudi evaluate --batch -} of any length without a file. Run by hand:
 * {@code scripts/benchmark.sh batch [LINES]}.
 *
 * <p>Argument: the number of lines (default 100,000).
 */
public final class HouseholdLines {

    private HouseholdLines() {
    }

    /**
     * @param args  the number of lines (optional)
     */
    public static void main(String[] args) {
        long total = args.length > 0 ? Long.parseLong(args[0]) : 100_000L;
        List<EvaluationRequest> households = BenchHouseholds.requests(BenchHouseholds.DEFAULT_COUNT);
        Iterator<EvaluationRequest> requests = BenchHouseholds.stream(households, total);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            while (requests.hasNext()) {
                out.write(BenchHouseholds.toJson(requests.next()));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
