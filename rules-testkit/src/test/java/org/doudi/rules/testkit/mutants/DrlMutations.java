package org.doudi.rules.testkit.mutants;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.rules.profile.Parameters;

/**
 * The one-line mistakes the seeded-mistake suite plants in the rule files ({@link DrlMutants}). Every mutation changes
 * one place of one rule's conditions ({@code when}), or the profile value a rule reads, and nothing else:
 * <ul>
 *   <li>{@code COMPARISON}: {@code <} ↔ {@code <=}, {@code >} ↔ {@code >=} (a limit that should or should not count);</li>
 *   <li>{@code EQUALITY}: {@code ==} ↔ {@code !=};</li>
 *   <li>{@code AND_OR}: {@code ||} ↔ {@code &&};</li>
 *   <li>{@code NEGATION}: a {@code !} dropped;</li>
 *   <li>{@code NOT_EXISTS}: {@code not} ↔ {@code exists};</li>
 *   <li>{@code DROP_CONDITION}: one constraint of a pattern, one condition line without a binding used later, or the
 *       result test of an {@code accumulate} left out;</li>
 *   <li>{@code SWAP_PARAMETER}: a profile value read by a rule ({@code $p.name()}, or a name inside
 *       {@code Parameters( ... )}) replaced by another profile value of the same type, chosen with the seed;</li>
 *   <li>{@code ACCUMULATE}: {@code collectList} → {@code collectSet}, {@code count()} → {@code min( 1 )};</li>
 *   <li>{@code NAMED}: the mistakes found by hand that once survived every test (support payments counted in a
 *       single-person unit).</li>
 * </ul>
 * Comments and string literals are never changed. Mutants are listed in a fixed order (file, position, operator);
 * the suite samples them with its seed.
 */
final class DrlMutations {

