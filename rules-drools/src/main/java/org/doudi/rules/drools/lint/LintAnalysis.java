package org.doudi.rules.drools.lint;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.doudi.rules.drools.RuleCache;
import org.doudi.rules.profile.ConfigProblem;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the convention check finds in DRL sources: its problems ({@link RuleLint#check}) and the rules it read
 * ({@link RuleLint#rules}), computed together and, with a {@link RuleCache}, kept on disk by the sources' content so
 * that checking unchanged sources again parses nothing. The check depends only on the sources and on the Doudi build,
 * both part of the cache key.
 *
 * @param problems  every convention problem, in {@link RuleLint#check}'s order, never null
 * @param rules     every rule declared, in file and then rule order, never null
 */
public record LintAnalysis(List<ConfigProblem> problems, List<RuleLint.Declared> rules) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies the lists. */
    public LintAnalysis {
        problems = List.copyOf(problems);
        rules = List.copyOf(rules);
    }

    /**
     * Checks DRL sources, or reads the result of checking the same sources from the cache.
     *
     * @param sources  file name → DRL text, in reading order, not null
     * @param cache    the cache, or null for none
     * @return the problems and rules, never null
     */
    public static LintAnalysis of(Map<String, String> sources, RuleCache cache) {
        Objects.requireNonNull(sources, "sources");
        String key = cache == null ? null : RuleCache.key(sources);
        if (cache != null) {
            byte[] cached = cache.read(key, RuleCache.Kind.LINT);
            if (cached != null) {
                try {
                    return JSON.readValue(cached, LintAnalysis.class);
                } catch (IOException | RuntimeException e) {
                    // written by this build and with a matching digest, yet unreadable: check again
                }
            }
        }
        LintAnalysis analysis = RuleLint.analyse(sources);
        if (cache != null) {
            try {
                cache.write(key, RuleCache.Kind.LINT, JSON.writeValueAsBytes(analysis));
            } catch (IOException | RuntimeException e) {
                // not cached: the next check parses again
            }
        }
        return analysis;
    }

    /** @return the {@code @ruleId} of every declared rule that has one, never null */
    public Set<String> ruleIds() {
        return rules.stream().map(RuleLint.Declared::ruleId).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
