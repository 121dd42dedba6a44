package org.doudi.rules.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.rules.api.money.BigMoney;

/**
 * Reason messages in Chinese and English, rendered from templates keyed by reason code with {@code {figure}}
 * placeholders ({@code org/doudi/rules/policy/messages_zh.properties}, {@code messages_en.properties}). Analysts edit
 * the wording there, not in Java. Immutable and thread-safe.
 *
 * <ul>
 *   <li><b>Variants</b>: a reason whose {@code basis}, {@code which}, {@code condition} or {@code mode} figure (looked
 *       at in that order) has a template of its own, keyed {@code CODE.VALUE} (e.g. {@code
 *       EXPENSE_NOT_DEDUCTIBLE.DEDUCTIONS_NOT_ENABLED}, {@code AMOUNT_COMPUTED.GRADED_GAP}), is rendered with it;
 *       without one, the code's template serves.</li>
 *   <li><b>Words for codes</b>: a figure whose value is a code (an enum name such as {@code MEDICAL} or {@code
 *       SPOUSE}) is written in words where the file has a line {@code figure.VALUE=words} (e.g. {@code
 *       type.MEDICAL=医疗}, {@code relation.SPOUSE=配偶}), so that a message reads as a sentence; the decision's
 *       figures keep the code. Keys of words start with a lower-case letter, reason codes with an upper-case one.</li>
 * </ul>
 */
