package org.doudi.rules.testkit.mutants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.doudi.rules.drools.RuleSet;
import org.doudi.rules.testkit.mutants.DrlMutations.Mutant;

/**
 * The seeded-mistake suite of the rule files: plants one-line mistakes ({@link DrlMutations}) in copies of the
 * built-in DRL files, compiles each copy at run time ({@link RuleSet#compile}), and checks it against the worked
 * examples and the scenario suite ({@link SuiteChecks}). A mutant is <em>killed</em> when some example or scenario
 * fails (or a decision throws, or the run exceeds the time limit), <em>survived</em> when all pass, and <em>not
 * compiled</em> when the rule compiler rejects it; those are counted apart. Run by hand, never in the build:
 * {@code scripts/drl-mutants.sh [options]} (docs/contributing.md).
 *
 * <p>Options: {@code --seed N} (default 14) chooses which mutants are tried and which profile value a swap uses;
 * {@code --max N} (default 80, 0 for all) bounds the run, taking mutants from each kind of mistake in turn;
 * {@code --operator NAME} and {@code --file NAME} restrict it; {@code --list} only lists the chosen mutants;
 * {@code --timeout SECONDS} (default 300) per mutant; {@code --scenarios DIR} (default {@code scenarios}) and
 * {@code --examples DIR} (default {@code examples/worked}) the checks; {@code --report FILE} (default
 * {@code rules-testkit/target/drl-mutants.md}) the report; {@code --retry REPORT} tries again only the mutants an
 * earlier report lists as survived (same seed: a swap's value depends on it), e.g. after adding scenarios. The checks
 * that killed earlier mutants of the same rule and of the same file are tried first ({@link Killers}); whether a
 * mutant is killed does not depend on that order. One mutant at a time, on one thread. Runs from the
 * project's root folder. Exit code 0 when every compiled mutant is killed, 1 when some survived, 2 when the unchanged
 * rules already fail a check (the suite must be green first).
 */
public final class DrlMutants {

    /** What became of a mutant. */
    enum Verdict { KILLED, TIMED_OUT, SURVIVED, NOT_COMPILED }

    /**
     * What became of a mutant, and how long it took.
     *
     * @param compileMillis  the time to compile the mutated rules
     * @param checkMillis    the time to check them (0 when they did not compile)
     * @param checks         the number of checks run, up to and including the one that failed
     */
    record Result(Mutant mutant, Verdict verdict, String detail, long compileMillis, long checkMillis, int checks) {
    }

    /**
     * The checks that killed earlier mutants, most recent first, by rule id and by file: a mutant is tried first
     * against what killed its rule's and its file's earlier mutants (a mistake in the same conditions is most often
     * caught by the same scenario), then against the rest in the usual order. Only the time to a kill changes.
     */
    static final class Killers {
        private final Map<String, Deque<Integer>> byRule = new HashMap<>();
        private final Map<String, Deque<Integer>> byFile = new HashMap<>();

        /** @return the indexes of checks to try first for the mutant, without repeats */
        synchronized List<Integer> first(Mutant m) {
            Set<Integer> order = new LinkedHashSet<>(byRule.getOrDefault(m.file() + "#" + m.ruleId(),
                    new ArrayDeque<>()));
            order.addAll(byFile.getOrDefault(m.file(), new ArrayDeque<>()));
            return List.copyOf(order);
        }

        synchronized void killed(Mutant m, int check) {
            remember(byRule.computeIfAbsent(m.file() + "#" + m.ruleId(), k -> new ArrayDeque<>()), check);
            remember(byFile.computeIfAbsent(m.file(), k -> new ArrayDeque<>()), check);
        }

        private static void remember(Deque<Integer> checks, int check) {
            checks.remove(check);
            checks.addFirst(check);
        }
    }

