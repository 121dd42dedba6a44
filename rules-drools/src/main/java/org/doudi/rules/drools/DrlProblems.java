package org.doudi.rules.drools;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.rules.profile.ConfigProblem;
import org.doudi.rules.profile.DidYouMean;

/**
 * Drools' compile problems in plain words where they can be: a parser error caused by full-width punctuation (the
 * commonest slip of a Chinese typist: {@code （} typed for {@code (}) is reported once, at the line of the slip, naming
 * the character; an unknown field of a fact names the fact and suggests the field most likely meant. Other problems
 * are kept as Drools words them. Stateless.
 */
final class DrlProblems {

    /** Full-width characters and the DRL characters they stand for. */
    private static final Map<Character, String> FULL_WIDTH = fullWidth();

    /** Drools' words for a property it cannot find on a fact class. */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    private static final Pattern PARSER_ERROR = Pattern.compile("\\[ERR 1\\d\\d]");

    private DrlProblems() {
    }

    private static Map<Character, String> fullWidth() {
        Map<Character, String> m = new LinkedHashMap<>();
        m.put('（', "(");
        m.put('）', ")");
        m.put('，', ",");
        m.put('；', ";");
        m.put('：', ":");
        m.put('“', "\"");
        m.put('”', "\"");
        m.put('‘', "'");
        m.put('’', "'");
        m.put('＝', "=");
        m.put('＜', "<");
        m.put('＞', ">");
        m.put('！', "!");
        m.put('｛', "{");
        m.put('｝', "}");
        m.put('【', "[");
        m.put('】', "]");
        m.put('．', ".");
        m.put('　', "a space");
        return m;
    }

    /**
     * @param problems  the problems of a classic parse and compile, not null
     * @param sources   the DRL sources by file name (or path), not null
     * @return the problems, reworded where they can be, in the same order; never null
     */
    static List<ConfigProblem> explain(List<ConfigProblem> problems, Map<String, String> sources) {
        List<ConfigProblem> out = new ArrayList<>();
        Set<String> fullWidthReported = new LinkedHashSet<>();
        for (ConfigProblem p : problems) {
            if (PARSER_ERROR.matcher(p.message()).find()) {
                String text = source(sources, p.file());
                ConfigProblem slip = text == null ? null : fullWidthSlip(p.file(), text);
                if (slip != null) {
                    if (fullWidthReported.add(p.file())) {
                        out.add(slip);
                    }
                    continue;
                }
            }
            out.add(unknownField(p));
        }
        return out;
    }

    private static String source(Map<String, String> sources, String file) {
        for (Map.Entry<String, String> e : sources.entrySet()) {
            if (DrlCompiler.fileName(e.getKey()).equals(file)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The first full-width punctuation outside quotes and comments, as a problem at its line; null when none. */
    static ConfigProblem fullWidthSlip(String file, String text) {
        String[] lines = text.split("\n", -1);
        boolean blockComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean inString = false;
            char quote = 0;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (blockComment) {
                    if (c == '*' && k + 1 < line.length() && line.charAt(k + 1) == '/') {
                        blockComment = false;
                        k++;
                    }
                    continue;
                }
                if (inString) {
                    if (c == '\\') {
                        k++;
                    } else if (c == quote) {
                        inString = false;
                    }
                    continue;
                }
                if (c == '"' || c == '\'') {
                    inString = true;
                    quote = c;
                } else if (c == '/' && k + 1 < line.length() && line.charAt(k + 1) == '/') {
                    break;
                } else if (c == '/' && k + 1 < line.length() && line.charAt(k + 1) == '*') {
                    blockComment = true;
                    k++;
                } else if (FULL_WIDTH.containsKey(c)) {
                    String meant = FULL_WIDTH.get(c);
                    return new ConfigProblem(file, i + 1, "full-width '" + c + "' typed for "
                            + (meant.length() == 1 ? "'" + meant + "'" : meant) + " (column " + (k + 1)
                            + "): outside quotes DRL needs half-width punctuation (全角符号，请切换到半角输入)");
                }
            }
        }
        return null;
    }

    /** An unknown property of a fact, with the fact's simple name and a suggestion; other problems unchanged. */
    static ConfigProblem unknownField(ConfigProblem p) {
        Matcher m = UNKNOWN_PROPERTY.matcher(p.message());
        if (!m.find()) {
            return p;
        }
        String type = m.group(1);
        String field = m.group(2);
        Class<?> fact;
        try {
            fact = Class.forName(type, false, DrlProblems.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return p;
        }
        String hint = DidYouMean.closest(field, properties(fact)).map(k -> " (did you mean '" + k + "'?)").orElse("");
        return new ConfigProblem(p.file(), p.line(), fact.getSimpleName() + " has no field '" + field + "'" + hint);
    }

    /** The names a DRL pattern can use on a fact: bean properties and record components. */
    private static List<String> properties(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() != 0 || method.getReturnType() == void.class
                    || Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String n = method.getName();
            if (n.startsWith("get") && n.length() > 3) {
                names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            } else if (n.startsWith("is") && n.length() > 2 && Character.isUpperCase(n.charAt(2))) {
                names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            } else {
                names.add(n);
            }
        }
        return List.copyOf(names);
    }
}
