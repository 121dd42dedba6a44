package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules fire in reading order when several could fire at once: rules.index, then each file from top to bottom. */
class RuleOrderTest {

    private static final Pattern RULE_ID = Pattern.compile("@ruleId\\(\"([^\"]+)\"\\)");

    @TempDir
    Path dir;

    @Test
    @DisplayName("the built-in rules load in reading order: the files of rules.index, each from top to bottom")
    void builtInRulesLoadInReadingOrder() {
        RuleSet rules = RuleSet.builtIn();

        List<String> reading = new ArrayList<>();
        for (String text : RuleSet.readBuiltInSources().values()) {
            Matcher m = RULE_ID.matcher(text);
            while (m.find()) {
                reading.add(m.group(1));
            }
        }
        assertThat(reading).hasSizeGreaterThan(70).startsWith("DB-MEM-001").endsWith("DB-VER-035");
        assertThat(byLoadOrder(rules)).isEqualTo(reading);
        assertThat(rules.sources().keySet()).startsWith("members.drl", "income.drl", "assets.drl");
    }

    @Test
    @DisplayName("a folder's rules.index orders its files; files it does not list follow in name order")
    void folderIndexOrdersFiles() throws IOException {
        for (String name : List.of("a.drl", "b.drl", "c.drl", "d.drl")) {
            Files.writeString(dir.resolve(name), "// " + name + "\n", StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("rules.index"), "# order\nc.drl\n\nb.drl\nmissing.drl\n", StandardCharsets.UTF_8);

        Map<String, String> sources = RuleSet.readDirectory(dir);

        assertThat(sources.keySet()).containsExactly("c.drl", "b.drl", "a.drl", "d.drl");
        assertThat(sources.get("c.drl")).isEqualTo("// c.drl\n");
    }

    @Test
    @DisplayName("without rules.index, a folder's files are read in name order")
    void folderWithoutIndex() throws IOException {
        for (String name : List.of("b.drl", "a.drl")) {
            Files.writeString(dir.resolve(name), "// " + name + "\n", StandardCharsets.UTF_8);
        }

        assertThat(RuleSet.readDirectory(dir).keySet()).containsExactly("a.drl", "b.drl");
    }

    private static List<String> byLoadOrder(RuleSet rules) {
        List<RuleImpl> all = new ArrayList<>();
        rules.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> all.add((RuleImpl) r)));
        all.sort(Comparator.comparingInt(RuleImpl::getLoadOrder));
        return all.stream().map(r -> String.valueOf(r.getMetaData().get("ruleId"))).toList();
    }
}
