package org.doudi.rules.cli;

import org.doudi.rules.api.request.Residence;
import org.doudi.rules.profile.DidYouMean;
import org.doudi.rules.profile.ParameterCatalog;
import org.doudi.rules.profile.ParameterSpec;
import org.doudi.rules.profile.ParameterUnit;
import org.doudi.rules.profile.Profile;
import org.doudi.rules.profile.Profile.ParameterEntry;
import org.doudi.rules.profile.ProfileRepository;

import picocli.CommandLine;

/**
 * What the parameter explorer ({@code profiles show}, {@code profiles history}, {@code profiles params}) writes for a
 * profile value and a parameter of the catalog.
 */
final class ProfileText {

    private ProfileText() {
    }

    /**
     * The declaration of a parameter a command names.
     *
     * @throws CommandLine.ParameterException for a name the catalog does not know, with a suggestion
     */
    static ParameterSpec parameter(DoudiSubcommand command, String key, Lang l) {
        return ParameterCatalog.byKey(key).orElseThrow(() -> new CommandLine.ParameterException(
                command.spec.commandLine(), l.pick("未知参数 ", "unknown parameter ") + "'" + key + "'"
                + ParameterCatalog.suggestion(key, l.english())));
    }

    /** Appends a parameter's meaning and unit, indented, and a newline: what the value stands for. */
    static void meaning(StringBuilder b, ParameterSpec s, String indent, Lang l) {
        b.append(indent).append(s.description(l.english()));
        if (s.unit() != ParameterUnit.NONE) {
            b.append(l.pick("；单位：", "; unit: ")).append(s.unit().text(l.english()));
        }
        b.append('\n');
    }

    /**
     * The profile a command names, from {@code --params} (and {@code --rules}, which checks the profiles' clauses).
     *
     * @throws CommandLine.ParameterException for an unknown id, with a suggestion
     */
    static Profile profile(DoudiSubcommand command, String id, Lang l) {
        ProfileRepository repository = command.sources().rulesDir() != null ? command.service().profiles()
                : command.profiles();
        return repository.byId(id).orElseThrow(() -> new CommandLine.ParameterException(
                command.spec.commandLine(), l.pick("未知档案 ", "unknown profile ") + "'" + id + "'"
                + DidYouMean.hint(id, repository.all().stream().map(Profile::id).toList(), l.english())));
    }

    static String residence(Residence r, Lang l) {
        return r == Residence.URBAN ? l.pick("城市（URBAN）：", "Urban (URBAN):") : l.pick("农村（RURAL）：", "Rural (RURAL):");
    }

    /** Appends an entry's value, date (when {@code withDate}), source and origin, and a newline. */
    static void entry(StringBuilder b, ParameterEntry e, Lang l, boolean withDate) {
        if (e.value() == null || e.value().isEmpty()) {
            b.append(e.from() == null || e.value() != null ? l.pick("（未设定）", "(not set)")
                    : l.pick("（无值：此日起停用）", "(no value: ended from this date)"));
        } else {
            b.append(e.value());
            if (e.yearly() != null) {
                b.append(l.pick("（每年 ", " (yearly ")).append(e.yearly()).append(l.pick(" 元，按月 ", " yuan, monthly "))
                        .append(e.value()).append(l.pick(" 元）", " yuan)"));
            }
        }
        if (withDate) {
            b.append(l.pick("；起始：", "; from: ")).append(e.from() == null ? l.pick("不分日期", "all dates") : e.from());
        }
        b.append(l.pick("；来源：", "; source: ")).append(e.source());
        b.append("  [").append(e.builtIn() ? l.pick("内置 ", "built-in ") : l.pick("覆盖 ", "overlay "))
                .append(e.file()).append(':').append(e.line()).append("]\n");
    }
}
