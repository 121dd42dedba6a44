package org.doudi.rules.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.doudi.rules.api.request.Residence;
import org.doudi.rules.profile.Profile.ParameterEntry;

/**
 * The parameter table of {@code docs/analysts/profiles.md}, generated from the {@link ParameterCatalog} and the
 * shipped profiles: one table per policy area, each parameter with its Chinese and English description, kind, unit,
 * limits, allowed values, the national default ({@code cn-national}) and the shipped profiles that set their own
 * value. It stands between {@link #BEGIN} and {@link #END} in the page; {@link ParameterDocsTest} fails when the page
 * differs, and rewrites it when run with {@code -Ddoudi.docs.write=true}:
 * <pre>
 * mvn -B -o -q test -pl rules-profiles -am -Dtest=ParameterDocsTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddoudi.docs.write=true
 * </pre>
 */
final class ParameterTable {

    /** The page, from the module's folder (the working directory of its tests). */
    static final Path PAGE = Path.of("..", "docs", "analysts", "profiles.md");
    /** The line before the table. */
    static final String BEGIN = "<!-- parameter-table:begin (generated from ParameterCatalog and the shipped profiles;"
            + " do not edit by hand: docs/contributing.md, \"A parameter\") -->";
    /** The line after the table. */
    static final String END = "<!-- parameter-table:end -->";

    private static final String NATIONAL = "cn-national";

    private ParameterTable() {
    }

    /** @return the generated table, between and including the marker lines, ending with a newline */
    static String render(ProfileRepository shipped) {
        Profile national = shipped.byId(NATIONAL).orElseThrow();
        StringBuilder b = new StringBuilder(BEGIN).append('\n');
        for (PolicyArea area : PolicyArea.values()) {
            List<ParameterSpec> specs = ParameterCatalog.inArea(area);
            if (specs.isEmpty()) {
                continue;
            }
            b.append('\n').append("### ").append(area.title(true)).append(" · ").append(area.title(false))
                    .append("\n\n").append("Policy: [").append(area.page()).append("](../").append(area.page())
                    .append(")\n\n");
            b.append("| parameter · 参数 | 含义 | meaning | value · 取值 | national default · 全国默认 | set by · 另设 |\n");
            b.append("|---|---|---|---|---|---|\n");
            for (ParameterSpec s : specs) {
                b.append("| `").append(s.key()).append("` | ").append(cell(s.descriptionZh())).append(" | ")
                        .append(cell(s.descriptionEn())).append(" | ").append(cell(s.valueDescription(true))).append(" | ")
                        .append(cell(nationalDefault(national, s.key()))).append(" | ")
                        .append(cell(setBy(shipped, s.key()))).append(" |\n");
            }
        }
        return b.append('\n').append(END).append('\n').toString();
    }

    /** {@code cn-national}'s value, with "assumed" or "setting" where its source says so. */
    private static String nationalDefault(Profile national, String key) {
        List<String> byResidence = new ArrayList<>();
        for (Residence r : Residence.values()) {
            String text = national.history(key, r).stream().map(ParameterTable::entry)
                    .collect(Collectors.joining("; "));
            byResidence.add(text.isEmpty() ? "— (set where used)" : text);
        }
        return byResidence.get(0).equals(byResidence.get(1)) ? byResidence.get(0)
                : "URBAN " + byResidence.get(0) + "; RURAL " + byResidence.get(1);
    }

    private static String entry(ParameterEntry e) {
        String value = e.value() == null ? "not set" : e.value().isEmpty() ? "none configured" : e.value();
        String from = e.from() == null ? "" : "from " + e.from() + ": ";
        String kind = e.source().startsWith("假设值") ? " (assumed)" : e.source().startsWith("设定") ? " (setting)" : "";
        return from + value + kind;
    }

    /** The shipped profiles whose own file sets the parameter, with the residence where only one is set. */
    private static String setBy(ProfileRepository shipped, String key) {
        List<String> ids = new ArrayList<>();
        for (Profile p : shipped.all()) {
            if (p.id().equals(NATIONAL)) {
                continue;
            }
            String own = ProfileRepository.RESOURCE_DIR + p.id() + ".yaml";
            List<String> residences = new ArrayList<>();
            for (Residence r : Residence.values()) {
                if (p.history(key, r).stream().anyMatch(e -> e.file().equals(own))) {
                    residences.add(r.name());
                }
            }
            if (!residences.isEmpty()) {
                ids.add(p.id() + (residences.size() == 1 ? " (" + residences.get(0) + ")" : ""));
            }
        }
        return ids.isEmpty() ? "—" : String.join(", ", ids);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /**
     * @param page  the page's text, not null
     * @return the page with its table replaced by {@code table}
     * @throws IllegalStateException when the page lacks the markers
     */
    static String replaceTable(String page, String table) {
        int begin = page.indexOf(BEGIN);
        int end = page.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(PAGE + " has no lines " + BEGIN + " ... " + END);
        }
        return page.substring(0, begin) + table + page.substring(end + END.length() + 1);
    }

    /** Rewrites the table of {@link #PAGE} (working directory: the module's folder). */
    static void write() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Files.writeString(PAGE, replaceTable(page, render(ProfileRepository.builtIn())), StandardCharsets.UTF_8);
    }
}
