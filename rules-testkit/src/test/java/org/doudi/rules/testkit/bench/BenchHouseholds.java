package org.doudi.rules.testkit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.testkit.arbitraries.Requests;

/**
 * The households every benchmark decides: requests of every kind over every shipped profile that has a standard,
 * drawn by the testkit's arbitraries ({@code Requests.any()} with single-person and phase-out candidates) from a fixed
 * seed, so every run and every machine decides the same households. Drawing takes about a millisecond a request, so
 * the households are kept as JSON lines under {@code target/bench-households/} and read back on later runs.
 */
public final class BenchHouseholds {

    /** The seed of every benchmark's households. */
    public static final long SEED = 20_261_206L;

    /** How many distinct households the benchmarks cycle through. */
    public static final int DEFAULT_COUNT = 20_000;

    private static final ObjectMapper WRITER = requestWriter();

    private BenchHouseholds() {
    }

    /**
     * The households as JSON lines, drawn now or read from the file of an earlier run.
     *
     * @param count  how many
     * @return the JSON text of each request, in drawing order
     */
    public static List<String> jsonLines(int count) {
        Path file = file(count);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path partial = Files.createTempFile(file.getParent(), "households", ".part");
                try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    for (EvaluationRequest r : draw(count)) {
                        w.write(toJson(r));
                        w.write('\n');
                    }
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param count  how many
     * @return the households as decoded requests, in drawing order
     */
    public static List<EvaluationRequest> requests(int count) {
        List<EvaluationRequest> requests = new ArrayList<>(count);
        for (String line : jsonLines(count)) {
            requests.add(DoudiJson.readRequest(line));
        }
        return requests;
    }

    /** @return the file of {@code count} households for the seed, under the working folder's target/ */
    static Path file(int count) {
        Path target = Files.isDirectory(Path.of("rules-testkit", "target")) ? Path.of("rules-testkit", "target")
                : Path.of("target");
        return target.resolve("bench-households").resolve("households-" + SEED + "-" + count + ".jsonl");
    }

    /**
     * Draws requests from the testkit's arbitraries with {@link #SEED}; each is checked to read back from its JSON
     * exactly (so the JSON benchmarks decide the same households as the in-process ones).
     */
    private static List<EvaluationRequest> draw(int count) {
        JqwikSession.start();
        try {
            RandomGenerator<EvaluationRequest> generator = Requests.any().withSinglePersonCandidates()
                    .withPhaseOutCandidates().generator(1_000);
            Random random = new Random(SEED);
            List<EvaluationRequest> requests = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                EvaluationRequest r = generator.next(random).value().toBuilder()
                        .caseId(String.format("BENCH-%06d", i)).build();
                DecodedRequest back = DoudiJson.decodeRequest(toJson(r));
                if (!back.problems().isEmpty() || !back.request().equals(r)) {
                    throw new IllegalStateException("request " + r.caseId() + " does not read back from its JSON: "
                            + back.problems());
                }
                requests.add(r);
            }
            return requests;
        } finally {
            JqwikSession.finish();
        }
    }

    /**
     * Requests without end for streamed batches: the households cycled, each with a case id of its own
     * ({@code STREAM-n}), made when asked for, so memory does not grow with the length of the stream.
     *
     * @param households  the households to cycle through, not empty
     * @param total       how many requests in all
     * @return the requests, in order
     */
    public static Iterator<EvaluationRequest> stream(List<EvaluationRequest> households, long total) {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < total;
            }

            @Override
            public EvaluationRequest next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                EvaluationRequest r = households.get((int) (next % households.size()));
                return r.toBuilder().caseId("STREAM-" + next++).build();
            }
        };
    }

    /**
     * @param request  a request, not null
     * @return its JSON text, compact, as CONTRACT's request format
     */
    public static String toJson(EvaluationRequest request) {
        try {
            return WRITER.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the request records field by field, money, dates and months as strings, without null fields. */
    private static ObjectMapper requestWriter() {
        SimpleModule asText = new SimpleModule();
        asText.addSerializer(Money.class, ToStringSerializer.instance);
        asText.addSerializer(LocalDate.class, ToStringSerializer.instance);
        asText.addSerializer(YearMonth.class, ToStringSerializer.instance);
        ObjectMapper mapper = new ObjectMapper().registerModule(asText);
        mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return mapper;
    }
}
