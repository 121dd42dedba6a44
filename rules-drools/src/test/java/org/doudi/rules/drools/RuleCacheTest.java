package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.doudi.rules.drools.lint.LintAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of compiled rule folders: a folder compiled once is loaded, not compiled, the next time; any change of its
 * content misses; a corrupt entry is compiled again without a word; several compilers filling one cache at once all
 * succeed; nothing is written without a cache. (That a cached rule set decides exactly as a fresh compile, on every
 * scenario, is checked in rules-testkit: {@code CachedRulesAgreeTest}.)
 */
class RuleCacheTest {

    private static Map<String, String> sources(String... idAndCondition) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < idAndCondition.length; i += 2) {
            sources.put("area" + i + ".drl", RulesFolderTest.rule(idAndCondition[i], idAndCondition[i + 1]));
        }
        return sources;
    }

    private static List<Path> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aFolderCompiledOnceIsLoadedTheNextTime(@TempDir Path dir) throws IOException {
        Map<String, String> sources = sources("XX-A-001", "Household()", "XX-B-001", "Person()");
        RuleCache cache = RuleCache.in(dir);

        RuleSet.Compilation first = RuleSet.compile(sources, cache);
        assertThat(first.problems()).isEmpty();
        assertThat(entries(dir)).singleElement()
                .satisfies(f -> assertThat(f.getFileName().toString()).endsWith(".rules.doudi-cache"));

        RuleSet loaded = cache.load(sources);
        assertThat(loaded).as("a second run loads the entry").isNotNull();
        assertThat(loaded.ruleIds()).isEqualTo(first.rules().ruleIds()).containsExactly("XX-A-001", "XX-B-001");
        assertThat(loaded.sources()).isEqualTo(sources);
        assertThat(RuleSet.check(sources, cache)).isEmpty();
    }

    @Test
    void oneChangedByteRenamedOrReorderedFileMissesTheCache(@TempDir Path dir) {
        Map<String, String> sources = sources("XX-A-001", "Household()", "XX-B-001", "Person()");
        RuleCache cache = RuleCache.in(dir);
        RuleSet.compile(sources, cache);

        Map<String, String> oneByte = new LinkedHashMap<>(sources);
        oneByte.put("area2.drl", sources.get("area2.drl").replace("XX-B-001\")", "XX-B-002\")"));
        Map<String, String> renamed = new LinkedHashMap<>();
        sources.forEach((k, v) -> renamed.put(k.replace("area2", "sub/area2"), v));
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("area2.drl", sources.get("area2.drl"));
        reordered.put("area0.drl", sources.get("area0.drl"));

        assertThat(cache.load(sources)).isNotNull();
        for (Map<String, String> changed : List.of(oneByte, renamed, reordered)) {
            assertThat(RuleCache.key(changed)).isNotEqualTo(RuleCache.key(sources));
            assertThat(cache.load(changed)).as("changed sources %s", changed.keySet()).isNull();
        }
        RuleSet.Compilation recompiled = RuleSet.compile(oneByte, cache);
        assertThat(recompiled.rules().ruleIds()).containsExactly("XX-A-001", "XX-B-002");
    }

    @Test
    void aCorruptEntryIsCompiledAgainSilently(@TempDir Path dir) throws IOException {
        Map<String, String> sources = sources("XX-A-001", "Household()");
        RuleCache cache = RuleCache.in(dir);
        RuleSet.compile(sources, cache);
        Path entry = entries(dir).get(0);
        byte[] bytes = Files.readAllBytes(entry);

        for (byte[] corrupt : List.of(
                java.util.Arrays.copyOf(bytes, bytes.length / 2),               // truncated by a full disk
                flipped(bytes, bytes.length - 10),                               // one byte of the payload
                flipped(bytes, 5),                                               // the header
                new byte[0],
                "not a cache entry at all".getBytes(StandardCharsets.UTF_8))) {
            Files.write(entry, corrupt);
            assertThat(cache.load(sources)).as("a corrupt entry is no entry").isNull();
            RuleSet.Compilation again = RuleSet.compile(sources, cache);
            assertThat(again.problems()).isEmpty();
            assertThat(again.rules().ruleIds()).containsExactly("XX-A-001");
            assertThat(cache.load(sources)).as("written again whole").isNotNull();
        }
    }

    @Test
    void aValidEntryHoldingNoUsableModelIsCompiledAgain(@TempDir Path dir) throws IOException {
        Map<String, String> sources = sources("XX-A-001", "Household()");
        RuleCache cache = RuleCache.in(dir);
        // a well-formed entry (header and digest right) whose payload is not a compiled module
        cache.write(RuleCache.key(sources), RuleCache.Kind.RULES, "PK garbage".getBytes(StandardCharsets.UTF_8));

        assertThat(cache.load(sources)).isNull();
        RuleSet.Compilation compiled = RuleSet.compile(sources, cache);
        assertThat(compiled.rules().ruleIds()).containsExactly("XX-A-001");
        assertThat(cache.load(sources)).isNotNull();
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x20;
        return copy;
    }

    @Test
    void twoThreadsAndTwoCachesOnOneFolderFillItAtOnce(@TempDir Path dir) throws Exception {
        Map<String, String> sources = sources("XX-A-001", "Household()", "XX-B-001", "Person()");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // two services of one process, or two processes: each with its own cache object on the same folder
            List<Callable<RuleSet>> compilers = List.of(
                    () -> RuleSet.compile(sources, RuleCache.in(dir)).rules(),
                    () -> RuleSet.compile(sources, RuleCache.in(dir)).rules());
            for (Future<RuleSet> f : pool.invokeAll(compilers)) {
                assertThat(f.get().ruleIds()).containsExactly("XX-A-001", "XX-B-001");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(entries(dir)).as("one entry, no temporary file left").singleElement()
                .satisfies(f -> assertThat(f.getFileName().toString()).endsWith(".rules.doudi-cache"));
        assertThat(RuleCache.in(dir).load(sources).ruleIds()).containsExactly("XX-A-001", "XX-B-001");
    }

    @Test
    void withoutACacheNothingIsWritten(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("rules");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("area.drl"), RulesFolderTest.rule("XX-A-001", "Household()"),
                StandardCharsets.UTF_8);

        RuleSet.fromDirectory(folder, null);
        RuleSet.compile(RuleSet.readDirectory(folder), null);
        LintAnalysis.of(RuleSet.readDirectory(folder), null);

        assertThat(entries(dir)).containsExactly(folder);
        assertThat(entries(folder)).containsExactly(folder.resolve("area.drl"));
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedEntries(@TempDir Path dir) throws IOException {
        RuleCache cache = RuleCache.in(dir, 3);
        for (int i = 0; i < 5; i++) {
            cache.write(RuleCache.key(sources("XX-" + i, "Household()")), RuleCache.Kind.LINT,
                    ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
            Files.setLastModifiedTime(entries(dir).stream().filter(f -> !isOld(f)).findFirst().orElseThrow(),
                    java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        assertThat(entries(dir)).hasSize(3);
        for (int i = 2; i < 5; i++) {
            assertThat(cache.read(RuleCache.key(sources("XX-" + i, "Household()")), RuleCache.Kind.LINT))
                    .as("entry %d kept", i).isNotNull();
        }
    }

    private static boolean isOld(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis() < 10_000_000L;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theLintIsCachedWithItsProblemsAndRules(@TempDir Path dir) {
        Map<String, String> sources = sources("XX-A-001", "Household()", "XX-A-001", "Person( age > 60 )");
        RuleCache cache = RuleCache.in(dir);

        LintAnalysis fresh = LintAnalysis.of(sources, cache);
        assertThat(fresh.problems()).as("a duplicate id and a policy number").hasSizeGreaterThanOrEqualTo(2);
        LintAnalysis cached = LintAnalysis.of(sources, cache);
        assertThat(cached).isEqualTo(fresh);
        assertThat(cached.ruleIds()).containsExactly("XX-A-001");
    }

    @Test
    void theDefaultFolderFollowsTheEnvironment() {
        Path home = Path.of("/home/analyst");
        assertThat(RuleCache.defaultDirectory(Map.of(), home)).isEqualTo(Path.of("/home/analyst/.cache/doudi"));
        assertThat(RuleCache.defaultDirectory(Map.of("XDG_CACHE_HOME", "/var/cache/u"), home))
                .isEqualTo(Path.of("/var/cache/u/doudi"));
        assertThat(RuleCache.defaultDirectory(Map.of("XDG_CACHE_HOME", "relative"), home))
                .as("a relative XDG_CACHE_HOME is ignored, as the XDG specification says")
                .isEqualTo(Path.of("/home/analyst/.cache/doudi"));
        assertThat(RuleCache.defaultDirectory(Map.of("XDG_CACHE_HOME", "/var/cache/u", "DOUDI_CACHE_DIR", "/tmp/d"),
                home)).isEqualTo(Path.of("/tmp/d"));
    }
}
