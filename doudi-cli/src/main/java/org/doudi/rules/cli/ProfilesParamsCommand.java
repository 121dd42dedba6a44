package org.doudi.rules.cli;

import java.util.List;

import org.doudi.rules.profile.ParameterCatalog;
import org.doudi.rules.profile.ParameterSpec;
import org.doudi.rules.profile.PolicyArea;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code doudi profiles params [PARAMETER...]}: the parameter catalog itself, without any profile's values: every
 * parameter the profile files may set, by policy area, with how its value is written (kind, unit, limits, allowed
 * names, required or optional) and what it means; Chinese by default, English with {@code --lang en}. With parameter
 * names, only those. Exit 0; an unknown parameter is a usage error (exit 1) with a suggestion. The profiles' values are
 * shown by {@code profiles show} and {@code profiles history}.
 */
@Command(name = "params",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {"List the parameter catalog: every parameter a profile file may set, by policy area, with its "
                + "kind, unit, limits, allowed names, whether it is required, and its meaning.",
                "With PARAMETER names, only those."})
public final class ProfilesParamsCommand extends DoudiSubcommand {

    @Parameters(paramLabel = "PARAMETER", arity = "0..*", description = "Parameter names, e.g. edge.multiplier "
            + "(default: all).")
    List<String> names = List.of();

    @Mixin
    LangOption lang = new LangOption();

    @Override
    protected int run() {
        Lang l = lang.lang();
        List<ParameterSpec> chosen = names.isEmpty() ? ParameterCatalog.all()
                : names.stream().map(n -> ProfileText.parameter(this, n, l)).toList();
        StringBuilder b = new StringBuilder();
        if (names.isEmpty()) {
            b.append(l.pick("档案参数目录：共 ", "Parameter catalog: ")).append(chosen.size())
                    .append(l.pick(" 项（各地的取值：doudi profiles show 档案）\n",
                            " parameters (a profile's values: doudi profiles show PROFILE)\n"));
        }
        for (PolicyArea area : PolicyArea.values()) {
            List<ParameterSpec> inArea = chosen.stream().filter(s -> s.area() == area).toList();
            if (inArea.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(area.title(l.english())).append("  (docs/").append(area.page()).append(")\n");
            for (ParameterSpec s : inArea) {
                b.append("  ").append(s.key()).append('\n');
                b.append("      ").append(s.description(l.english())).append('\n');
                b.append("      ").append(s.valueDescription(l.english())).append('\n');
            }
        }
        out().print(b);
        return ExitCodes.OK;
    }
}
