package org.doudi.rules.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.doudi.rules.api.json.DoudiJson;

/**
 * Writes generated requests for the Spark benchmark ({@code scripts/spark-benchmark.sh}): the ten decided worked
 * examples in turn, each with its own case id and every member's incomes scaled by a factor between 0.50 and 1.50
 * (seeded), so that outcomes, amounts and reasons vary; one line in a thousand is malformed JSON (a bad row).
 *
 * <p>{@code GenerateRequestsBench COUNT FILE [SEED]}. Not a test.
 */
public final class GenerateRequestsBench {

    private GenerateRequestsBench() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 7L);
        ObjectMapper mapper = DoudiJson.mapper();
        List<JsonNode> templates = Fixtures.workedExamples().subList(0, 10).stream().map(line -> {
            try {
                return mapper.readTree(line);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                if (i % 1000 == 999) {
                    out.write("{\"caseId\": \"GEN-" + i + "\", \"kind\": \n");
                    continue;
                }
                ObjectNode request = templates.get(i % templates.size()).deepCopy();
                request.put("caseId", String.format("GEN-%07d", i));
                BigDecimal factor = BigDecimal.valueOf(50 + random.nextInt(101), 2);
                for (JsonNode member : request.withArray("members")) {
                    for (JsonNode income : member.path("incomes")) {
                        BigDecimal monthly = new BigDecimal(income.get("monthly").asText());
                        ((ObjectNode) income).put("monthly",
                                monthly.multiply(factor).setScale(2, RoundingMode.HALF_UP).toPlainString());
                    }
                }
                out.write(mapper.writeValueAsString(request));
                out.write('\n');
            }
        }
    }
}
