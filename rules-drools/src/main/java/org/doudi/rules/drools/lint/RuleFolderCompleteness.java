package org.doudi.rules.drools.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.doudi.rules.drools.RuleSet;
import org.doudi.rules.profile.ConfigProblem;

/**
 * Whether an analyst's rule folder ({@code --rules DIR}) holds every policy area the shipped rules have. A folder
 * replaces the built-in rules whole, so a policy area it lacks is not applied at all, and a case may then reach no
 * outcome. An area counts as present when every rule id of the shipped file appears in some file of the folder (so a
 * renamed or split file is fine); a missing area is reported with the rule ids it held.
 */
public final class RuleFolderCompleteness {

    private RuleFolderCompleteness() {
    }

    /**
     * @param folder     the folder's DRL sources by path relative to the folder, not null
     * @param folderDir  the folder as given, for the problem's file name, not null
     * @return one problem per shipped policy area the folder lacks (in the shipped reading order), empty when none;
     *         never null
     */
    public static List<ConfigProblem> check(Map<String, String> folder, String folderDir) {
        return check(folder, folderDir, RuleLint.rules(folder), RuleLint.rules(RuleSet.readBuiltInSources()));
    }

    /**
     * As {@link #check(Map, String)}, on rules already read ({@link LintAnalysis#rules()}), so that nothing is parsed
     * again.
     *
     * @param folder        the folder's DRL sources by path relative to the folder, not null
     * @param folderDir     the folder as given, for the problem's file name, not null
     * @param folderRules   the rules the folder declares ({@link RuleLint#rules} of {@code folder}), not null
     * @param shippedRules  the rules the built-in sources declare, not null
     * @return one problem per shipped policy area the folder lacks (in the shipped reading order), empty when none;
     *         never null
     */
    public static List<ConfigProblem> check(Map<String, String> folder, String folderDir,
                                            List<RuleLint.Declared> folderRules, List<RuleLint.Declared> shippedRules) {
        Objects.requireNonNull(folderDir, "folderDir");
        Set<String> present = folderRules.stream().map(RuleLint.Declared::ruleId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, Set<String>> shipped = new LinkedHashMap<>();
        for (RuleLint.Declared d : shippedRules) {
            if (d.ruleId() != null) {
                shipped.computeIfAbsent(d.file(), f -> new TreeSet<>()).add(d.ruleId());
            }
        }
        List<ConfigProblem> problems = new ArrayList<>();
        Set<String> fileNames = folder.keySet().stream().map(k -> k.substring(k.replace('\\', '/').lastIndexOf('/') + 1))
                .collect(Collectors.toSet());
        for (Map.Entry<String, Set<String>> area : shipped.entrySet()) {
            if (fileNames.contains(area.getKey()) && !declaresSome(folderRules, area.getKey())) {
                continue; // the file is there but does not parse: its own problems say why
            }
            Set<String> missing = new TreeSet<>(area.getValue());
            missing.removeAll(present);
            if (missing.isEmpty()) {
                continue;
            }
            boolean whole = missing.size() == area.getValue().size();
            problems.add(new ConfigProblem(folderDir, 0, (whole
                    ? "the policy area " + area.getKey() + " of the shipped rules (rules.index) is missing"
                    : "the policy area " + area.getKey() + " is incomplete: " + missing.size() + " of its "
                            + area.getValue().size() + " rules are in no file of the folder")
                    + ": " + String.join(", ", missing) + ". A rules folder replaces every built-in rule; copy the"
                    + " whole folder of shipped rules and change it, or cases may reach no outcome"));
        }
        return problems;
    }

    /** @return true if the folder's file of that name declares some rule (a file that does not parse declares none) */
    private static boolean declaresSome(List<RuleLint.Declared> folderRules, String fileName) {
        return folderRules.stream().map(d -> d.file().replace('\\', '/'))
                .anyMatch(f -> f.endsWith("/" + fileName) || f.equals(fileName));
    }
}
