package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entries of the rule cache one by one, without compiling anything but one rule: what the key tells apart, an
 * empty payload, a hit marking the entry as used, temporary files cleaned up, a stored entry trusted as it is, the
 * class loader of a cached module.
 */
class RuleCacheEntriesTest {

    private static final String RULE = RulesFolderTest.rule("XX-A-001", "Household()");

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    @DisplayName("a cache keeps at least one entry; it is in the folder it was given")
    void bound(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleCache.in(dir, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxEntries must be at least 1: 0");
        assertThat(RuleCache.in(dir, 1).directory()).isEqualTo(dir);
        assertThat(RuleCache.in(dir).directory()).isEqualTo(dir);
    }

    @Test
    @DisplayName("the key tells file names from contents and one file from two")
    void keysKeepFilesApart() {
        // the same bytes in a row, cut differently between name, length and content
        assertThat(RuleCache.key(Map.of("a.drl", "1x"))).isNotEqualTo(RuleCache.key(Map.of("a.drl2", "x")));
        assertThat(RuleCache.key(new java.util.LinkedHashMap<>(Map.of("a.drl", "x"))) )
                .isEqualTo(RuleCache.key(Map.of("a.drl", "x")));
        java.util.Map<String, String> two = new java.util.LinkedHashMap<>();
        two.put("a.drl", "x");
        two.put("b.drl", "y");
        assertThat(RuleCache.key(two)).isNotEqualTo(RuleCache.key(Map.of("a.drl", "xb.drl\0y")))
                .isNotEqualTo(RuleCache.key(Map.of("a.drl", "xb.drl\u00001\0y")))
                .matches("[0-9a-f]{64}");
    }

    @Test
    @DisplayName("an entry with an empty payload is read back empty, not as absent")
    void emptyPayload(@TempDir Path dir) {
        RuleCache cache = RuleCache.in(dir);
        cache.write("k", RuleCache.Kind.LINT, new byte[0]);
        assertThat(cache.read("k", RuleCache.Kind.LINT)).isEmpty();
        assertThat(cache.read("k", RuleCache.Kind.RULES)).as("another kind").isNull();
        assertThat(cache.read("other", RuleCache.Kind.LINT)).as("another key").isNull();
    }

    @Test
    @DisplayName("reading an entry marks it as used, so that trimming keeps it")
    void aHitMarksTheEntryAsUsed(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.in(dir, 2);
        cache.write("old", RuleCache.Kind.LINT, "{}".getBytes(StandardCharsets.UTF_8));
        Path old = dir.resolve("old.lint.doudi-cache");
        FileTime longAgo = FileTime.from(Instant.now().minus(Duration.ofDays(30)));
        Files.setLastModifiedTime(old, longAgo);
        cache.write("newer", RuleCache.Kind.LINT, "{}".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(dir.resolve("newer.lint.doudi-cache"),
                FileTime.from(Instant.now().minus(Duration.ofDays(1))));

        assertThat(cache.read("old", RuleCache.Kind.LINT)).isNotNull();
        assertThat(Files.getLastModifiedTime(old)).isGreaterThan(longAgo);
        cache.write("newest", RuleCache.Kind.LINT, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(files(dir)).extracting(f -> f.getFileName().toString())
                .containsExactly("newest.lint.doudi-cache", "old.lint.doudi-cache");
    }

    @Test
    @DisplayName("temporary files: an hour-old one left by a killed process is deleted, a failed write leaves none")
    void temporaryFiles(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.in(dir);
        Path stale = Files.writeString(dir.resolve("k.1.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.writeString(dir.resolve("k.2.tmp"), "being written by another process");
        // the entry's place is taken by a folder that is not empty: the move fails
        Path blocked = Files.createDirectories(dir.resolve("blocked.lint.doudi-cache"));
        Files.writeString(blocked.resolve("inside"), "x");

        cache.write("blocked", RuleCache.Kind.LINT, "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(files(dir)).containsExactly(blocked, stale, recent);

        cache.write("k", RuleCache.Kind.LINT, "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(files(dir)).containsExactly(blocked, recent, dir.resolve("k.lint.doudi-cache"));
    }

    @Test
    @DisplayName("a stored entry is trusted: compiling and checking sources the cache holds neither compile nor fail")
    void aStoredEntryIsTakenAsItIs(@TempDir Path dir) {
        Map<String, String> good = Map.of("area.drl", RULE);
        Map<String, String> broken = Map.of("area.drl", RulesFolderTest.rule("XX-B-001", "Household( asOf == )"));
        RuleCache cache = RuleCache.in(dir);
        DrlCompiler.Result compiled = DrlCompiler.compile(good, true);
        // the module of good rules stored under the key of broken ones, as if the broken text had compiled to it
        cache.store(broken, compiled.module());

        assertThat(cache.holds(broken)).isTrue();
        assertThat(cache.holds(good)).isFalse();
        assertThat(RuleSet.check(broken, cache)).isEmpty();
        RuleSet.Compilation fromCache = RuleSet.compile(broken, cache);
        assertThat(fromCache.problems()).isEmpty();
        assertThat(fromCache.rules().ruleIds()).containsExactly("XX-A-001");
        assertThat(fromCache.rules().sources()).isEqualTo(broken);
        assertThat(RuleSet.check(broken, null)).isNotEmpty();
        assertThat(RuleSet.compile(broken, null).succeeded()).isFalse();
    }

    @Test
    @DisplayName("checking sources the cache holds neither compiles nor loads them; compiling them loads the entry")
    void checkingTrustsTheEntryWithoutLoadingIt(@TempDir Path dir) {
        Map<String, String> broken = Map.of("area.drl", RulesFolderTest.rule("XX-B-001", "Household( asOf == )"));
        RuleCache cache = RuleCache.in(dir);
        // a well-formed entry whose payload is no compiled module: only loading it would tell
        cache.write(RuleCache.key(broken), RuleCache.Kind.RULES, "PK garbage".getBytes(StandardCharsets.UTF_8));

        assertThat(RuleSet.check(broken, cache)).isEmpty();
        RuleSet.Compilation compiled = RuleSet.compile(broken, cache);
        assertThat(compiled.succeeded()).as("the entry does not load: compiled, and the problem found").isFalse();
        assertThat(compiled.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("area.drl"));
    }

    @Test
    @DisplayName("a cached module's class loader: its own files except META-INF, then the library's")
    void moduleResources() throws IOException {
        ClassLoader loader = new RuleCache.ModuleClassLoader(Map.of(
                "rules/own.txt", "own".getBytes(StandardCharsets.UTF_8),
                "META-INF/doudi-test-only.txt", "hidden".getBytes(StandardCharsets.UTF_8)),
                RuleSet.class.getClassLoader());

        try (InputStream own = loader.getResourceAsStream("rules/own.txt")) {
            assertThat(own.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("own");
        }
        assertThat(loader.getResourceAsStream("META-INF/doudi-test-only.txt")).isNull();
        try (InputStream index = loader.getResourceAsStream(RuleSet.RESOURCE_FOLDER + "rules.index")) {
            assertThat(index).as("the library's resources through the parent").isNotNull();
        }
        assertThatThrownBy(() -> loader.loadClass("no.such.Rules")).isInstanceOf(ClassNotFoundException.class)
                .hasMessage("no.such.Rules");
    }
}
