package org.doudi.rules.drools.lint;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.doudi.rules.drools.lint.DrlTokens.Kind;
import org.doudi.rules.drools.lint.DrlTokens.Token;
import org.doudi.rules.profile.ClauseText;
import org.doudi.rules.profile.ConfigProblem;
import org.doudi.rules.profile.Parameters;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.DrlParser;

/**
 * The project's conventions for DRL files, checked without building the rules ({@code doudi validate} and a unit test
 * run it on every rule):
 * <ul>
 *   <li>every rule carries {@code @ruleId("...")} and {@code @clause("...")}, neither empty, and the clause follows
 *       {@link ClauseText} (the document as a county reader looks it up; no figure in it);</li>
 *   <li>rule ids are unique across all files;</li>
 *   <li>no rule uses {@code salience} (rules are ordered by the facts they need, never by priority);</li>
 *   <li>no numeric literal in a rule's conditions or consequence other than 0 and 1, and the identifiers 2–4 next to
 *       a category or grade ({@code new MeetsCategory($u, 2, ...)}, {@code grade == 3}): every policy number
 *       (amount, ratio, multiplier, month count, age limit) is a profile parameter. Comments,
 *       string literals (rule names and metadata values included) and identifiers containing digits are skipped;</li>
 *   <li>every name a rule gives in {@code .using( $p, "standard", "payment.perPerson." + $category )} (the profile
 *       values a reason shows the sources of) is a parameter of the profile files, or a map-valued one followed by
 *       a key: a misspelt name would otherwise only fail when the rule fires.</li>
 * </ul>
 * Rule names, metadata and attributes come from Drools' own {@link DrlParser}; literals from a small tokenizer over
 * the text of each rule. A file that does not parse is skipped: building the rules reports its syntax error.
 */
public final class RuleLint {

    /** The metadata every rule must carry. */
    public static final String RULE_ID = "ruleId";

    /** The metadata naming the policy clause a rule implements. */
    public static final String CLAUSE = "clause";

    /** Words that make a following 2, 3 or 4 an identifier (a category or a disability grade), not a policy number. */
    private static final Set<String> IDENTIFIER_WORDS = Set.of("category", "categories", "grade", "grades");

    /** How far back (in tokens) an identifier word may be from the literal it names. */
    private static final int IDENTIFIER_REACH = 8;

    /** Tokens across which a literal is no longer next to an identifier word (statements and arithmetic). */
    private static final String BARRIERS = ";{}*/+%";

    private RuleLint() {
    }

    /**
     * Checks DRL sources against the conventions.
     *
     * @param sources  file name → DRL text (as {@code RuleSet.readBuiltInSources()} or {@code RuleSet.readDirectory}
     *                 give them), not null
     * @return every problem, by file in the given order and then by line; empty when clean; never null
     */
    public static List<ConfigProblem> check(Map<String, String> sources) {
        return analyse(sources).problems();
    }

