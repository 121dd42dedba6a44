package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.rules.profile.Profile;
import org.doudi.rules.profile.ProfileRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The analysts' pages say what the rules do: every rule is described on exactly one policy page under its own name,
 * each page's citations table is what the rules and the shipped profiles cite (regenerate it with {@link
 * PolicyDocs#main}), and every reason code the rules emit is explained in {@code docs/reason-codes.md}.
 */
class PolicyDocsTest {

    private static final Path POLICY = Path.of("../docs/policy");
    private static final Pattern ROW = Pattern.compile("^\\| (DB-[A-Z]+-\\d+) \\| ([^|]*) \\|");
    private static final Pattern EMITS = Pattern.compile("ReasonFact\\.(?:of|household)\\(\\s*\"([A-Z_]+)\"");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([A-Z][A-Z_]+)\"");

    private static final Map<String, String> pages = new LinkedHashMap<>();
    private static Map<String, String> names;

    @BeforeAll
    static void read() throws IOException {
        try (var files = Files.list(POLICY)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                pages.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        names = PolicyDocs.ruleNames();
        assertThat(names).hasSizeGreaterThan(70);
    }

    @Test
    @DisplayName("每条规则在且仅在一个政策页面的规则表中，名称与 DRL 中的规则名相同；其他页面引用它时名称也相同")
    void everyRuleOnExactlyOnePageUnderItsName() {
        List<String> defects = new ArrayList<>();
        for (Map.Entry<String, String> rule : names.entrySet()) {
            List<String> home = new ArrayList<>();
            pages.forEach((page, text) -> {
                if (text.contains("\n" + PolicyDocs.CITATIONS) && PolicyDocs.rulesOfPage(
                        text.substring(0, text.indexOf("\n" + PolicyDocs.CITATIONS)), names).contains(rule.getKey())) {
                    home.add(page);
                }
            });
            if (home.size() != 1) {
                defects.add(rule.getKey() + " " + rule.getValue() + ": described on " + home);
            }
        }
        pages.forEach((page, text) -> {
            boolean citations = false;
            for (String line : text.split("\n")) {
                citations |= line.startsWith(PolicyDocs.CITATIONS);
                Matcher m = ROW.matcher(line);
                if (!citations && m.find() && !m.group(2).equals(names.get(m.group(1)))) {
                    defects.add(page + ": " + m.group(1) + " is named \"" + m.group(2) + "\", the rule is "
                            + (names.containsKey(m.group(1)) ? "\"" + names.get(m.group(1)) + "\"" : "not in the DRL"));
                }
            }
        });
        assertThat(defects).as(String.join("\n", defects)).isEmpty();
    }

    @Test
    @DisplayName("每个政策页面的条款引用表与 DRL 的 @clause 和地区档案的 clauses: 一致（用 PolicyDocs.main 重新生成）")
    void citationTablesAreWhatTheRulesCite() {
        Map<String, String> clauses = PolicyDocs.ruleClauses();
        List<Profile> profiles = ProfileRepository.builtIn().all();
        List<String> stale = new ArrayList<>();
        pages.forEach((page, text) -> {
            if (!PolicyDocs.withCitations(text, names, clauses, profiles).equals(text)) {
                stale.add(page);
            }
        });
        assertThat(stale).as("pages whose citations table differs from the rules and profiles: run PolicyDocs.main")
                .isEmpty();
    }

    @Test
    @DisplayName("规则输出的每个理由代码都在 docs/reason-codes.md 中说明")
    void everyReasonCodeIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("../docs/reason-codes.md"), StandardCharsets.UTF_8);
        Set<String> codes = new TreeSet<>();
        for (String drl : RuleSet.readBuiltInSources().values()) {
            Matcher m = EMITS.matcher(drl);
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        // a code chosen in the consequence (DB-SUB-020 chooses LIVING_SUBSIDY or NURSING_SUBSIDY)
        for (String drl : RuleSet.readBuiltInSources().values()) {
            Matcher m = CODE_LITERAL.matcher(drl);
            while (m.find()) {
                if (m.group(1).endsWith("_SUBSIDY")) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(35);
        assertThat(codes.stream().filter(c -> !doc.contains("`" + c + "`")).toList()).isEmpty();
    }
}
