package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.doudi.rules.drools.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast loop as an analyst runs it: the same rules folder evaluated again (here from another path, since one
 * process keeps the rules it built per folder) loads the compiled rules from the cache and decides exactly as the
 * built-in rules; {@code validate} keeps its check too; {@code --no-cache} never writes.
 */
class RuleCacheOptionsTest {

    @TempDir
    Path temp;

    private Path copyOfShippedRules(String name) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        for (Map.Entry<String, String> file : RuleSet.readBuiltInSources().entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void a_second_run_on_the_same_rules_loads_them_from_the_cache_and_decides_alike() throws IOException {
        Path cache = temp.resolve("cache");
        Path request = Cli.requestFile(temp, "04-xiayi-graded-gap.json");
        Cli.Result builtIn = Cli.run("evaluate", request.toString());

        Cli.Result first = Cli.run("evaluate", "--rules", copyOfShippedRules("first").toString(),
                "--cache-dir", cache.toString(), request.toString());
        assertThat(first.exit()).as("%s", first).isZero();
        List<Path> entries = files(cache);
        assertThat(entries).as("one compiled rule set").singleElement()
                .satisfies(f -> assertThat(f.toString()).endsWith(".rules.doudi-cache"));
        Files.setLastModifiedTime(entries.get(0), FileTime.fromMillis(0));

        Cli.Result second = Cli.run("evaluate", "--rules", copyOfShippedRules("second").toString(),
                "--cache-dir", cache.toString(), request.toString());
        assertThat(second.exit()).as("%s", second).isZero();
        assertThat(Files.getLastModifiedTime(entries.get(0)).toMillis()).as("the entry was read (a hit)")
                .isGreaterThan(0);
        assertThat(files(cache)).as("nothing compiled again").isEqualTo(entries);
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo(builtIn.out());
    }

    @Test
    void validate_gives_the_same_report_from_the_cache_and_no_cache_writes_nothing() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("members.drl"), RuleSet.readBuiltInSources().get("members.drl"),
                StandardCharsets.UTF_8);
        Path cache = temp.resolve("cache");

        Cli.Result uncached = Cli.run("validate", "--lang", "en", "--rules", rules.toString(), "--no-cache", "--cache-dir",
                cache.toString());
        assertThat(files(cache)).as("--no-cache writes nothing").isEmpty();

        Cli.Result first = Cli.run("validate", "--lang", "en", "--rules", rules.toString(), "--cache-dir", cache.toString());
        assertThat(files(cache)).as("the folder's compiled rules, its check, the shipped rules' check")
                .extracting(f -> f.getFileName().toString().replaceFirst("^[0-9a-f]{64}", "KEY"))
                .containsExactlyInAnyOrder("KEY.rules.doudi-cache", "KEY.lint.doudi-cache", "KEY.lint.doudi-cache");
        Cli.Result second = Cli.run("validate", "--lang", "en", "--rules", rules.toString(), "--cache-dir", cache.toString());

        assertThat(first.exit()).as("%s", first).isEqualTo(ExitCodes.FAILURE);  // twelve policy areas missing
        assertThat(first.out()).contains("is missing");
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo(uncached.out());
        assertThat(second.exit()).isEqualTo(first.exit()).isEqualTo(uncached.exit());
    }
}