    private DrlMutants() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        long seed = Long.parseLong(options.getOrDefault("seed", "14"));
        int max = Integer.parseInt(options.getOrDefault("max", "80"));
        long timeout = Long.parseLong(options.getOrDefault("timeout", "300"));
        Path root = Path.of("").toAbsolutePath();
        Path rules = root.resolve("rules-drools/src/main/resources/org/doudi/rules/policy");
        Path report = root.resolve(options.getOrDefault("report", "rules-testkit/target/drl-mutants.md"));
        if (!Files.isDirectory(rules)) {
            System.err.println("run from the project's root folder (no " + rules + ")");
            System.exit(2);
        }
        Map<String, String> sources = RuleSet.readDirectory(rules);
        String retry = options.containsKey("retry")
                ? Files.readString(root.resolve(options.get("retry")), StandardCharsets.UTF_8) : null;
        List<Mutant> all = new DrlMutations(seed).all(sources).stream()
                .filter(m -> !options.containsKey("operator") || m.operator().equals(options.get("operator")))
                .filter(m -> !options.containsKey("file") || m.file().equals(options.get("file")))
                .filter(m -> retry == null || retry.contains(row(Verdict.SURVIVED, m)))
                .toList();
        List<Mutant> chosen = choose(all, max, seed);
        System.out.printf("%d mutants of %d DRL files (%s); trying %d (seed %d)%n", all.size(), sources.size(),
                countByOperator(all), chosen.size(), seed);
        if (options.containsKey("list")) {
            chosen.forEach(m -> System.out.printf("%-15s %-28s %-12s %s  →  %s%n", m.operator(), m.location(),
                    m.ruleId(), m.before(), m.after()));
            return;
        }

        SuiteChecks checks = new SuiteChecks(root.resolve(options.getOrDefault("scenarios", "scenarios")),
                root.resolve(options.getOrDefault("examples", "examples/worked")));
        long start = System.nanoTime();
        RuleSet unchanged = RuleSet.compile(sources).rules();
        Optional<String> baseline = unchanged == null ? Optional.of("the unchanged rules do not compile")
                : checks.firstFailure(unchanged);
        System.out.printf("checks: %d worked examples, %d scenarios; unchanged rules compiled and checked in %d ms%n",
                checks.exampleCount(), checks.scenarioCount(), (System.nanoTime() - start) / 1_000_000);
        if (baseline.isPresent()) {
            System.err.println("the unchanged rules fail a check: " + baseline.get());
            System.exit(2);
        }

        List<Result> results = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(DrlMutants::daemon);
        Killers killers = new Killers();
        long runStart = System.nanoTime();
        for (Mutant m : chosen) {
            Future<Result> run = worker.submit(() -> run(m, sources, checks, killers));
            Result result;
            try {
                result = run.get(timeout, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                run.cancel(true);
                worker.shutdownNow();
                worker = Executors.newSingleThreadExecutor(DrlMutants::daemon);
                result = new Result(m, Verdict.TIMED_OUT, "no result within " + timeout + " s", timeout * 1000, 0, 0);
            }
            results.add(result);
            System.out.printf("[%3d/%d] %-12s %-15s %-28s %-12s %s  →  %s  (compile %d ms, %d checks %d ms)%s%n",
                    results.size(), chosen.size(), result.verdict(), m.operator(), m.location(), m.ruleId(),
                    m.before(), m.after(), result.compileMillis(), result.checks(), result.checkMillis(),
                    result.verdict() == Verdict.SURVIVED ? "" : "  | " + abbreviate(result.detail(), 160));
        }
        worker.shutdownNow();
        System.out.println(timing(results, millis(runStart)));
        String summary = summary(results);
        System.out.println(summary);
        write(report, seed, max, all.size(), results, summary);
        System.out.println("report: " + root.relativize(report));
        System.exit(results.stream().anyMatch(r -> r.verdict() == Verdict.SURVIVED) ? 1 : 0);
    }

    private static Result run(Mutant m, Map<String, String> sources, SuiteChecks checks, Killers killers) {
        long t0 = System.nanoTime();
        Map<String, String> copy = new LinkedHashMap<>(sources);
        copy.put(m.file(), m.mutated());
        RuleSet.Compilation compilation;
        try {
            compilation = RuleSet.compile(copy);
        } catch (RuntimeException e) {
            return new Result(m, Verdict.NOT_COMPILED, e.toString(), millis(t0), 0, 0);
        }
        if (!compilation.succeeded()) {
            return new Result(m, Verdict.NOT_COMPILED, compilation.problems().get(0).message(), millis(t0), 0, 0);
        }
        long compiled = millis(t0);
        long t1 = System.nanoTime();
        int[] tried = new int[1];
        Optional<SuiteChecks.Failure> failure = checks.firstFailure(compilation.rules(), killers.first(m), tried);
        if (failure.isEmpty()) {
            return new Result(m, Verdict.SURVIVED, "", compiled, millis(t1), tried[0]);
        }
        killers.killed(m, failure.get().index());
        return new Result(m, Verdict.KILLED, failure.get().message(), compiled, millis(t1), tried[0]);
    }

