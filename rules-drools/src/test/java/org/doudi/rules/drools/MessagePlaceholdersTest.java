package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every placeholder of a reason message is filled by a figure that each rule emitting the reason names. A misspelt
 * placeholder ({@code {standrd}}), or a rule that stops naming a figure its message shows, renders an empty gap in the
 * caseworker's text, which no decision test notices: the amounts are right, only the sentence is wrong.
 *
 * <p>The rules are read as text: every {@code ReasonFact.of(CODE, member, name, value, ...)} and {@code
 * ReasonFact.household(CODE, name, value, ...)} of the built-in DRL files, with its figure names. A reason whose
 * variant figure ({@code basis}, {@code which}, {@code condition}, {@code mode}: the first with a template) is a fixed
 * text is rendered with the template {@code CODE.VALUE} when there is one. A reason whose variant figure is computed
 * is checked against its code's own template here; which variant it gets is known only when it is decided, and the
 * testkit's household-messages test checks every rendered reason of every scenario for unfilled placeholders. Lines
 * whose key starts with a lower-case letter are words for codes ({@code type.MEDICAL}), not reason templates.
 */
class MessagePlaceholdersTest {

    static final Pattern CALL = Pattern.compile("ReasonFact\\.(of|household)\\(");
    static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** One reason a rule emits: where, the codes it may carry, its figure names, and its basis when fixed. */
    record Emission(String where, Set<String> codes, Set<String> figures, Map<String, String> variants) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages_zh.properties", "messages_en.properties"})
    @DisplayName("理由信息中的每个占位符，都由发出该理由的每条规则给出同名的数字或文字")
    void everyPlaceholderIsFilledByAFigureTheRuleEmits(String file) throws IOException {
        Properties templates = load(file);
        List<Emission> emissions = emissions();
        assertThat(emissions).as("reasons found in the DRL files").hasSizeGreaterThan(40);
        List<String> gaps = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Emission e : emissions) {
            for (String code : e.codes()) {
                for (String key : templatesFor(templates, code, e.variants())) {
                    used.add(key);
                    Matcher m = PLACEHOLDER.matcher(templates.getProperty(key));
                    while (m.find()) {
                        String name = m.group(1);
                        if (!name.equals("member") && !e.figures().contains(name)) {
                            gaps.add(file + " " + key + ": {" + name + "} is not a figure of " + e.where()
                                    + " (figures " + e.figures() + ")");
                        }
                    }
                }
            }
        }
        assertThat(gaps).as("placeholders no rule fills").isEmpty();
        // a template no rule uses is a misspelt code or a left-over: its reason would show no message
        Set<String> reasonTemplates = new TreeSet<>(templates.stringPropertyNames());
        reasonTemplates.removeIf(k -> Character.isLowerCase(k.charAt(0)));
        for (Emission e : emissions) {
            // the code's own template is the fallback of its variants (and the text of a rule folder's new variant)
            e.codes().forEach(used::add);
            // a variant chosen by a computed figure: any variant of the code may be used
            if (e.variants().containsValue(null)) {
                e.codes().forEach(code -> reasonTemplates.removeIf(k -> k.startsWith(code + ".")));
            }
        }
        assertThat(reasonTemplates).as("templates of codes no rule emits").isSubsetOf(used);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages_zh.properties", "messages_en.properties"})
    @DisplayName("反例：拼错的占位符会被发现")
    void aMisspeltPlaceholderIsFound(String file) throws IOException {
        Properties templates = load(file);
        String template = templates.getProperty("SINGLE_PERSON_COVERED");
        assertThat(template).contains("{standard}");
        Emission covered = emissions().stream().filter(e -> e.codes().contains("SINGLE_PERSON_COVERED")).findFirst()
                .orElseThrow();
        Matcher m = PLACEHOLDER.matcher(template.replace("{standard}", "{standrd}"));
        Set<String> unfilled = new TreeSet<>();
        while (m.find()) {
            if (!m.group(1).equals("member") && !covered.figures().contains(m.group(1))) {
                unfilled.add(m.group(1));
            }
        }
        assertThat(unfilled).containsExactly("standrd");
    }

    /**
     * The template a reason is rendered with, as {@code ReasonMessages} chooses it: the variant of the first variant
     * figure whose fixed value has one, else the code's own template.
     */
    static List<String> templatesFor(Properties templates, String code, Map<String, String> variants) {
        for (String figure : ReasonMessages.VARIANT_FIGURES) {
            String value = variants.get(figure);
            if (value != null && templates.containsKey(code + "." + value)) {
                return List.of(code + "." + value);
            }
        }
        return templates.containsKey(code) ? List.of(code) : List.of();
    }

    static List<Emission> emissions() {
        List<Emission> emissions = new ArrayList<>();
        for (Map.Entry<String, String> file : RuleSet.readBuiltInSources().entrySet()) {
            String drl = file.getValue();
            Matcher m = CALL.matcher(drl);
            while (m.find()) {
                List<String> args = arguments(drl, m.end());
                int line = (int) drl.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                int first = m.group(1).equals("of") ? 2 : 1;
                Set<String> codes = new LinkedHashSet<>();
                Matcher s = STRING.matcher(args.get(0));
                while (s.find()) {
                    codes.add(s.group(1));
                }
                Set<String> figures = new LinkedHashSet<>();
                Map<String, String> variants = new java.util.HashMap<>();
                for (int i = first; i + 1 < args.size(); i += 2) {
                    String name = args.get(i).strip();
                    assertThat(name).as("figure name at %s:%d", file.getKey(), line).matches("\"[A-Za-z]+\"");
                    name = name.substring(1, name.length() - 1);
                    figures.add(name);
                    String value = args.get(i + 1).strip();
                    if (ReasonMessages.VARIANT_FIGURES.contains(name)) {
                        // the fixed value, or null when computed
                        variants.put(name, value.matches("\"[A-Z_]+\"") ? value.substring(1, value.length() - 1) : null);
                    }
                }
                emissions.add(new Emission(file.getKey() + ":" + line, codes, figures, variants));
            }
        }
        return emissions;
    }

    /** The arguments of a call whose opening parenthesis ends at {@code from}, split at top-level commas. */
    static List<String> arguments(String text, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder arg = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
                if (depth == 0) {
                    args.add(arg.toString());
                    return args;
                }
                depth--;
            } else if (!quoted && c == ',' && depth == 0) {
                args.add(arg.toString());
                arg.setLength(0);
                continue;
            }
            arg.append(c);
        }
        throw new AssertionError("unclosed call at " + from);
    }

    static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagePlaceholdersTest.class.getResourceAsStream("/org/doudi/rules/policy/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
