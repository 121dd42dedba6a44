package org.doudi.rules.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.drools.RuleCache;
import org.doudi.rules.drools.RuleSet;
import org.doudi.rules.drools.lint.LintAnalysis;
import org.doudi.rules.drools.lint.RuleFolderCompleteness;
import org.doudi.rules.drools.lint.RuleLint;
import org.doudi.rules.profile.ConfigProblem;
import org.doudi.rules.profile.OverlayChange;
import org.doudi.rules.profile.ProfileRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code doudi validate [--rules DIR] [--params DIR]}: compiles every rule of {@code --rules DIR} as the service would
 * (the built-in rules were compiled when the jar was built: their pre-generated model is loaded instead), checks them
 * against the project's conventions
 * ({@link RuleLint}: {@code @ruleId} and {@code @clause} on every rule, unique ids, no salience, no policy numbers as
 * literals, clause texts without figures), and loads every profile (the built-in ones overlaid by {@code --params DIR}),
 * checking that each profile's own clauses ({@code clauses:}) name rules that exist. With {@code --params DIR} and no
 * profile problem, it then lists what the overlay changes against the built-in data ({@link OverlayReport}) and warns
 * about each change that takes effect before today's date in the data ({@code --today} to set it); warnings do not
 * change the exit code.
 *
 * <p>Prints each problem on standard output as {@code file:line: message} ({@code file: message} when the line is
 * unknown): rule problems first, compile errors before convention breaches, then profile problems; then one summary
 * line. Rule files are named by their path under {@code --rules DIR} (prefixed by the folder as given) or, for the
 * built-in rules, by their classpath name ({@code org/doudi/rules/policy/income.drl}); profile files likewise. Exit 0
 * when there is no problem, 1 otherwise (and for a folder that does not exist).
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {"Compile every rule, check the rule conventions and load every profile.",
                "Prints each problem as file:line: message, then a summary.",
                "Exit codes: 0 no problems; 1 problems (or a folder that does not exist)."})
