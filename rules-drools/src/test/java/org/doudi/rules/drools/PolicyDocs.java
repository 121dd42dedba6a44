package org.doudi.rules.drools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.rules.drools.lint.RuleLint;
import org.doudi.rules.profile.Profile;
import org.doudi.rules.profile.ProfileRepository;

/**
 * The policy pages ({@code docs/policy/*.md}) as the rules and profiles make them: each rule's Chinese name (its
 * {@code rule "..."}), and the citations table of each page (each rule's {@code @clause} and the clauses the shipped
 * profiles cite instead on their dates). {@link PolicyDocsTest} checks the pages against these; {@link #main}
 * rewrites the citations tables in place after a rule or a profile clause changed:
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
 *     -Dmdep.includeScope=test -pl rules-drools -am
 * java -cp "rules-drools/target/test-classes:rules-drools/target/classes:$(cat rules-drools/target/test-classpath.txt)" \
 *     org.doudi.rules.drools.PolicyDocs docs/policy
 * </pre>
 * (or run {@code PolicyDocs.main} from the IDE with the folder as argument, working directory the project root).
 */
public final class PolicyDocs {

    /** The heading of the citations section of a page. */
    static final String CITATIONS = "## Citations";
    /** The header of a citations table. */
    static final String TABLE_HEADER = "| rule id | the rule's own `@clause` | cited instead where a profile gives its own clause |";

    private static final Pattern RULE = Pattern.compile("^rule\\s+\"([^\"]+)\"\\s*\\R\\s*@ruleId\\(\"([^\"]+)\"\\)",
            Pattern.MULTILINE);
    private static final Pattern ROW = Pattern.compile("^\\| (DB-[A-Z]+-\\d+) \\| ([^|]*) \\|");

    private PolicyDocs() {
    }

    /** @return rule id → the rule's name, in reading order */
    static Map<String, String> ruleNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String drl : RuleSet.readBuiltInSources().values()) {
            Matcher m = RULE.matcher(drl);
            while (m.find()) {
                names.put(m.group(2), m.group(1));
            }
        }
        return names;
    }

    /** @return rule id → the rule's own {@code @clause} */
    static Map<String, String> ruleClauses() {
        Map<String, String> clauses = new LinkedHashMap<>();
        RuleLint.rules(RuleSet.readBuiltInSources()).forEach(r -> clauses.put(r.ruleId(), r.clause()));
        return clauses;
    }

    /** One stretch of dates on which a profile cites its own clause for a rule. */
    private record Stretch(String profile, LocalDate from, LocalDate until, String clause) {
        String text() {
            String where = profile.equals("cn-national") ? "every place (cn-national)" : profile;
            String when = from == null ? (until == null ? "every date" : "before " + until)
                    : "from " + from + (until == null ? "" : " until " + until);
            return where + ", " + when + ": " + clause;
        }
    }

    /**
     * @param ruleId    a rule id
     * @param profiles  the shipped profiles
     * @return the clauses cited instead of the rule's, "—" when none
     */
    static String citedInstead(String ruleId, List<Profile> profiles) {
        // a profile's clauses include those it inherits: each entry is taken once, from the file that writes it
        Map<String, List<Profile.OwnClause>> byFile = new LinkedHashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Profile p : profiles) {
            for (Profile.OwnClause c : p.ownClauses()) {
                if (c.ruleId().equals(ruleId) && taken.add(c.file() + ":" + c.line())) {
                    byFile.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Stretch> stretches = new ArrayList<>();
        byFile.forEach((file, own) -> {
            String profile = Path.of(file).getFileName().toString().replaceFirst("\\.yaml$", "");
            for (int i = 0; i < own.size(); i++) {
                Profile.OwnClause c = own.get(i);
                if (c.clause() != null) {
                    stretches.add(new Stretch(profile, c.from(), i + 1 < own.size() ? own.get(i + 1).from() : null,
                            c.clause()));
                }
            }
        });
        if (stretches.isEmpty()) {
            return "—";
        }
        stretches.sort(Comparator.comparing((Stretch s) -> s.from() == null ? LocalDate.MIN : s.from())
                .thenComparing(s -> s.profile().equals("cn-national") ? "" : s.profile()));
        return String.join("<br>", stretches.stream().map(Stretch::text).toList());
    }

    /** @return the rule ids of a page's rules tables (rows whose second column is the rule's name), in page order */
    static List<String> rulesOfPage(String page, Map<String, String> names) {
        List<String> ids = new ArrayList<>();
        for (String line : page.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.find() && m.group(2).equals(names.get(m.group(1))) && !ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /** @return the page with its citations table made from the rules and profiles (the page unchanged without one) */
    static String withCitations(String page, Map<String, String> names, Map<String, String> clauses,
                                List<Profile> profiles) {
        int section = page.indexOf("\n" + CITATIONS);
        if (section < 0) {
            return page;
        }
        int header = page.indexOf(TABLE_HEADER, section);
        if (header < 0) {
            throw new IllegalStateException("no citations table after " + CITATIONS);
        }
        int rowsStart = page.indexOf('\n', page.indexOf('\n', header) + 1) + 1;
        int rowsEnd = rowsStart;
        while (rowsEnd < page.length() && page.startsWith("| ", rowsEnd)) {
            rowsEnd = page.indexOf('\n', rowsEnd) + 1;
        }
        StringBuilder rows = new StringBuilder();
        for (String id : rulesOfPage(page.substring(0, section), names)) {
            rows.append("| ").append(id).append(" | ").append(clauses.get(id)).append(" | ")
                    .append(citedInstead(id, profiles)).append(" |\n");
        }
        return page.substring(0, rowsStart) + rows + page.substring(rowsEnd);
    }

    /**
     * Rewrites the citations tables of the policy pages.
     *
     * @param args  the folder of the policy pages ({@code docs/policy})
     * @throws IOException if a page cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length == 0 ? "docs/policy" : args[0]);
        Map<String, String> names = ruleNames();
        Map<String, String> clauses = ruleClauses();
        List<Profile> profiles = ProfileRepository.builtIn().all();
        try (var pages = Files.list(folder)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(page, StandardCharsets.UTF_8);
                String made = withCitations(text, names, clauses, profiles);
                if (!made.equals(text)) {
                    Files.writeString(page, made, StandardCharsets.UTF_8);
                    System.out.println("rewrote " + page);
                }
            }
        }
    }
}
