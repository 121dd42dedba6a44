package org.doudi.rules.cli;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.profile.Profile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code doudi explain FILE|- [--lang en]}: the decision as readable text (Chinese by default, English with
 * {@code --lang en}), each figure and reason with its clause ({@link DecisionText}). Exit codes as {@code evaluate}:
 * an invalid request prints the same errors JSON (exit 2), a configuration error the same configurationError JSON
 * (exit 3).
 */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {"Explain the decision on one request as readable text, each figure and reason with its clause.",
                "Exit codes: 0 decided; 1 usage or file error; 2 invalid request; 3 configuration error."})
public final class ExplainCommand extends DoudiSubcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The request file, '-' for standard input.")
    String file;

    @Mixin
    LangOption lang = new LangOption();

    @Override
    protected int run() {
        String json = readText(file);
        DroolsEligibilityService service = service();
        EvaluationResult result = new RequestEvaluator(service).evaluate(json, lang.lang().locale());
        if (result instanceof EvaluationResult.Decided d) {
            String name = service.profiles().byId(d.decision().profile()).map(Profile::name).orElse(null);
            out().print(DecisionText.render(d.decision(), name, lang.lang()));
            return ExitCodes.OK;
        }
        if (result instanceof EvaluationResult.Rejected r) {
            printLine(out(), DoudiJson.writeErrors(r.problems(), true));
            return ExitCodes.INVALID_REQUEST;
        }
        printLine(out(), DoudiJson.writeConfigurationError(((EvaluationResult.Misconfigured) result).error(), true));
        return ExitCodes.CONFIGURATION_ERROR;
    }
}