    /**
     * One planted mistake.
     *
     * @param operator  the kind of mistake
     * @param file      the DRL file name
     * @param line      the line of the change (from 1)
     * @param ruleId    the rule changed
     * @param before    the changed line(s) as written
     * @param after     the same line(s) with the mistake
     * @param mutated   the whole mutated file
     */
    record Mutant(String operator, String file, int line, String ruleId, String before, String after,
                  String mutated) {

        /** @return the file name with the line, {@code single_person.drl:120} */
        String location() {
            return file + ":" + line;
        }
    }

    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\s*$");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\s*$");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");
    private static final Pattern RULE_ID = Pattern.compile("@ruleId\\(\\s*\"([^\"]+)\"");
    private static final Pattern COMPARISON = Pattern.compile("(?<=\\s)(<=|>=|<|>)(?=\\s)");
    private static final Pattern EQUALITY = Pattern.compile("(?<=\\s)(==|!=)(?=\\s)");
    private static final Pattern AND_OR = Pattern.compile("(?<=\\s)(\\|\\||&&)(?=\\s)");
    private static final Pattern NEGATION = Pattern.compile("!(?=[A-Za-z$(])");
    private static final Pattern NOT_EXISTS = Pattern.compile("(?m)(?<=^\\s{0,40})(not|exists)(?=\\s)");
    private static final Pattern PATTERN_START = Pattern.compile("(?<![.\\w])([A-Z]\\w*)\\s*\\(");
    private static final Pattern ACCUMULATE = Pattern.compile("\\baccumulate\\s*\\(");
    private static final Pattern BINDING = Pattern.compile("\\$(\\w+)\\s*:(?!:)");
    private static final Pattern PARAMETER_CALL = Pattern.compile("\\$p\\.(\\w+)\\s*\\(\\s*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w$\"])([a-z]\\w*)(?![\\w\"(])");
    private static final Pattern COLLECT_LIST = Pattern.compile("\\bcollectList\\s*\\(");
    private static final Pattern COUNT = Pattern.compile("\\bcount\\s*\\(\\s*\\)");
    /** The exemption of support payments from a single-person unit's own income, as the rule passes it on. */
    private static final Pattern SUPPORT_EXEMPT = Pattern.compile("\\$p\\.singleSupportPaymentExempt\\(\\s*\\)");

    private final long seed;
    /** Profile value name → the names of the other profile values of its type, sorted. */
    private final Map<String, List<String>> sameType = new TreeMap<>();

    DrlMutations(long seed) {
        this.seed = seed;
        Map<String, List<String>> byType = new TreeMap<>();
        for (Method m : Parameters.class.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass() == Parameters.class) {
                byType.computeIfAbsent(m.getGenericReturnType().getTypeName(), t -> new ArrayList<>()).add(m.getName());
            }
        }
        byType.values().forEach(Collections::sort);
        byType.values().forEach(names -> names.forEach(name ->
                sameType.put(name, names.stream().filter(n -> !n.equals(name)).toList())));
    }

    /**
     * Every mutant of the given files, in a fixed order.
     *
     * @param sources  file name → DRL text
     * @return the mutants
     */
    List<Mutant> all(Map<String, String> sources) {
        List<Mutant> mutants = new ArrayList<>();
        sources.forEach((file, text) -> mutants.addAll(of(file, text)));
        return mutants;
    }

    private List<Mutant> of(String file, String text) {
        String masked = masked(text);
        List<Edit> edits = new ArrayList<>();
        Matcher when = WHEN.matcher(masked);
        while (when.find()) {
            Matcher then = THEN.matcher(masked);
            if (!then.find(when.end())) {
                break;
            }
            Matcher end = END.matcher(masked);
            int ruleEnd = end.find(then.end()) ? end.start() : masked.length();
            int lhsStart = when.end();
            int lhsEnd = then.start();
            String ruleText = masked.substring(lhsStart, ruleEnd);
            flips(masked, lhsStart, lhsEnd, COMPARISON, "COMPARISON", Map.of("<", "<=", "<=", "<", ">", ">=",
                    ">=", ">"), edits);
            flips(masked, lhsStart, lhsEnd, EQUALITY, "EQUALITY", Map.of("==", "!=", "!=", "=="), edits);
            flips(masked, lhsStart, lhsEnd, AND_OR, "AND_OR", Map.of("||", "&&", "&&", "||"), edits);
            flips(masked, lhsStart, lhsEnd, NEGATION, "NEGATION", Map.of("!", ""), edits);
            flips(masked, lhsStart, lhsEnd, NOT_EXISTS, "NOT_EXISTS", Map.of("not", "exists", "exists", "not"), edits);
            drops(masked, lhsStart, lhsEnd, ruleText, edits);
            Matcher acc = COLLECT_LIST.matcher(masked).region(lhsStart, lhsEnd);
            while (acc.find()) {
                edits.add(new Edit("ACCUMULATE", acc.start(), acc.end(), "collectSet("));
            }
            Matcher count = COUNT.matcher(masked).region(lhsStart, lhsEnd);
            while (count.find()) {
                edits.add(new Edit("ACCUMULATE", count.start(), count.end(), "min( 1 )"));
            }
            swaps(masked, lhsStart, ruleEnd, edits);
            Matcher exempt = SUPPORT_EXEMPT.matcher(masked).region(lhsStart, ruleEnd);
            while (exempt.find()) {
                edits.add(new Edit("NAMED", exempt.start(), exempt.end(), "false"));
            }
        }
        edits.sort(Comparator.comparingInt(Edit::start).thenComparing(Edit::operator));
        List<Mutant> mutants = new ArrayList<>();
        for (Edit e : edits) {
            String mutated = text.substring(0, e.start()) + e.replacement() + text.substring(e.end());
            int lineStart = text.lastIndexOf('\n', e.start() - 1) + 1;
            boolean wholeLine = e.end() > e.start() && text.charAt(e.end() - 1) == '\n';
            int lineEnd = lineEnd(text, wholeLine ? e.end() - 1 : e.end());
            int mutatedLineEnd = lineEnd(mutated, e.start() + e.replacement().length());
            String ruleId = "";
            Matcher id = RULE_ID.matcher(text.substring(0, e.start()));
            while (id.find()) {
                ruleId = id.group(1);
            }
            mutants.add(new Mutant(e.operator(), file, lineOf(text, e.start()), ruleId,
                    oneLine(text.substring(lineStart, lineEnd)),
                    wholeLine ? "(line left out)" : oneLine(mutated.substring(lineStart, mutatedLineEnd)),
                    mutated));
        }
        return mutants;
    }

    /** One change of a file: replace [start, end) by the replacement. */
    private record Edit(String operator, int start, int end, String replacement) {
    }

    private static void flips(String masked, int from, int to, Pattern pattern, String operator,
                              Map<String, String> swap, List<Edit> edits) {
        Matcher m = pattern.matcher(masked).region(from, to);
        while (m.find()) {
            edits.add(new Edit(operator, m.start(), m.end(), swap.get(m.group())));
        }
    }

    /**
     * Dropped conditions: every constraint of a fact pattern that binds nothing (with the comma before or after it),
     * a whole condition line that binds nothing used later, and the result test of an accumulate.
     */
    private static void drops(String masked, int from, int to, String ruleText, List<Edit> edits) {
        Matcher p = PATTERN_START.matcher(masked).region(from, to);
        while (p.find()) {
            int open = p.end() - 1;
            int close = closing(masked, open);
            List<int[]> parts = split(masked, open + 1, close, ',');
            for (int i = 0; i < parts.size(); i++) {
                int[] part = parts.get(i);
                String constraint = masked.substring(part[0], part[1]).strip();
                if (constraint.isEmpty() || BINDING.matcher(constraint).lookingAt() || constraint.contains(";")) {
                    continue;
                }
                int start = part[0];
                int end = part[1];
                if (i + 1 < parts.size()) {
                    end = parts.get(i + 1)[0];      // "a, b" → "b"
                } else if (i > 0) {
                    start = parts.get(i - 1)[1];    // "a, b" → "a"
                }
                edits.add(new Edit("DROP_CONDITION", start, end, i + 1 < parts.size() || i == 0 ? "" : " "));
            }
        }
        Matcher acc = ACCUMULATE.matcher(masked).region(from, to);
        while (acc.find()) {
            int open = acc.end() - 1;
            int close = closing(masked, open);
            List<int[]> sections = split(masked, open + 1, close, ';');
            if (sections.size() == 3) {
                edits.add(new Edit("DROP_CONDITION", sections.get(1)[1], sections.get(2)[1], " "));
            }
        }
        // whole lines: a complete condition on its own line whose bindings no later line uses
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = masked.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
            String line = masked.substring(lineStart, lineEnd);
            String condition = line.strip();
            if (!condition.isEmpty() && depth(condition) == 0 && condition.endsWith(")")
                    && condition.matches("(not |exists )?\\s*(\\$\\w+\\s*:\\s*)?[A-Z]\\w*\\s*\\(.*")
                    && !unusedBindingsOnly(condition, ruleText.substring(Math.min(ruleText.length(),
                    lineEnd - from)))) {
                edits.add(new Edit("DROP_CONDITION", lineStart, Math.min(lineEnd + 1, to), ""));
            }
            lineStart = lineEnd + 1;
        }
    }

    /** True if the condition binds a variable the rest of the rule uses (dropping it would not compile). */
    private static boolean unusedBindingsOnly(String condition, String rest) {
        Matcher b = BINDING.matcher(condition);
        while (b.find()) {
            if (Pattern.compile("\\$" + b.group(1) + "\\b").matcher(rest).find()) {
                return true;
            }
        }
        return condition.matches("(\\$\\w+\\s*:\\s*)?Parameters\\(\\s*\\)");
    }

    /** Profile values swapped for another of the same type, in the conditions and the consequence. */
    private void swaps(String masked, int from, int to, List<Edit> edits) {
        Matcher call = PARAMETER_CALL.matcher(masked).region(from, to);
        while (call.find()) {
            swap(call.group(1), call.start(1), call.end(1), edits);
        }
        Matcher p = Pattern.compile("\\bParameters\\s*\\(").matcher(masked).region(from, to);
        while (p.find()) {
            int close = closing(masked, p.end() - 1);
            Matcher id = IDENTIFIER.matcher(masked).region(p.end(), close);
            while (id.find()) {
                if (sameType.containsKey(id.group(1))) {
                    swap(id.group(1), id.start(1), id.end(1), edits);
                }
            }
        }
    }

    private void swap(String name, int start, int end, List<Edit> edits) {
        List<String> others = sameType.getOrDefault(name, List.of());
        if (!others.isEmpty()) {
            Random random = new Random(seed * 31 + start);
            edits.add(new Edit("SWAP_PARAMETER", start, end, others.get(random.nextInt(others.size()))));
        }
    }

    /** The text with comments and the inside of string literals blanked out (same length, same line breaks). */
    static String masked(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                } else if (c != '\n') {
                    out.setCharAt(i, ' ');
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            }
        }
        return out.toString();
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    /** The parts of [from, to) between top-level separators, as [start, end) pairs. */
    private static List<int[]> split(String text, int from, int to, char separator) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }

    private static int depth(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth;
    }

    /** Lines joined by one space each, for the report. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\n\\s*", " ");
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    private static int lineEnd(String text, int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }
}