    /** The time spent, in all and per mutant, and how it splits between compiling and checking. */
    static String timing(List<Result> results, long wallMillis) {
        long compile = results.stream().mapToLong(Result::compileMillis).sum();
        long check = results.stream().mapToLong(Result::checkMillis).sum();
        long checks = results.stream().mapToLong(Result::checks).sum();
        int n = Math.max(1, results.size());
        return String.format("time: %.1f s for %d mutants (%.2f s each): compiling %.1f s (%.2f s each), checking "
                        + "%.1f s (%d checks, %.1f per mutant)", wallMillis / 1000.0, results.size(),
                wallMillis / 1000.0 / n, compile / 1000.0, compile / 1000.0 / n, check / 1000.0, checks,
                (double) checks / n);
    }

    /**
     * The mutants to try: all when {@code max} is 0 or not less than their number; otherwise the named mistakes,
     * then the others taken from each kind of mistake in turn, each kind shuffled with the seed. Listed in file
     * and line order.
     */
    static List<Mutant> choose(List<Mutant> all, int max, long seed) {
        if (max <= 0 || max >= all.size()) {
            return all;
        }
        List<Mutant> chosen = new ArrayList<>(all.stream().filter(m -> m.operator().equals("NAMED")).toList());
        Map<String, List<Mutant>> byOperator = new TreeMap<>();
        all.stream().filter(m -> !m.operator().equals("NAMED"))
                .forEach(m -> byOperator.computeIfAbsent(m.operator(), o -> new ArrayList<>()).add(m));
        Random random = new Random(seed);
        byOperator.values().forEach(list -> java.util.Collections.shuffle(list, random));
        for (int i = 0; chosen.size() < max; i++) {
            boolean any = false;
            for (List<Mutant> list : byOperator.values()) {
                if (i < list.size() && chosen.size() < max) {
                    chosen.add(list.get(i));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        List<String> order = new ArrayList<>(all.stream().map(Mutant::file).distinct().toList());
        chosen.sort(Comparator.comparingInt((Mutant m) -> order.indexOf(m.file())).thenComparingInt(Mutant::line)
                .thenComparing(Mutant::operator));
        return chosen;
    }

    static String summary(List<Result> results) {
        long killed = results.stream().filter(r -> r.verdict() == Verdict.KILLED).count();
        long timedOut = results.stream().filter(r -> r.verdict() == Verdict.TIMED_OUT).count();
        long survived = results.stream().filter(r -> r.verdict() == Verdict.SURVIVED).count();
        long notCompiled = results.stream().filter(r -> r.verdict() == Verdict.NOT_COMPILED).count();
        long compiled = killed + timedOut + survived;
        return String.format("%d mutants: %d compiled, of which %d killed (%d of them by the time limit) and %d "
                        + "survived — kill rate %s; %d did not compile (counted apart)",
                results.size(), compiled, killed + timedOut, timedOut, survived,
                compiled == 0 ? "n/a" : String.format("%.1f %%", 100.0 * (killed + timedOut) / compiled),
                notCompiled);
    }

    private static void write(Path report, long seed, int max, int total, List<Result> results, String summary)
            throws IOException {
        StringBuilder out = new StringBuilder("# DRL seeded mistakes\n\n");
        out.append(String.format("Seed %d, max %d, %d mutants in all.%n%n%s%n%n", seed, max, total, summary));
        out.append("| verdict | mistake | where | rule | before | after | caught by / why |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            out.append(row(r.verdict(), r.mutant())).append(' ').append(cell(abbreviate(r.detail(), 200)))
                    .append(" |\n");
        }
        Files.createDirectories(report.getParent());
        Files.writeString(report, out, StandardCharsets.UTF_8);
    }

    /** A report row up to its last cell: what {@code --retry} looks for. */
    private static String row(Verdict verdict, Mutant m) {
        return String.format("| %s | %s | %s | %s | `%s` | `%s` |", verdict, m.operator(), m.location(), m.ruleId(),
                cell(m.before()), cell(m.after()));
    }

    private static String countByOperator(List<Mutant> mutants) {
        Map<String, Integer> counts = new TreeMap<>();
        mutants.forEach(m -> counts.merge(m.operator(), 1, Integer::sum));
        return counts.toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            if (name.equals("list")) {
                options.put(name, "true");
            } else if (i + 1 < args.length && args[i].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--seed N, --max N, --operator NAME, --file NAME, --timeout S, --scenarios DIR, --examples DIR, "
                        + "--report FILE, --retry REPORT, --list)");
            }
        }
        return options;
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "drl-mutant");
        t.setDaemon(true);
        return t;
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String abbreviate(String text, int max) {
        String line = text.replace('\n', ' ');
        return line.length() <= max ? line : line.substring(0, max) + "…";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