public final class ValidateCommand extends DoudiSubcommand {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "With --params: warn about overlay changes "
            + "that take effect before this date (default: the latest date in the built-in data).")
    LocalDate today;

    @Mixin
    LangOption lang = new LangOption();

    @Override
    protected int run() {
        Path rulesDir = sources().rulesDir();
        Path paramsDir = sources().paramsDir();
        requireFolder("--rules", rulesDir);
        requireFolder("--params", paramsDir);

        // the built-in rules' model loads on another thread while the sources are checked and the profiles load
        CompletableFuture<List<ConfigProblem>> builtIn = rulesDir == null
                ? CompletableFuture.supplyAsync(ValidateCommand::builtInProblems) : null;
        Lang l = lang.lang();
        java.util.Locale locale = l.locale();
        List<String> lines = new ArrayList<>();
        int ruleFiles = 0;
        int ruleProblems = 0;
        Map<String, String> rules = null;
        boolean compiles = false;
        try {
            rules = rulesDir == null ? RuleSet.readBuiltInSources() : RuleSet.readDirectory(rulesDir);
        } catch (PolicyConfigurationException e) {
            lines.add(format(new ConfigProblem(e.file(), e.line(), e.detail()), null, null, locale));
            ruleProblems++;
        }
        RuleCache cache = sources().cache();
        LintAnalysis lint = null;
        if (rules != null) {
            ruleFiles = rules.size();
            // the built-in rules' sources are those their model was generated from: their rule ids are reliable
            List<ConfigProblem> problems = new ArrayList<>(rulesDir == null ? List.of() : RuleSet.check(rules, cache));
            compiles = problems.isEmpty();
            lint = LintAnalysis.of(rules, cache);
            problems.addAll(lint.problems());
            if (rulesDir != null) {
                List<ConfigProblem> missing = RuleFolderCompleteness.check(rules, rulesDir.toString(), lint.rules(),
                        LintAnalysis.of(RuleSet.readBuiltInSources(), cache).rules());
                problems.addAll(missing);
                // the profiles' clauses for the rules of a missing area would only repeat it, rule by rule
                compiles &= missing.isEmpty();
            }
            for (ConfigProblem p : problems) {
                lines.add(format(p, rulesDir, rules, locale));
            }
            ruleProblems += problems.size();
        }
        // rules that do not compile (or lack whole areas) declare no reliable rule ids: the profiles' clauses are then
        // not checked against them
        List<ConfigProblem> profileProblems = rules == null || !compiles
                ? ProfileRepository.checkWithOverlay(paramsDir)
                : ProfileRepository.checkWithOverlay(paramsDir, lint.ruleIds());
        for (ConfigProblem p : profileProblems) {
            lines.add(format(p, null, null, locale));
        }
        if (builtIn != null) {
            List<ConfigProblem> modelProblems = builtIn.join();
            for (int i = 0; i < modelProblems.size(); i++) {
                lines.add(i, format(modelProblems.get(i), null, rules, locale));
            }
            ruleProblems += modelProblems.size();
        }

        StringBuilder b = new StringBuilder();
        lines.forEach(line -> b.append(line).append('\n'));
        if (paramsDir != null && profileProblems.isEmpty()) {
            OverlayReport.append(b, OverlayChange.of(paramsDir), today != null ? today
                    : OverlayChange.latestBuiltInDate(), today == null, l);
        }
        int total = ruleProblems + profileProblems.size();
        b.append(summary(l, total, ruleProblems, ruleFiles, profileProblems.size(), paramsDir)).append('\n');
        out().print(Scrubber.scrub(b.toString()));
        return total == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** The last line: how many problems, in the rules and in the profiles. */
    private static String summary(Lang l, int total, int ruleProblems, int ruleFiles, int profileProblems,
                                  Path paramsDir) {
        if (l.english()) {
            String files = ruleFiles + " rule file" + (ruleFiles == 1 ? "" : "s");
            String params = paramsDir == null ? "the built-in profiles" : "the profiles with " + paramsDir
                    + " overlaid";
            return total == 0 ? "validate: no problems (" + files + " compiled and checked; " + params + " loaded)"
                    : "validate: " + total + (total == 1 ? " problem" : " problems") + " (" + ruleProblems
                    + " in the rules, " + files + "; " + profileProblems + " in " + params + ")";
        }
        String params = paramsDir == null ? "内置档案" : "叠加了 " + paramsDir + " 的档案";
        return total == 0 ? "validate：没有问题（" + ruleFiles + " 个规则文件已编译并检查；" + params + "已加载）"
                : "validate：共 " + total + " 个问题（规则中 " + ruleProblems + " 个，共 " + ruleFiles + " 个规则文件；"
                + params + "中 " + profileProblems + " 个）";
    }

    /** The built-in rules, compiled when the jar was built: loading their model is the check. */
    private static List<ConfigProblem> builtInProblems() {
        try {
            RuleSet.builtIn();
            return List.of();
        } catch (PolicyConfigurationException e) {
            return List.of(new ConfigProblem(e.file(), e.line(), e.detail()));
        }
    }

    /**
     * One problem as {@code file:line: message}. A rule file is named by its path in the rules folder (or its
     * classpath name for the built-in rules); the build names files by their last path segment only.
     */
    private static String format(ConfigProblem p, Path rulesDir, Map<String, String> rules, java.util.Locale locale) {
        String file = p.file() == null || p.file().isBlank()
                ? (locale.getLanguage().equals("en") ? "(unknown file)" : "（文件不明）") : p.file();
        if (rules != null) {
            String key = rules.containsKey(file) ? file : rules.keySet().stream()
                    .filter(k -> lastSegment(k).equals(lastSegment(p.file() == null ? "" : p.file())))
                    .findFirst().orElse(null);
            if (key != null) {
                file = rulesDir == null ? RuleSet.RESOURCE_FOLDER + key : rulesDir.resolve(key).toString();
            }
        }
        String message = WHITE_SPACE.matcher(p.message(locale).strip()).replaceAll(" ");
        return p.line() > 0 ? file + ":" + p.line() + ": " + message : file + ": " + message;
    }

    private static String lastSegment(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
