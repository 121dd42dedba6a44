package org.doudi.rules.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.scenario.ScenarioReport;
import org.doudi.rules.scenario.ScenarioResult;
import org.doudi.rules.scenario.ScenarioRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doudi test PATH... [--coverage]}: runs scenario files (format: docs/analysts/write-a-scenario.md; folders
 * recursively, {@code *.yaml} and {@code *.yml}, skipping subfolders named {@code params}) and prints each failure
 * with file and line, scenario name, field path, expected and actual value, a blank line after each; with {@code --coverage} the rules that no scenario fired
 * (id, name, file) or that all fired; and last, exactly {@code N passed, N failed} (this line is the same in both
 * languages, for the scripts that read it; the rest is Chinese unless {@code --lang en}). Exit 0 when every scenario
 * passed, 1 otherwise (a malformed scenario, a file that does not parse, a path that does not exist or a folder
 * without scenario files counts as a failed scenario). Rules or profiles that do not load: the problem, then a
 * configuration-error line saying that no scenario ran, exit 3.
 *
 * <p>{@code --rules} and {@code --params} choose the rule base as on every command; a scenario with its own
 * {@code params:} folder is decided with the same rules and that folder overlaid on the built-in profiles instead.
 */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {"Run scenario files (YAML) and report failures: file, scenario, field, expected and actual.",
                "The last line is 'N passed, N failed'. Exit codes: 0 all passed; 1 otherwise."})
public final class TestCommand extends DoudiSubcommand {

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "PATH",
            description = "Scenario files, or folders searched recursively for *.yaml and *.yml "
                    + "(skipping subfolders named params, which hold profile overlays).")
    List<Path> paths;

    @Option(names = "--coverage", description = "Also list the rules that no scenario fired.")
    boolean coverage;

    @Mixin
    LangOption lang = new LangOption();

    @Override
    protected int run() {
        Locale locale = lang.lang().locale();
        org.doudi.rules.drools.DroolsEligibilityService service;
        try {
            service = service();
        } catch (PolicyConfigurationException e) {
            // rules or profiles that do not build: the problem in words, then the line that says no scenario ran
            printLine(out(), Scrubber.scrub(ConfigErrors.text(e, locale)));
            printLine(out(), lang.lang().pick("配置错误：规则或参数无法加载，没有运行任何场景（0 passed, 0 failed）",
                    "configuration error: the rules or profiles do not load, no scenario ran (0 passed, 0 failed)"));
            return ExitCodes.CONFIGURATION_ERROR;
        }
        ScenarioRunner runner = new ScenarioRunner(service, sources().rulesDir());
        ScenarioReport report = runner.run(paths);
        for (ScenarioResult failure : report.failures()) {
            printLine(out(), Scrubber.scrub(failure.describe(locale)));
            out().print('\n');
        }
        if (coverage) {
            printLine(out(), report.coverage().describe(locale));
        }
        printLine(out(), report.summary());
        return report.allPassed() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
