package org.doudi.rules.drools.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.screening.CaseInput;

/** The planted test caseload of {@code examples/screening} (one fault of every finding code, and clean cases). */
final class ScreeningFixture {

    static final Path DIR = Path.of("..", "examples", "screening").toAbsolutePath().normalize();
    static final Path CASELOAD = DIR.resolve("caseload.jsonl");
    static final Path REGISTRIES = DIR.resolve("registries");

    private ScreeningFixture() {
    }

    /** @return the caseload as cases with their line numbers (blank lines skipped), read anew at each call */
    static Stream<CaseInput> caseload(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CaseInput> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                cases.add(CaseInput.decoded(i + 1, DoudiJson.decodeRequest(lines.get(i))));
            }
        }
        return cases.stream();
    }
}
