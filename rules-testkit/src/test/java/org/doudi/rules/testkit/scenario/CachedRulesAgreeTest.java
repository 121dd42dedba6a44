package org.doudi.rules.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.RuleCache;
import org.doudi.rules.drools.RuleSet;
import org.doudi.rules.profile.ProfileRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules loaded from the cache of compiled rule folders decide exactly as rules compiled afresh: every request of the
 * shipped scenario suite and the worked examples ({@link RuleBuildsAgreeTest#CASES}), the whole outcome compared. Three
 * builds of the shipped DRL text through one cache: compiled and stored (a miss), loaded (a hit), and compiled again
 * after the entry was damaged on disk (a corrupt entry is no entry: no error, the same decisions).
 */
class CachedRulesAgreeTest {

    @TempDir
    static Path cacheDir;

    static final Map<String, RuleSet> BUILDS = new LinkedHashMap<>();

    @BeforeAll
    static void buildThroughTheCache() throws IOException {
        RuleBuildsAgreeTest.loadCases();
        Map<String, String> sources = RuleSet.readBuiltInSources();
        RuleCache cache = RuleCache.in(cacheDir);
        BUILDS.put("compiled at run time and stored in the cache", RuleSet.compile(sources, cache).rules());
        BUILDS.put("loaded from the cache", RuleSet.compile(sources, cache).rules());
        Path entry;
        try (Stream<Path> files = Files.list(cacheDir)) {
            entry = files.filter(f -> f.toString().endsWith(".rules.doudi-cache")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(entry, bytes);
        BUILDS.put("compiled again after the cache entry was damaged", RuleSet.compile(sources, cache).rules());
    }

    @Test
    @DisplayName("从缓存加载的规则与重新编译的规则：每个场景与示例的结果逐字节相同；缓存条目损坏时静默重新编译")
    void cachedRulesDecideAsCompiledRules() {
        assertThat(BUILDS.values()).doesNotContainNull();
        Map<Path, ProfileRepository> profiles = new HashMap<>();
        Map<String, Map<Path, DroolsEligibilityService>> services = new LinkedHashMap<>();
        BUILDS.forEach((name, rules) -> services.put(name, new HashMap<>()));
        int decisions = 0;
        for (RuleBuildsAgreeTest.Case c : RuleBuildsAgreeTest.CASES) {
            Path key = c.params() == null ? Path.of("") : c.params();
            ProfileRepository repository = profiles.computeIfAbsent(key,
                    p -> c.params() == null ? ProfileRepository.builtIn() : ProfileRepository.builtInWithOverlay(p));
            String expected = null;
            for (Map.Entry<String, RuleSet> build : BUILDS.entrySet()) {
                DroolsEligibilityService service = services.get(build.getKey()).computeIfAbsent(key,
                        p -> DroolsEligibilityService.of(build.getValue(), repository));
                String actual = RuleBuildsAgreeTest.outcome(service, c.request());
                if (expected == null) {
                    expected = actual;
                    decisions += actual.startsWith("{\"caseId\"") ? 1 : 0;
                } else {
                    assertThat(actual).as("%s, %s", c.label(), build.getKey()).isEqualTo(expected);
                }
            }
        }
        assertThat(RuleBuildsAgreeTest.CASES).hasSizeGreaterThan(200);
        assertThat(decisions).isGreaterThan(180);
        assertThat(List.copyOf(BUILDS.keySet())).hasSize(3);
    }
}
