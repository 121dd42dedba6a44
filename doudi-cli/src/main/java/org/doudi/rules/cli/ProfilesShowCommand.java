package org.doudi.rules.cli;

import java.time.LocalDate;
import java.util.List;

import org.doudi.rules.api.request.Residence;
import org.doudi.rules.profile.Profile;
import org.doudi.rules.profile.Profile.ParameterEntry;
import org.doudi.rules.profile.ParameterCatalog;
import org.doudi.rules.profile.ParameterSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doudi profiles show PROFILE [--date D] [--residence R]}: the parameter explorer. Lists every parameter of the
 * catalog (in its order; one the profile never sets shows as having no value) as resolved on a date for each residence: its value (with the yearly amount as written where a standard is
 * given per year, and its monthly conversion), the date it took effect, its source, and where it comes from (the
 * built-in data or an overlay folder, file and line), and under it the parameter's meaning and unit from the
 * {@link ParameterCatalog} (Chinese, or English with {@code --lang en}). The date defaults to the latest date in the profile's data (never
 * the system clock). Exit 0; an unknown profile is a usage error (exit 1) with a suggestion.
 */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = {"List every parameter of a profile as resolved on a date: value, monthly conversion, effective "
                + "date, source, whether it comes from the built-in data or an overlay (file and line), and the "
                + "parameter's meaning and unit.",
                "The date defaults to the latest date in the profile's data."})
public final class ProfilesShowCommand extends DoudiSubcommand {

    @Parameters(index = "0", paramLabel = "PROFILE", description = "The profile id, e.g. hn-xiayi.")
    String profileId;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date (default: the latest date in the "
            + "profile's data).")
    LocalDate date;

    @Option(names = "--residence", paramLabel = "URBAN|RURAL", description = "One residence (default: both).")
    Residence residence;

    @Mixin
    LangOption lang = new LangOption();

    @Override
    protected int run() {
        Lang l = lang.lang();
        Profile p = ProfileText.profile(this, profileId, l);
        LocalDate on = date != null ? date : p.valueDates().isEmpty() ? null : p.valueDates().last();
        StringBuilder b = new StringBuilder();
        b.append(p.id()).append("  ").append(l.english() && p.descriptionEn() != null ? p.descriptionEn() : p.name())
                .append('\n');
        b.append(l.pick("取值日期：", "Date: ")).append(on == null ? l.pick("不分日期（各值始终适用）",
                "any (every value holds for all dates)") : on.toString());
        if (date == null && on != null) {
            b.append(l.pick("（数据中的最后日期；用 --date 指定）", " (the latest date in the data; set it with --date)"));
        }
        b.append('\n');
        LocalDate resolved = on == null ? LocalDate.of(2000, 1, 1) : on;
        for (Residence r : residence == null ? List.of(Residence.URBAN, Residence.RURAL) : List.of(residence)) {
            b.append('\n').append(ProfileText.residence(r, l)).append('\n');
            for (ParameterSpec s : ParameterCatalog.all()) {
                b.append("  ").append(s.key()).append(" = ");
                ParameterEntry e = p.inForce(s.key(), r, resolved).orElse(null);
                if (e == null) {
                    b.append(l.pick("（此日期无值）", "(no value on this date)")).append('\n');
                } else {
                    ProfileText.entry(b, e, l, true);
                }
                ProfileText.meaning(b, s, "      ", l);
            }
        }
        out().print(b);
        return ExitCodes.OK;
    }
}
