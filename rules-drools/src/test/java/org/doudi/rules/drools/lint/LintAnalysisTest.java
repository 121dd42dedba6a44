package org.doudi.rules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.doudi.rules.drools.RuleCache;
import org.doudi.rules.profile.ConfigProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The convention check kept in the rule cache by the sources' content: written after a check, read instead of
 * checking again, and checked again when the entry cannot be read.
 */
class LintAnalysisTest {

    private static final Map<String, String> SOURCES = Map.of("a.drl", """
            package org.doudi.rules.policy;

            rule "甲"
                @ruleId("T-001")
                @clause("某条")
            when
            then
            end

            rule "乙"
                @ruleId("T-002")
            when
            then
            end
            """);

    private static final LintAnalysis CHECKED = new LintAnalysis(
            List.of(new ConfigProblem("a.drl", 10, "rule \"乙\" has no @clause(\"...\")")),
            List.of(new RuleLint.Declared("a.drl", 5, "T-001", "某条"), new RuleLint.Declared("a.drl", 10, "T-002", null)));

    @Test
    @DisplayName("without a cache: the check itself, and the ids of the rules it read")
    void withoutCache() {
        LintAnalysis analysis = LintAnalysis.of(SOURCES, null);
        assertThat(analysis).isEqualTo(CHECKED);
        assertThat(analysis.ruleIds()).containsExactlyInAnyOrder("T-001", "T-002");
        assertThat(new LintAnalysis(List.of(), List.of(new RuleLint.Declared("a.drl", 1, null, null))).ruleIds())
                .isEmpty();
    }

    @Test
    @DisplayName("a check is written to the cache under the sources' key, and read back the same")
    void writtenThenRead(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.in(dir);
        assertThat(LintAnalysis.of(SOURCES, cache)).isEqualTo(CHECKED);
        byte[] entry = cache.read(RuleCache.key(SOURCES), RuleCache.Kind.LINT);
        assertThat(entry).isNotNull();
        assertThat(new ObjectMapper().readValue(entry, LintAnalysis.class)).isEqualTo(CHECKED);
        assertThat(LintAnalysis.of(SOURCES, cache)).isEqualTo(CHECKED);
    }

    @Test
    @DisplayName("an entry in the cache is used as it is: the sources are not checked again")
    void readNotChecked(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.in(dir);
        LintAnalysis planted = new LintAnalysis(List.of(new ConfigProblem("a.drl", 1, "planted")), List.of());
        cache.write(RuleCache.key(SOURCES), RuleCache.Kind.LINT, new ObjectMapper().writeValueAsBytes(planted));
        assertThat(LintAnalysis.of(SOURCES, cache)).isEqualTo(planted);
    }

    @Test
    @DisplayName("an entry that is not a check is ignored: the sources are checked again")
    void unreadableEntry(@TempDir Path dir) {
        RuleCache cache = RuleCache.in(dir);
        cache.write(RuleCache.key(SOURCES), RuleCache.Kind.LINT, "not json".getBytes(StandardCharsets.UTF_8));
        assertThat(LintAnalysis.of(SOURCES, cache)).isEqualTo(CHECKED);
    }
}
