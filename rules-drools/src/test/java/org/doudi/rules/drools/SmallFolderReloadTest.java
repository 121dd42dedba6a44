package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.request.Masking;
import org.doudi.rules.drools.DroolsEligibilityService.ReloadResult;
import org.doudi.rules.profile.ConfigProblem;
import org.doudi.rules.profile.ProfileRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reload and folder paths of the service with a one-rule folder, compiled once for the class (the whole rule set,
 * as {@code ReloadTest} compiles it, takes a minute): a reload that is refused names every problem of the rules and of
 * the profiles and leaves the serving rules as they were; one that succeeds serves the new rules and profiles; rules
 * built elsewhere are refused when a profile cites a rule they lack, with a count of the other problems.
 */
class SmallFolderReloadTest {

    @TempDir
    static Path temp;

    /** A folder of one valid rule file (XX-A-001). */
    static Path valid;

    /** A folder whose one file has a syntax error on line 9. */
    static Path broken;

    /** The national profile without its clauses, and a test county citing no rule: profiles the one rule can serve. */
    static ProfileRepository ownProfiles;

    /** The valid folder, compiled once. */
    static RuleSet small;

    @BeforeAll
    static void folders() throws IOException {
        valid = write(temp.resolve("valid/area.drl"), RulesFolderTest.rule("XX-A-001", "Household()")).getParent();
        broken = write(temp.resolve("broken/area.drl"), RulesFolderTest.rule("XX-B-001", "Household( asOf == )"))
                .getParent();
        ownProfiles = ProfileRepository.fromDirectory(profiles("own"));
        small = RuleSet.fromDirectory(valid);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The national profile without its clauses and a test county, plus the given county clauses (rule ids). */
    private static Path profiles(String name, String... citedRuleIds) throws IOException {
        Path dir = temp.resolve(name);
        write(dir.resolve("cn-national.yaml"), Cases.nationalProfileWithoutClauses());
        StringBuilder county = new StringBuilder(Cases.TEST_COUNTY);
        if (citedRuleIds.length > 0) {
            county.append("clauses:\n");
            for (String id : citedRuleIds) {
                county.append("  ").append(id).append(":\n    - {clause: \"测试条款\"}\n");
            }
        }
        write(dir.resolve("xx-test.yaml"), county.toString());
        return dir;
    }

    private static DroolsEligibilityService onSmallRules() {
        return DroolsEligibilityService.of(small, ownProfiles);
    }

    @Test
    @DisplayName("a broken folder: not reloaded, the problem at its file and line, the same rules and profiles serve")
    void brokenFolderIsRefused() {
        DroolsEligibilityService service = onSmallRules();

        ReloadResult result = service.reload(broken, null);

        assertThat(result.reloaded()).isFalse();
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("area.drl"))
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(9));
        assertThat(service.rules()).isSameAs(small);
        assertThat(service.profiles()).isSameAs(ownProfiles);
    }

    @Test
    @DisplayName("a folder that cannot be read or holds no rule file: not reloaded, the folder named")
    void missingOrEmptyFolderIsRefused() throws IOException {
        DroolsEligibilityService service = onSmallRules();
        Path missing = temp.resolve("no-such-folder");
        Path empty = Files.createDirectories(temp.resolve("empty"));
        write(empty.resolve("notes.txt"), "not a rule file");

        ReloadResult notThere = service.reload(missing, null);
        ReloadResult nothing = service.reload(empty, null);

        assertThat(notThere.reloaded()).isFalse();
        assertThat(notThere.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).as("masked as every problem is").isEqualTo(Masking.scrub(missing.toString()));
            assertThat(p.line()).isZero();
            // the folder is the problem's file, not repeated in its message
            assertThat(p.message()).startsWith("cannot read rules folder: ");
        });
        assertThat(nothing.reloaded()).isFalse();
        assertThat(nothing.problems()).containsExactly(
                new ConfigProblem(empty.toString(), 0, "no .drl files in the rules folder"));
        assertThat(service.rules()).isSameAs(small);
    }

    @Test
    @DisplayName("a broken profile overlay and a broken rule folder: not reloaded, the profile's problem first")
    void brokenProfilesAndRulesAreBothReported() throws IOException {
        DroolsEligibilityService service = onSmallRules();
        Path params = write(temp.resolve("bad-params/xx-bad.yaml"), "id: xx-bad\nparent: [unclosed\n").getParent();
        List<ConfigProblem> profileProblems = ProfileRepository.checkWithOverlay(params);
        assertThat(profileProblems).as("the overlay is broken").isNotEmpty();

        ReloadResult paramsOnly = service.reload(null, params);
        ReloadResult both = service.reload(broken, params);

        assertThat(paramsOnly.reloaded()).isFalse();
        assertThat(paramsOnly.problems()).isEqualTo(profileProblems);
        assertThat(both.reloaded()).isFalse();
        assertThat(both.problems()).startsWith(profileProblems.toArray(ConfigProblem[]::new))
                .hasSizeGreaterThan(profileProblems.size());
        assertThat(both.problems().subList(profileProblems.size(), both.problems().size()))
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("area.drl"));
        assertThat(service.rules()).isSameAs(small);
        assertThat(service.profiles()).isSameAs(ownProfiles);
    }

    @Test
    @DisplayName("a valid folder the built-in profiles cite rules it lacks of: not reloaded, each citation named")
    void validFolderLackingCitedRulesIsRefused() {
        DroolsEligibilityService service = onSmallRules();

        ReloadResult result = service.reload(valid, null);

        assertThat(result.reloaded()).isFalse();
        assertThat(result.problems()).isEqualTo(ProfileRepository.builtIn().unknownRuleIds(small.ruleIds()))
                .isNotEmpty().allSatisfy(p -> assertThat(p.message()).startsWith("clauses: no rule has @ruleId(\""));
        assertThat(service.rules()).isSameAs(small);
    }

    @Test
    @DisplayName("reloading the built-in rules and profiles: reloaded, they serve from then on")
    void builtInRulesReplaceTheFolder() {
        DroolsEligibilityService service = onSmallRules();

        ReloadResult result = service.reload(null, null);

        assertThat(result).isEqualTo(new ReloadResult(true, List.of()));
        assertThat(service.rules().ruleIds()).isEqualTo(TestRules.builtIn().rules().ruleIds()).contains("DB-ELIG-001");
        assertThat(service.profiles().byId("yn-ludian")).isPresent();
        assertThat(service.profiles().byId("xx-test")).isEmpty();
    }

    @Test
    @DisplayName("rules built elsewhere: refused while a profile cites a rule they lack, served when none does")
    void reloadWithRulesBuiltElsewhere() {
        DroolsEligibilityService service = DroolsEligibilityService.builtIn();
        RuleSet builtInRules = service.rules();
        ProfileRepository builtInProfiles = service.profiles();

        ReloadResult refused = service.reloadWith(small, builtInProfiles);
        assertThat(refused.reloaded()).isFalse();
        assertThat(refused.problems()).isEqualTo(builtInProfiles.unknownRuleIds(small.ruleIds())).isNotEmpty();
        assertThat(service.rules()).isSameAs(builtInRules);

        ReloadResult served = service.reloadWith(small, ownProfiles);
        assertThat(served).isEqualTo(new ReloadResult(true, List.of()));
        assertThat(service.rules()).isSameAs(small);
        assertThat(service.profiles()).isSameAs(ownProfiles);

        assertThatThrownBy(() -> service.reloadWith(null, ownProfiles)).isInstanceOf(NullPointerException.class)
                .hasMessage("rules");
        assertThatThrownBy(() -> service.reloadWith(small, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("profiles");
    }

    @Test
    @DisplayName("a service on rules a profile cites a missing rule of: the first citation, and how many more")
    void serviceOnRulesLackingCitedRules() throws IOException {
        ProfileRepository one = ProfileRepository.fromDirectory(profiles("one", "XX-NONE-1"));
        ProfileRepository two = ProfileRepository.fromDirectory(profiles("two", "XX-NONE-1", "XX-NONE-2"));
        ProfileRepository three = ProfileRepository.fromDirectory(profiles("three", "XX-NONE-1", "XX-NONE-2",
                "XX-NONE-3"));

        assertThat(refusal(one).getMessage()).endsWith("clauses: no rule has @ruleId(\"XX-NONE-1\")");
        assertThat(refusal(two).getMessage()).endsWith("clauses: no rule has @ruleId(\"XX-NONE-1\")"
                + " (and 1 more problem)");
        PolicyConfigurationException e = refusal(three);
        assertThat(e.getMessage()).endsWith("clauses: no rule has @ruleId(\"XX-NONE-1\") (and 2 more problems)");
        ConfigProblem first = three.unknownRuleIds(small.ruleIds()).get(0);
        assertThat(e.file()).isEqualTo(first.file());
        assertThat(e.line()).isEqualTo(first.line()).isPositive();
        assertThat(DroolsEligibilityService.of(small, ownProfiles).rules()).isSameAs(small);
        assertThatThrownBy(() -> DroolsEligibilityService.of(null, ownProfiles)).hasMessage("rules");
        assertThatThrownBy(() -> DroolsEligibilityService.of(small, null)).hasMessage("profiles");
    }

    private static PolicyConfigurationException refusal(ProfileRepository profiles) {
        return catchThrowableOfType(() -> DroolsEligibilityService.of(small, profiles),
                PolicyConfigurationException.class);
    }

    @Test
    @DisplayName("a service from folders through a cache: compiled once, then loaded; a broken folder names its line")
    void fromDirectoriesThroughACache() throws IOException {
        RuleCache cache = RuleCache.in(temp.resolve("cache"));
        Path params = profiles("overlay");

        assertThat(RuleSet.check(small.sources(), cache)).isEmpty();
        assertThat(cache.holds(small.sources())).isTrue();
        PolicyConfigurationException e = catchThrowableOfType(
                () -> DroolsEligibilityService.fromDirectories(valid, params, cache),
                PolicyConfigurationException.class);
        assertThat(e).as("the built-in profiles cite rules the folder lacks").isNotNull();
        assertThat(e.getMessage()).contains("clauses: no rule has @ruleId(\"");

        PolicyConfigurationException brokenRules = catchThrowableOfType(
                () -> DroolsEligibilityService.fromDirectories(broken, null, cache),
                PolicyConfigurationException.class);
        assertThat(brokenRules.file()).isEqualTo("area.drl");
        assertThat(brokenRules.line()).isEqualTo(9);
        assertThat(cache.holds(RuleSet.readDirectory(broken))).as("problems are never cached").isFalse();
        PolicyConfigurationException brokenAgain = catchThrowableOfType(() -> RuleSet.fromDirectory(broken, cache),
                PolicyConfigurationException.class);
        assertThat(brokenAgain.file()).isEqualTo("area.drl");
        assertThat(brokenAgain.line()).isEqualTo(9);
    }

    @Test
    @DisplayName("a folder's rules carry its message files; the index orders its files, others follow sorted")
    void folderReading() throws IOException {
        Path dir = temp.resolve("ordered");
        write(dir.resolve("b.drl"), RulesFolderTest.rule("XX-B-001", "Household()"));
        write(dir.resolve("a.drl"), RulesFolderTest.rule("XX-A-001", "Household()"));
        write(dir.resolve("sub/c.drl"), RulesFolderTest.rule("XX-C-001", "Household()"));
        write(dir.resolve("d.drl.bak"), "not read");
        write(dir.resolve("rules.index"), "# reading order\n\n  sub/c.drl  \nb.drl\nmissing.drl\n");

        assertThat(List.copyOf(RuleSet.readDirectory(dir).keySet())).containsExactly("sub/c.drl", "b.drl", "a.drl");
        assertThat(RuleSet.readDirectory(valid)).isEqualTo(Map.of("area.drl",
                RulesFolderTest.rule("XX-A-001", "Household()")));
        assertThat(small.sources()).isEqualTo(RuleSet.readDirectory(valid));
        assertThat(RuleSet.fromDirectory(valid, null).ruleIds()).as("no cache: compiled").containsExactly("XX-A-001");
        assertThat(small.ruleIds()).containsExactly("XX-A-001");
        assertThat(small.ruleCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("a service from folders: the folder's rules over the built-in profiles, which cite rules it lacks")
    void fromDirectoriesWithoutParams() {
        for (RuleCache cache : new RuleCache[] {null, RuleCache.in(temp.resolve("cache-2"))}) {
            PolicyConfigurationException e = catchThrowableOfType(
                    () -> DroolsEligibilityService.fromDirectories(valid, null, cache),
                    PolicyConfigurationException.class);
            assertThat(e).as("cache %s", cache).isNotNull();
            assertThat(e.getMessage()).contains("clauses: no rule has @ruleId(\"").contains(" more problems)");
        }
        PolicyConfigurationException e = catchThrowableOfType(
                () -> DroolsEligibilityService.fromDirectories(valid, null), PolicyConfigurationException.class);
        assertThat(e.getMessage()).contains("clauses: no rule has @ruleId(\"");
    }

    @Test
    @DisplayName("a service from folders with a broken profile overlay: the overlay's problem, not a wrapped one")
    void fromDirectoriesWithBrokenParams() throws IOException {
        Path params = write(temp.resolve("bad-params-2/xx-bad.yaml"), "id: xx-bad\nparent: [unclosed\n").getParent();
        ConfigProblem first = ProfileRepository.checkWithOverlay(params).get(0);

        for (RuleCache cache : new RuleCache[] {null, RuleCache.in(temp.resolve("cache-3"))}) {
            PolicyConfigurationException e = catchThrowableOfType(
                    () -> DroolsEligibilityService.fromDirectories(null, params, cache),
                    PolicyConfigurationException.class);
            assertThat(e).as("cache %s", cache).isNotNull();
            assertThat(e.file()).isEqualTo(first.file());
            assertThat(e.line()).isEqualTo(first.line());
        }
    }

    @Test
    @DisplayName("a service from no folders, with or without a cache: the built-in rules and profiles")
    void fromNoFolders() {
        DroolsEligibilityService service = DroolsEligibilityService.fromDirectories(null, null,
                RuleCache.in(temp.resolve("cache-unused")));
        assertThat(service.rules().ruleIds()).isEqualTo(TestRules.builtIn().rules().ruleIds());
        assertThat(service.profiles().byId("yn-ludian")).isPresent();
        assertThat(temp.resolve("cache-unused")).as("the built-in rules are never cached").doesNotExist();
    }
}
