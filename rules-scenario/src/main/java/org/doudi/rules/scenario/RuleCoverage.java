package org.doudi.rules.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import org.doudi.rules.drools.RuleSet;

/**
 * Which rules a set of scenarios fired: every rule id of a rule base ({@code @ruleId} metadata of the rules of
 * {@code kieBase().getKiePackages()}), and those no scenario decision lists in its {@code firedRules}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rules   every rule with an id, sorted by id, never null
 * @param fired   the rule ids fired by at least one scenario, sorted, never null (may include ids the rule base does
 *                not have, e.g. from another rule folder)
 */
public record RuleCoverage(List<RuleInfo> rules, Set<String> fired) {

    /**
     * A rule of the rule base.
     *
     * @param id    its {@code @ruleId}, not null
     * @param name  the rule's name (a Chinese business sentence), not null
     * @param file  the DRL file that holds it, or null when it cannot be told
     */
    public record RuleInfo(String id, String name, String file) {

        /** @return {@code DB-ELIG-001  人均收入低于当地低保标准  (household_status.drl)} */
        public String describe() {
            return id + "  " + name + (file == null ? "" : "  (" + file + ")");
        }
    }

    /** Copies the collections, sorted. */
    public RuleCoverage {
        rules = rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
        fired = Set.copyOf(new TreeSet<>(fired));
    }

    /**
     * The coverage of a rule set by fired rule ids.
     *
     * @param ruleSet  the rules, not null
     * @param fired    the ids of the rules fired by any decision, not null
     * @return the coverage, never null
     */
    public static RuleCoverage of(RuleSet ruleSet, Collection<String> fired) {
        return new RuleCoverage(rulesOf(ruleSet), new TreeSet<>(fired));
    }

    /**
     * Every rule of a rule set that carries a {@code @ruleId}, with the DRL file that declares it.
     *
     * @param ruleSet  the rules, not null
     * @return the rules, sorted by id, never null
     */
    public static List<RuleInfo> rulesOf(RuleSet ruleSet) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Map<String, RuleInfo> byId = new TreeMap<>();
        for (KiePackage p : ruleSet.kieBase().getKiePackages()) {
            for (Rule rule : p.getRules()) {
                Object id = rule.getMetaData().get("ruleId");
                if (id != null) {
                    String ruleId = String.valueOf(id);
                    byId.putIfAbsent(ruleId, new RuleInfo(ruleId, rule.getName(), fileOf(ruleSet, rule.getName())));
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static String fileOf(RuleSet ruleSet, String ruleName) {
        Pattern declaration = Pattern.compile("(?m)^\\s*rule\\s+\"" + Pattern.quote(ruleName) + "\"");
        return ruleSet.sources().entrySet().stream()
                .filter(e -> declaration.matcher(e.getValue()).find())
                .map(Map.Entry::getKey)
                .map(f -> f.substring(f.lastIndexOf('/') + 1))
                .findFirst().orElse(null);
    }

    /** @return the rules that no scenario fired, sorted by id, never null */
    public List<RuleInfo> unfired() {
        return rules.stream().filter(r -> !fired.contains(r.id())).toList();
    }

    /** @return true if every rule fired in at least one scenario */
    public boolean complete() {
        return unfired().isEmpty();
    }

    /**
     * The coverage as text: {@code All 85 rules fired.}, or the number of unfired rules followed by one line per
     * unfired rule (id, name, file).
     *
     * @return the text, without final newline, never null
     */
    public String describe() {
        return describe(java.util.Locale.ENGLISH);
    }

    /**
     * The coverage as text in a language (Chinese for {@code zh}, English otherwise), laid out as {@link #describe()}.
     *
     * @param locale  the language, not null
     * @return the text, without final newline, never null
     */
    public String describe(java.util.Locale locale) {
        boolean en = !locale.getLanguage().equals(java.util.Locale.CHINESE.getLanguage());
        List<RuleInfo> unfired = unfired();
        if (unfired.isEmpty()) {
            return en ? "All " + rules.size() + " rules fired." : "全部 " + rules.size() + " 条规则都已触发。";
        }
        StringBuilder b = new StringBuilder();
        b.append(unfired.size()).append(en ? " of " + rules.size() + " rules fired in no scenario:"
                : " 条规则（共 " + rules.size() + " 条）在任何场景中都没有触发：");
        for (RuleInfo r : unfired) {
            b.append("\n  ").append(r.describe());
        }
        return b.toString();
    }
}
