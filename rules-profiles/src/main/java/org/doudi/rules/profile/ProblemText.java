package org.doudi.rules.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese wording of the problems that profiles, rules and scenarios report (their text is written in English
 * once, where the problem is found, and kept in English in the JSON outputs): a catalogue of English templates with
 * their Chinese text, read from every {@value #CATALOGUE} on the class path (each module ships the wording of its
 * own messages).
 *
 * <p>A catalogue file holds entries of two lines, blank lines and {@code #} comments between them:
 * <pre>
 * unknown parameter '{0}'{1}
 * = 未知参数“{0}”{1}
 * </pre>
 * A placeholder {@code {0}}..{@code {9}} stands for any text; of the entries whose English template matches the whole
 * message, the one with the most literal text (the most specific) gives its Chinese text, each placeholder filled
 * with the matched text, itself translated when it matches an entry (so a hint such as {@code  (did you mean 'x'?)}
 * is worded in Chinese inside any message). A message no entry matches is shown as it is. A message already written in both languages ({@code 中文 / English}, Chinese
 * first) gives its Chinese or its English half. A catalogue whose Chinese text is not Chinese or names a placeholder its
 * English template lacks is refused when it is read (each module's tests read them). Stateless and thread-safe.
 */
public final class ProblemText {

    /** The class-path name of the catalogue files. */
    public static final String CATALOGUE = "META-INF/doudi/problem-texts-zh.txt";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    /** Runs of white space, one space in a Chinese message (a compiler's message may break its lines anywhere). */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** A message written in both languages, Chinese first: {@code 中文 / English}. */
    private static final Pattern BILINGUAL = Pattern.compile("(.*\\p{IsHan}[^/]*?)\\s?/ ([A-Za-z][^\\p{IsHan}]*)",
            Pattern.DOTALL);

    /** One template: the English pattern, the Chinese text with placeholders, and where it was written. */
    record Entry(Pattern english, String chinese, String where) {
    }

    private static volatile List<Entry> entries;

    private ProblemText() {
    }

    /**
     * A message in a language.
     *
     * @param locale   the language (Chinese for any locale whose language is {@code zh}, and for null), English
     *                 otherwise
     * @param english  the message as reported (in English), may be null
     * @return the message in that language: the catalogue's Chinese text, or {@code english} unchanged when the
     *         language is English or no entry matches
     */
    public static String in(Locale locale, String english) {
        if (english == null || english.isEmpty()) {
            return english;
        }
        boolean zh = locale == null || locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        Matcher both = BILINGUAL.matcher(english);
        if (both.matches()) {
            return zh ? both.group(1).strip() : both.group(2).strip();
        }
        return zh ? chinese(SPACES.matcher(english.strip()).replaceAll(" "), 0) : english;
    }

    /**
     * @param english  a message, not null
     * @return true if an entry of the catalogue words it in Chinese
     */
    public static boolean known(String english) {
        return find(english) != null;
    }

    private static String chinese(String text, int depth) {
        String worded = worded(text, depth);
        return worded == null ? text : worded;
    }

    /** The text in the words of the first (most specific) entry that matches it, or null when none does. */
    private static String worded(String text, int depth) {
        for (Entry e : entries()) {
            Matcher m = e.english().matcher(text);
            if (m.matches()) {
                Matcher p = PLACEHOLDER.matcher(e.chinese());
                StringBuilder b = new StringBuilder();
                while (p.find()) {
                    String arg = e.english().pattern().contains("(?<p" + p.group(1) + ">")
                            ? m.group("p" + p.group(1)) : p.group();
                    p.appendReplacement(b, Matcher.quoteReplacement(depth < 3 ? part(arg, depth) : arg));
                }
                p.appendTail(b);
                return b.toString();
            }
        }
        return null;
    }

    /**
     * A placeholder's text: translated (without its surrounding spaces) when an entry matches it, or, for a list of
     * sentences joined by {@code "; "}, each sentence an entry matches.
     */
    private static String part(String arg, int depth) {
        String core = arg.strip();
        if (core.isEmpty()) {
            return arg;
        }
        String worded = worded(core, depth + 1);
        if (worded != null) {
            return worded;
        }
        if (core.contains("; ")) {
            String[] parts = core.split("; ");
            boolean any = false;
            for (int i = 0; i < parts.length; i++) {
                String part = worded(parts[i], depth + 1);
                if (part != null) {
                    parts[i] = part;
                    any = true;
                }
            }
            if (any) {
                return String.join("；", parts);
            }
        }
        return arg;
    }

    private static Entry find(String text) {
        for (Entry e : entries()) {
            if (e.english().matcher(text).matches()) {
                return e;
            }
        }
        return null;
    }

    /** @return the entries of every catalogue on the class path, in class-path order, read once */
    static List<Entry> entries() {
        List<Entry> read = entries;
        if (read == null) {
            synchronized (ProblemText.class) {
                read = entries;
                if (read == null) {
                    read = load();
                    entries = read;
                }
            }
        }
        return read;
    }

    private static List<Entry> load() {
        List<Entry> all = new ArrayList<>();
        try {
            ClassLoader loader = ProblemText.class.getClassLoader();
            Enumeration<URL> urls = loader.getResources(CATALOGUE);
            for (URL url : Collections.list(urls)) {
                read(url, all);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CATALOGUE, e);
        }
        // the entry with the most literal text first: "cannot read the file: {0}" before "cannot read {0}: {1}"
        all.sort(java.util.Comparator.comparingInt((Entry e) -> literalLength(e.english())).reversed());
        return List.copyOf(all);
    }

    private static int literalLength(Pattern english) {
        return english.pattern().replaceAll("\\(\\?<p\\d>\\.\\*\\?\\)|\\\\k<p\\d>|\\\\Q|\\\\E", "").length();
    }

    private static void read(URL url, List<Entry> into) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            String english = null;
            int englishLine = 0;
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("= ")) {
                    if (english == null) {
                        throw new IllegalStateException(url + ":" + n + ": Chinese text without its English template");
                    }
                    String chinese = line.substring(2);
                    if (!placeholders(english).containsAll(placeholders(chinese)) || !HAN.matcher(chinese).find()) {
                        throw new IllegalStateException(url + ":" + n + ": the Chinese text must be Chinese and use"
                                + " only the placeholders of its English template");
                    }
                    into.add(new Entry(pattern(english), chinese, url + ":" + englishLine));
                    english = null;
                } else {
                    if (english != null) {
                        throw new IllegalStateException(url + ":" + englishLine + ": English template without its "
                                + "Chinese text (a line starting with '= ')");
                    }
                    english = line;
                    englishLine = n;
                }
            }
            if (english != null) {
                throw new IllegalStateException(url + ":" + englishLine + ": English template without its Chinese text");
            }
        }
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /**
     * An English template as a pattern: the text literally, each placeholder any text (as short as possible; a
     * placeholder written twice stands for the same text).
     */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher p = PLACEHOLDER.matcher(template);
        int at = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (p.find()) {
            regex.append(Pattern.quote(template.substring(at, p.start())));
            regex.append(seen.add(p.group(1)) ? "(?<p" + p.group(1) + ">.*?)" : "\\k<p" + p.group(1) + ">");
            at = p.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
