package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.screening.Finding;
import org.doudi.rules.api.screening.RegistryProblem;
import org.doudi.rules.api.screening.ScreeningResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every line the planted caseload and registries of {@code examples/screening} give, word for word, in each
 * language: each finding's member, rule, clause and detail with its figures, each case's monthly amounts paid too
 * much and too little, each registry problem and each candidate. {@link CaseloadScreenerTest} checks which findings
 * each case has; this pins what an office reads. The expected text is in
 * {@code src/test/resources/org/doudi/rules/drools/screening/planted-findings-LANG.txt}; when it differs, the text
 * screened now is written next to the test report, {@code target/planted-findings-LANG.txt}, to compare.
 */
class PlantedFindingsTest {

    static List<String> render(CaseloadScreenerTest.Run run) {
        List<String> lines = new ArrayList<>();
        for (ScreeningResult r : run.results()) {
            if (r instanceof ScreeningResult.Screened s) {
                lines.add(s.line() + " " + s.caseId() + " overpaid " + s.overpaid() + " underpaid " + s.underpaid());
                for (Finding f : s.findings()) {
                    lines.add("  " + f.code() + " " + (f.memberId() == null ? "-" : f.memberId()) + " " + f.ruleId()
                            + " " + f.clause());
                    lines.add("    " + f.detail());
                }
            } else if (r instanceof ScreeningResult.Rejected rej) {
                lines.add(rej.line() + " " + rej.caseId() + " rejected");
                for (Problem p : rej.problems()) {
                    lines.add("    " + p.path() + ": " + p.message());
                }
            } else if (r instanceof ScreeningResult.Misconfigured m) {
                lines.add(m.line() + " " + m.caseId() + " misconfigured " + m.error().parameter());
                lines.add("    " + m.error().getMessage());
            }
        }
        for (RegistryProblem p : run.problems()) {
            lines.add("registry " + p);
        }
        run.candidates().forEach(c -> lines.add("candidate " + c.householdId() + " " + c.risk() + " "
                + c.maskedIdNumber() + " line " + c.line()));
        return lines;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyLineAsAnOfficeReadsIt(String language) throws IOException {
        List<String> actual = render(CaseloadScreenerTest.plantedRun(Locale.forLanguageTag(language),
                BatchOptions.threads(2)));
        String name = "planted-findings-" + language + ".txt";
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream(name)) {
            expected = in == null ? List.of()
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        if (!actual.equals(expected)) {
            Files.write(Path.of("target", name), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
