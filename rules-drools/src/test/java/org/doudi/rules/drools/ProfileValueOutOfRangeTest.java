package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.request.Masking;
import org.doudi.rules.profile.ProfileRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, defect 2: a profile value like {@code 1e999999999} made {@code reload()} and {@code fromDirectories}
 * throw {@code ArithmeticException} (documented never to throw / to throw only a configuration error). It is a
 * normal profile problem with file and line.
 */
class ProfileValueOutOfRangeTest {

    private static Path overlay(Path dir, String value) throws IOException {
        Path file = dir.resolve("gs-huining.yaml");
        Files.writeString(file, String.join("\n",
                "id: gs-huining",
                "parameters:",
                "  standard:",
                "    RURAL:",
                "      - {from: 2019-01-01, value: " + value + ", source: \"分析员试算\"}",
                ""), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aHugeExponentIsAProfileProblemWithFileAndLine(@TempDir Path dir) throws IOException {
        Path file = overlay(dir, "1e999999999");
        String where = Masking.scrub(file.toString());

        assertThatThrownBy(() -> DroolsEligibilityService.fromDirectories(null, dir))
                .isInstanceOfSatisfying(PolicyConfigurationException.class, e -> {
                    assertThat(e.file()).isEqualTo(where);
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.getMessage()).contains("standard", "out of range");
                });
        assertThat(ProfileRepository.checkWithOverlay(dir)).singleElement()
                .satisfies(p -> assertThat(p.file() + ":" + p.line()).isEqualTo(where + ":5"));

        DroolsEligibilityService service = DroolsEligibilityService.builtIn();
        DroolsEligibilityService.ReloadResult result = service.reload(null, dir);
        assertThat(result.reloaded()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(where);
            assertThat(p.line()).isEqualTo(5);
        });
    }

    @Test
    void tinyAndLongNumbersToo(@TempDir Path dir) throws IOException {
        for (String value : new String[] {"1e-999999999", "1" + "0".repeat(40), "0." + "1".repeat(30)}) {
            overlay(dir, value);
            assertThat(ProfileRepository.checkWithOverlay(dir)).as(value).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("out of range"));
        }
        overlay(dir, "1.0e3");
        assertThat(ProfileRepository.checkWithOverlay(dir)).isEmpty();
    }
}
