package org.doudi.rules.cli;

import java.util.List;

import org.doudi.rules.api.request.Residence;
import org.doudi.rules.profile.Profile;
import org.doudi.rules.profile.Profile.ParameterEntry;
import org.doudi.rules.profile.ParameterSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doudi profiles history PROFILE PARAMETER [--residence R]}: a parameter's dated series for each residence,
 * with inheritance and overlays applied, under the parameter's meaning and unit from the catalog: each entry's date,
 * value, source and origin (built-in or overlay, file and line). Exit 0; an unknown profile or parameter is a usage error (exit 1) with a suggestion.
 */
@Command(name = "history",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "List a parameter's dated series: date, value, source, and where each entry comes from.")
public final class ProfilesHistoryCommand extends DoudiSubcommand {

    @Parameters(index = "0", paramLabel = "PROFILE", description = "The profile id, e.g. hn-xiayi.")
    String profileId;

    @Parameters(index = "1", paramLabel = "PARAMETER", description = "The parameter, e.g. standard.")
    String parameter;

    @Option(names = "--residence", paramLabel = "URBAN|RURAL", description = "One residence (default: both).")
    Residence residence;

    @Mixin
    LangOption lang = new LangOption();

    @Override
    protected int run() {
        Lang l = lang.lang();
        Profile p = ProfileText.profile(this, profileId, l);
        ParameterSpec declared = ProfileText.parameter(this, parameter, l);
        StringBuilder b = new StringBuilder();
        b.append(p.id()).append(' ').append(parameter).append('\n');
        ProfileText.meaning(b, declared, "  ", l);
        for (Residence r : residence == null ? List.of(Residence.URBAN, Residence.RURAL) : List.of(residence)) {
            b.append('\n').append(ProfileText.residence(r, l)).append('\n');
            List<ParameterEntry> entries = p.history(parameter, r);
            if (entries.isEmpty()) {
                b.append("  ").append(l.pick("（无值）", "(no value)")).append('\n');
            }
            for (ParameterEntry e : entries) {
                b.append("  ").append(e.from() == null ? l.pick("不分日期", "all dates") : e.from().toString())
                        .append("  ");
                ProfileText.entry(b, e, l, false);
            }
        }
        out().print(b);
        return ExitCodes.OK;
    }
}
