package org.doudi.rules.cli;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.doudi.rules.profile.Profile;
import org.doudi.rules.profile.ProfileRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code doudi profiles}: lists every profile (the built-in ones, with {@code --params DIR} overlaid) with its id,
 * name, region codes, whether it is a base profile, and the dates on which its values take effect or end. Exit 0.
 * The rules are built only when {@code --rules} is given (rules that do not build are then exit 3, as on every
 * command); the built-in rules are not needed for the listing.
 */
@Command(name = "profiles",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        subcommands = {ProfilesShowCommand.class, ProfilesHistoryCommand.class, ProfilesParamsCommand.class},
        description = {"List the profiles with their regions and the dates of their values.",
                "'profiles show PROFILE' lists every parameter on a date; 'profiles history PROFILE PARAMETER' a "
                        + "parameter's dated series; 'profiles params' the parameter catalog (meaning, unit, kind)."})
public final class ProfilesCommand extends DoudiSubcommand {

    @Mixin
    LangOption lang = new LangOption();

    @Override
    protected int run() {
        Lang l = lang.lang();
        StringBuilder b = new StringBuilder();
        boolean first = true;
        ProfileRepository repository = sources().rulesDir() != null ? service().profiles() : profiles();
        for (Profile p : repository.all()) {
            if (!first) {
                b.append('\n');
            }
            first = false;
            b.append(p.id()).append("  ").append(p.name());
            if (p.isBase()) {
                b.append(l.pick("  [基础档案，不可直接评估]", "  [base profile, not evaluated directly]"));
            }
            b.append('\n');
            b.append("  ").append(l.pick("地区：", "regions: "))
                    .append(p.regions().isEmpty() ? l.pick("无", "none") : String.join(", ", p.regions())).append('\n');
            b.append("  ").append(l.pick("取值日期：", "value dates: "))
                    .append(p.valueDates().isEmpty() ? l.pick("不分日期（各值始终适用）", "undated (every value holds for all dates)")
                            : p.valueDates().stream().map(LocalDate::toString).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        out().print(b);
        return ExitCodes.OK;
    }
}