public final class ReasonMessages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** The figures whose value may select a variant template {@code CODE.VALUE}, in the order they are tried. */
    static final List<String> VARIANT_FIGURES = List.of("basis", "which", "condition", "mode");

    private final Map<String, Template> zh;
    private final Map<String, Template> en;
    private final Map<String, String> zhWords;
    private final Map<String, String> enWords;

    private ReasonMessages(Properties zh, Properties en) {
        this.zh = parse(zh);
        this.en = parse(en);
        this.zhWords = words(zh);
        this.enWords = words(en);
    }

    /**
     * A template split at its placeholders once, when loaded: {@code texts[0] figure(keys[0]) texts[1] …}, so that
     * rendering (once per reason of every decision) only joins strings.
     */
    private record Template(String[] texts, String[] keys) {

        static Template of(String template) {
            List<String> texts = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(template);
            int end = 0;
            while (m.find()) {
                texts.add(template.substring(end, m.start()));
                keys.add(m.group(1));
                end = m.end();
            }
            texts.add(template.substring(end));
            return new Template(texts.toArray(String[]::new), keys.toArray(String[]::new));
        }

        String render(String memberLabel, Map<String, Object> figures, Map<String, String> words) {
            StringBuilder out = new StringBuilder(texts[0]);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals("member")) {
                    // the member's label is a name and an id, never a code to put in words
                    out.append(memberLabel).append(texts[i + 1]);
                    continue;
                }
                Object value = figures.get(keys[i]);
                out.append(value == null ? "" : inWords(keys[i], value, words)).append(texts[i + 1]);
            }
            return out.toString();
        }

        /** @return the names of the figures this template shows ({@code member} included when it names the member) */
        List<String> placeholders() {
            return List.of(keys);
        }
    }

    /** A figure's text: its words where the figure is a code the file words ({@code figure.VALUE}), else its value. */
    private static String inWords(String figure, Object value, Map<String, String> words) {
        String text = format(value);
        String word = words.get(figure + "." + text);
        return word == null ? text : word;
    }

    /** Templates: every key (reason codes and their variants; words and labels are templates without figures). */
    private static Map<String, Template> parse(Properties templates) {
        Map<String, Template> parsed = new HashMap<>();
        templates.stringPropertyNames().forEach(code -> parsed.put(code, Template.of(templates.getProperty(code))));
        return Map.copyOf(parsed);
    }

    /** Words for codes: the keys {@code figure.VALUE} that start with a lower-case letter. */
    private static Map<String, String> words(Properties templates) {
        Map<String, String> words = new HashMap<>();
        templates.stringPropertyNames().stream().filter(k -> !isTemplateKey(k))
                .forEach(k -> words.put(k, templates.getProperty(k)));
        return Map.copyOf(words);
    }

    private static boolean isTemplateKey(String key) {
        return !key.isEmpty() && !Character.isLowerCase(key.charAt(0));
    }

    /** @return the built-in messages, never null */
    public static ReasonMessages builtIn() {
        return new ReasonMessages(load("messages_zh.properties"), load("messages_en.properties"));
    }

    /**
     * The built-in messages with those of an analyst's rules folder over them: {@code messages_zh.properties} and
     * {@code messages_en.properties} at the top of the folder (UTF-8), each optional, read when the rules are built
     * (no rebuild of the project). A template of the folder replaces the built-in one of the same code; a code of the
     * folder's own rules gets its text from there.
     *
     * @param dir  the rules folder, not null
     * @return the messages, never null
     * @throws org.doudi.rules.api.PolicyConfigurationException if a message file exists but cannot be read
     */
    public static ReasonMessages builtInWithFolder(java.nio.file.Path dir) {
        Properties zh = load("messages_zh.properties");
        Properties en = load("messages_en.properties");
        overlay(zh, dir.resolve("messages_zh.properties"));
        overlay(en, dir.resolve("messages_en.properties"));
        return new ReasonMessages(zh, en);
    }

    private static void overlay(Properties into, java.nio.file.Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return;
        }
        Properties p = new Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | RuntimeException e) {
            throw org.doudi.rules.api.PolicyConfigurationException.brokenFile(file.toString(), 0,
                    "cannot read the message file: " + e.getMessage());
        }
        into.putAll(p);
    }

    /**
     * Messages from other classpath resources (e.g. the screening findings' templates).
     *
     * @param zhResource  the Chinese templates, a classpath resource path, not null
     * @param enResource  the English templates, not null
     * @return the messages, never null
     */
    public static ReasonMessages fromResources(String zhResource, String enResource) {
        return new ReasonMessages(loadResource(zhResource), loadResource(enResource));
    }

    private static Properties load(String name) {
        return loadResource(RuleSet.RESOURCE_FOLDER + name);
    }

    private static Properties loadResource(String path) {
        Properties p = new Properties();
        try (InputStream in = ReasonMessages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * @param locale  English for language {@code en}, Chinese otherwise
     * @param code    the reason code
     * @return true if a template exists for the code
     */
    public boolean has(Locale locale, String code) {
        return templates(locale).containsKey(code);
    }

    /**
     * Renders the message of a reason.
     *
     * @param locale   English for language {@code en}, Chinese otherwise; not null
     * @param code         the reason code, not null
     * @param memberLabel  the member concerned, as {@code {member}} names it ("" for the household), not null
     * @param figures      the figures, not null
     * @return the message, never null (the code itself when no template exists)
     */
    public String render(Locale locale, String code, String memberLabel, Map<String, Object> figures) {
        Template template = template(locale, code, figures);
        Map<String, String> words = "en".equals(locale.getLanguage()) ? enWords : zhWords;
        return template == null ? code : template.render(memberLabel, figures, words);
    }

    /**
     * The words for a code as the messages write it (e.g. figure {@code relation}, code {@code SPOUSE}: 配偶, or
     * "spouse" in English).
     *
     * @param locale  English for language {@code en}, Chinese otherwise; not null
     * @param figure  the figure the code is a value of, not null
     * @param code    the code, not null
     * @return the words, or null when the messages have none for it
     */
    public String words(Locale locale, String figure, String code) {
        return ("en".equals(locale.getLanguage()) ? enWords : zhWords).get(figure + "." + code);
    }

    /**
     * The names of the figures that the message of a reason shows (the placeholders of the template chosen for it,
     * {@code member} included), for checking that a rule emits every figure its message needs.
     *
     * @param locale   the language, not null
     * @param code     the reason code, not null
     * @param figures  the reason's figures (they choose a variant), not null
     * @return the placeholder names, empty when no template exists; never null
     */
    public List<String> placeholders(Locale locale, String code, Map<String, Object> figures) {
        Template template = template(locale, code, figures);
        return template == null ? List.of() : template.placeholders();
    }

    /** The variant template of the first variant figure that has one, else the code's template, else null. */
    private Template template(Locale locale, String code, Map<String, Object> figures) {
        Map<String, Template> templates = templates(locale);
        for (String figure : VARIANT_FIGURES) {
            Object value = figures.get(figure);
            Template variant = value == null ? null : templates.get(code + "." + format(value));
            if (variant != null) {
                return variant;
            }
        }
        return templates.get(code);
    }

    private Map<String, Template> templates(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    /**
     * The text form of a figure: money as plain digits (exact figures keep their decimals).
     *
     * @param value  a figure value, not null
     * @return its text, never null
     */
    static String format(Object value) {
        if (value instanceof BigMoney b) {
            return b.amount().stripTrailingZeros().scale() <= 2
                    ? b.amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()
                    : b.amount().stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