    /**
     * The problems and the declared rules of DRL sources in one pass: each file is parsed and split into tokens once.
     *
     * @param sources  file name → DRL text, not null
     * @return {@link #check}'s problems and {@link #rules}' rules, never null
     */
    static LintAnalysis analyse(Map<String, String> sources) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<Declared> rules = new ArrayList<>();
        Map<String, Place> ids = new HashMap<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            PackageDescr pkg = parse(source.getValue());
            if (pkg == null) {
                continue;
            }
            List<Token> tokens = DrlTokens.tokenize(source.getValue());
            List<ConfigProblem> fileProblems = new ArrayList<>();
            for (RuleDescr rule : pkg.getRules()) {
                List<Token> ruleTokens = tokensOf(rule, tokens);
                int ruleLine = Math.max(rule.getLine(), 0);
                rules.add(new Declared(source.getKey(), annotationLine(ruleTokens, CLAUSE, ruleLine),
                        value(rule.getAnnotation(RULE_ID)), value(rule.getAnnotation(CLAUSE))));
                checkRule(source.getKey(), rule, ruleTokens, ids, fileProblems);
            }
            fileProblems.sort(Comparator.comparingInt(ConfigProblem::line));
            problems.addAll(fileProblems);
        }
        return new LintAnalysis(problems, rules);
    }

    /**
     * A rule as its DRL file declares it.
     *
     * @param file    the file name, as given
     * @param line    the line of its {@code @clause} (of the rule when it has none)
     * @param ruleId  its {@code @ruleId}, null when it has none
     * @param clause  its {@code @clause}, null when it has none or an empty one
     */
    public record Declared(String file, int line, String ruleId, String clause) {
    }

    /**
     * Every rule of DRL sources with its id and clause, read without building the rules. A file that does not parse
     * is skipped.
     *
     * @param sources  file name → DRL text, not null
     * @return the rules in file and then rule order, never null
     */
    public static List<Declared> rules(Map<String, String> sources) {
        return analyse(sources).rules();
    }

    /** The parsed file, or null when it does not parse (building the rules reports why). */
    private static PackageDescr parse(String text) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr pkg = parser.parse(false, text);
            return parser.hasErrors() ? null : pkg;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    /** Where a rule id was first seen. */
    private record Place(String file, int line, String rule) {
    }

    private static void checkRule(String file, RuleDescr rule, List<Token> ruleTokens, Map<String, Place> ids,
                                  List<ConfigProblem> problems) {
        String name = "rule \"" + rule.getName() + "\"";
        int ruleLine = Math.max(rule.getLine(), 0);

        String id = value(rule.getAnnotation(RULE_ID));
        int idLine = annotationLine(ruleTokens, RULE_ID, ruleLine);
        if (id == null) {
            problems.add(new ConfigProblem(file, ruleLine, name + " has no @" + RULE_ID + "(\"...\")"));
        } else {
            Place first = ids.putIfAbsent(id, new Place(file, idLine, rule.getName()));
            if (first != null) {
                problems.add(new ConfigProblem(file, idLine, "duplicate @" + RULE_ID + "(\"" + id + "\"): " + name
                        + " reuses the id of rule \"" + first.rule() + "\" (" + first.file() + ":" + first.line()
                        + ")"));
            }
        }
        String label = id == null ? name : name + " (" + id + ")";
        String clause = value(rule.getAnnotation(CLAUSE));
        if (clause == null) {
            problems.add(new ConfigProblem(file, ruleLine, name + " has no @" + CLAUSE + "(\"...\")"));
        } else {
            int clauseLine = annotationLine(ruleTokens, CLAUSE, ruleLine);
            ClauseText.problems(clause).forEach(p ->
                    problems.add(new ConfigProblem(file, clauseLine, label + ": @" + CLAUSE + ": " + p)));
        }
        AttributeDescr salience = rule.getAttributes().get("salience");
        if (salience != null) {
            int line = salience.getLine() > 0 ? salience.getLine() : wordLine(ruleTokens, "salience", ruleLine);
            problems.add(new ConfigProblem(file, line, label + " uses salience: rules must not depend on "
                    + "firing order (derive a fact and match on it instead)"));
        }
        checkLiterals(file, label, ruleTokens, problems);
        checkSourceNames(file, label, ruleTokens, problems);
    }

    /**
     * The names given to {@code .using(...)}: a string followed by {@code ,} or {@code )} is a whole name; a string
     * followed by {@code +} is the prefix of a keyed name ({@code "payment.perPerson." + $category}), whose parameter
     * is the prefix without its final dot.
     */
    private static void checkSourceNames(String file, String label, List<Token> ruleTokens,
                                         List<ConfigProblem> problems) {
        for (int i = 0; i + 2 < ruleTokens.size(); i++) {
            if (!(ruleTokens.get(i).isSymbol('.') && ruleTokens.get(i + 1).isWord("using")
                    && ruleTokens.get(i + 2).isSymbol('('))) {
                continue;
            }
            int depth = 0;
            for (int k = i + 2; k < ruleTokens.size(); k++) {
                Token t = ruleTokens.get(k);
                if (t.isSymbol('(')) {
                    depth++;
                } else if (t.isSymbol(')') && --depth == 0) {
                    break;
                } else if (depth == 1 && t.kind() == Kind.STRING && k + 1 < ruleTokens.size()) {
                    Token next = ruleTokens.get(k + 1);
                    String name = t.text().substring(1, t.text().length() - 1);
                    boolean prefix = next.isSymbol('+');
                    String checked = prefix && name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
                    if (!Parameters.isParameterName(checked)) {
                        problems.add(new ConfigProblem(file, t.line(), label + ": using(...) names \"" + name
                                + "\", which is no parameter of the profile files (e.g. standard, edge.multiplier, "
                                + "payment.perPerson.2)"));
                    }
                }
            }
        }
    }

    /**
     * The tokens of one rule: by the parser's character range, or by its lines when the range does not start at the
     * {@code rule} keyword.
     */
    private static List<Token> tokensOf(RuleDescr rule, List<Token> tokens) {
        int from = rule.getStartCharacter();
        int to = rule.getEndCharacter();
        List<Token> byOffset = tokens.stream().filter(t -> t.offset() >= from && t.offset() <= to).toList();
        if (!byOffset.isEmpty() && byOffset.get(0).isWord("rule")) {
            return byOffset;
        }
        int fromLine = rule.getLine();
        int toLine = rule.getEndLine() > 0 ? rule.getEndLine() : Integer.MAX_VALUE;
        return tokens.stream().filter(t -> t.line() >= fromLine && t.line() <= toLine).toList();
    }

    /** The annotation's value without quotes, or null when absent or empty. */
    private static String value(AnnotationDescr annotation) {
        if (annotation == null || !annotation.hasValue()) {
            return null;
        }
        String v;
        try {
            v = annotation.getSingleValueAsString();
        } catch (RuntimeException e) {
            v = String.valueOf(annotation.getValue());
        }
        if (v == null) {
            return null;
        }
        v = v.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v.isEmpty() ? null : v;
    }

    /** The line of {@code @name} among a rule's tokens (the parser does not keep annotation lines). */
    private static int annotationLine(List<Token> ruleTokens, String name, int fallback) {
        for (int i = 0; i + 1 < ruleTokens.size(); i++) {
            if (ruleTokens.get(i).isSymbol('@') && ruleTokens.get(i + 1).isWord(name)) {
                return ruleTokens.get(i).line();
            }
        }
        return fallback;
    }

    private static int wordLine(List<Token> ruleTokens, String word, int fallback) {
        return ruleTokens.stream().filter(t -> t.isWord(word)).findFirst().map(Token::line).orElse(fallback);
    }

    /** Numeric literals from the rule's {@code when} (or, without one, its {@code then}) to its {@code end}. */
    private static void checkLiterals(String file, String label, List<Token> ruleTokens, List<ConfigProblem> problems) {
        int body = -1;
        for (int i = 2; i < ruleTokens.size(); i++) {  // 0: rule, 1: its name
            Token t = ruleTokens.get(i);
            if ((t.isWord("when") || t.isWord("then")) && !ruleTokens.get(i - 1).isSymbol('.')) {
                body = i + 1;
                break;
            }
        }
        if (body < 0) {
            return;
        }
        for (int i = body; i < ruleTokens.size(); i++) {
            Token t = ruleTokens.get(i);
            if (t.kind() != Kind.NUMBER) {
                continue;
            }
            BigDecimal v = numericValue(t.text());
            if (v != null && (v.signum() == 0 || v.compareTo(BigDecimal.ONE) == 0)) {
                continue;
            }
            if (v != null && isSmallInteger(v) && namesIdentifier(ruleTokens, i)) {
                continue;
            }
            problems.add(new ConfigProblem(file, t.line(), label + ": numeric literal " + t.text() + " in a rule; "
                    + "policy numbers belong in a profile parameter (only 0, 1 and category or grade identifiers "
                    + "1–4 may appear in rules)"));
        }
    }

    /** An integer 2, 3 or 4 (1 and 0 are always allowed). */
    private static boolean isSmallInteger(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0 && v.compareTo(BigDecimal.valueOf(2)) >= 0
                && v.compareTo(BigDecimal.valueOf(4)) <= 0;
    }

    /**
     * Whether a word naming a category or grade ({@code category}, {@code MeetsCategory}, {@code grade},
     * {@code disabilityGrade}, ...) comes shortly before the literal at {@code index}, in the same statement and not
     * across arithmetic.
     */
    private static boolean namesIdentifier(List<Token> tokens, int index) {
        for (int k = index - 1; k >= 0 && k >= index - IDENTIFIER_REACH; k--) {
            Token t = tokens.get(k);
            if (t.kind() == Kind.SYMBOL && BARRIERS.contains(t.text())) {
                return false;
            }
            if (t.isWord("when") || t.isWord("then")) {
                return false;
            }
            if (t.kind() == Kind.WORD) {
                String w = t.text().toLowerCase(Locale.ROOT);
                if (IDENTIFIER_WORDS.stream().anyMatch(w::endsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value of a Java/DRL numeric literal (suffixes and underscores dropped), or null when it cannot be read. */
    static BigDecimal numericValue(String literal) {
        String s = literal.replace("_", "");
        try {
            if (s.startsWith("0x") || s.startsWith("0X")) {
                String hex = s.substring(2).replaceAll("[lL]$", "");
                return new BigDecimal(new BigInteger(hex, 16));
            }
            if (s.matches("0[bB][01]+[lL]?")) {
                return new BigDecimal(new BigInteger(s.substring(2).replaceAll("[lL]$", ""), 2));
            }
            return new BigDecimal(s.replaceAll("[lLdDfFbBiI]$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
