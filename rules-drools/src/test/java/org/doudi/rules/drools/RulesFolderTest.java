package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, defect 4: in a {@code --rules} folder, two files with the same name in different subfolders overwrote
 * each other silently, and a broken one was never reported. Files are keyed by their path in the folder.
 */
class RulesFolderTest {

    /** A one-rule DRL file: id, a clause, the condition, no action (also for {@code RuleCacheTest}). */
    static String rule(String id, String condition) {
        return """
                package org.doudi.rules.policy;

                import org.doudi.rules.drools.facts.*;

                rule "%s"
                    @ruleId("%s")
                    @clause("试验")
                when
                    %s
                then
                end
                """.formatted(id, id, condition);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void sameNamesInDifferentSubfoldersAreDifferentFiles(@TempDir Path dir) throws IOException {
        write(dir.resolve("county/area.drl"), rule("XX-COUNTY-001", "Household()"));
        write(dir.resolve("province/area.drl"), rule("XX-PROVINCE-001", "Household()"));

        assertThat(RuleSet.readDirectory(dir)).containsOnlyKeys("county/area.drl", "province/area.drl");
        RuleSet.Compilation compiled = RuleSet.compileDirectory(dir);
        assertThat(compiled.problems()).isEmpty();
        assertThat(compiled.rules().ruleIds()).contains("XX-COUNTY-001", "XX-PROVINCE-001");
    }

    @Test
    void aBrokenFileIsReportedByItsOwnPathWhateverItsName(@TempDir Path dir) throws IOException {
        write(dir.resolve("county/area.drl"), rule("XX-COUNTY-001", "Household()"));
        write(dir.resolve("province/area.drl"), rule("XX-PROVINCE-001", "Household( no such field ==== )"));

        RuleSet.Compilation compiled = RuleSet.compileDirectory(dir);
        assertThat(compiled.succeeded()).isFalse();
        assertThat(compiled.problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("province/area.drl"))
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(9));
    }
}
