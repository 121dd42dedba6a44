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
 * placeholders ({@code org/doudi/rules/policy/messages_zh.properties}, {@code messages_en.properties}). A reason with a
 * {@code basis} figure may have a template of its own, keyed {@code CODE.BASIS} (e.g. {@code
 * EXPENSE_NOT_DEDUCTIBLE.DEDUCTIONS_NOT_ENABLED}); without one, the code's template serves. Analysts edit the wording
 * there, not in Java. Immutable and thread-safe.
 */
public final class ReasonMessages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, Template> zh;
    private final Map<String, Template> en;

    private ReasonMessages(Properties zh, Properties en) {
        this.zh = parse(zh);
        this.en = parse(en);
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

        String render(String memberLabel, Map<String, Object> figures) {
            StringBuilder out = new StringBuilder(texts[0]);
            for (int i = 0; i < keys.length; i++) {
                Object value = keys[i].equals("member") ? memberLabel : figures.get(keys[i]);
                out.append(value == null ? "" : format(value)).append(texts[i + 1]);
            }
            return out.toString();
        }
    }

    private static Map<String, Template> parse(Properties templates) {
        Map<String, Template> parsed = new HashMap<>();
        templates.stringPropertyNames().forEach(code -> parsed.put(code, Template.of(templates.getProperty(code))));
        return Map.copyOf(parsed);
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
        Map<String, Template> templates = templates(locale);
        Object basis = figures.get("basis");
        Template template = basis == null ? null : templates.get(code + "." + basis);
        if (template == null) {
            template = templates.get(code);
        }
        return template == null ? Template.of(code).render(memberLabel, figures) : template.render(memberLabel, figures);
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
