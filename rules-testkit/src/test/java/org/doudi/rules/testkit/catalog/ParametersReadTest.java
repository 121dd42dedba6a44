package org.doudi.rules.testkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.doudi.rules.profile.ParameterCatalog;
import org.doudi.rules.profile.ParameterSpec;
import org.junit.jupiter.api.Test;

/**
 * No parameter of a feature that does not exist: every parameter of the catalog is read by a rule (a DRL file of any
 * module) or by the Java code of a module (a command, the sampler, the screener, the notices), through its
 * {@code Parameters} getter. The getters themselves ({@code Parameters}, {@code ProfileParameters}), the frozen
 * reference calculator of the tests (rules-testkit) and comments and string literals do not count.
 */
class ParametersReadTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern COMMENTS_AND_STRINGS =
            Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"", Pattern.DOTALL);

    @Test
    void every_parameter_is_read_by_a_rule_or_a_command() throws IOException {
        List<String> sources = readers();
        assertThat(sources).as("rule and Java sources found from %s", ROOT.toAbsolutePath()).hasSizeGreaterThan(50);
        String all = String.join("\n", sources);
        assertThat(all).contains("singleRuleset", "samplingRatio");
        for (ParameterSpec s : ParameterCatalog.all()) {
            Pattern read = Pattern.compile("\\." + s.getterName() + "\\s*\\(|\\b" + s.getterName() + "\\b");
            assertThat(read.matcher(all).find()).as("%s (getter %s) is read by no rule and no Java code outside the"
                    + " profile module: a parameter of a feature that does not exist", s.key(), s.getterName())
                    .isTrue();
        }
    }

    /** The DRL and main Java sources that may read parameters, without comments and string literals. */
    private static List<String> readers() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String s = ROOT.relativize(p).toString().replace('\\', '/');
                        return s.matches("[^/]+/src/main/(java|resources)/.*\\.(java|drl)")
                                && !s.startsWith("rules-testkit/")
                                && !s.endsWith("/org/doudi/rules/profile/Parameters.java")
                                && !s.endsWith("/org/doudi/rules/profile/ProfileParameters.java");
                    })
                    .map(ParametersReadTest::code)
                    .toList();
        }
    }

    private static String code(Path p) {
        try {
            return COMMENTS_AND_STRINGS.matcher(Files.readString(p, StandardCharsets.UTF_8)).replaceAll(" ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
