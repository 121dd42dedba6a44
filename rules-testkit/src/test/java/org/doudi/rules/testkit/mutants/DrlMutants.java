package org.doudi.rules.testkit.mutants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
 * {@code rules-testkit/target/drl-mutants.md}) the report. One mutant at a time, on one thread. Runs from the
 * project's root folder. Exit code 0 when every compiled mutant is killed, 1 when some survived, 2 when the unchanged
 * rules already fail a check (the suite must be green first).
 */
public final class DrlMutants {

    /** What became of a mutant. */
    enum Verdict { KILLED, TIMED_OUT, SURVIVED, NOT_COMPILED }

    record Result(Mutant mutant, Verdict verdict, String detail, long millis) {
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
        List<Mutant> all = new DrlMutations(seed).all(sources).stream()
                .filter(m -> !options.containsKey("operator") || m.operator().equals(options.get("operator")))
                .filter(m -> !options.containsKey("file") || m.file().equals(options.get("file")))
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
        for (Mutant m : chosen) {
            long t0 = System.nanoTime();
            Future<Result> run = worker.submit(() -> run(m, sources, checks, t0));
            Result result;
            try {
                result = run.get(timeout, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                run.cancel(true);
                worker.shutdownNow();
                worker = Executors.newSingleThreadExecutor(DrlMutants::daemon);
                result = new Result(m, Verdict.TIMED_OUT, "no result within " + timeout + " s", timeout * 1000);
            }
            results.add(result);
            System.out.printf("[%3d/%d] %-12s %-15s %-28s %-12s %s  →  %s%s%n", results.size(), chosen.size(),
                    result.verdict(), m.operator(), m.location(), m.ruleId(), m.before(), m.after(),
                    result.verdict() == Verdict.SURVIVED ? "" : "  | " + abbreviate(result.detail(), 160));
        }
        worker.shutdownNow();
        String summary = summary(results);
        System.out.println(summary);
        write(report, seed, max, all.size(), results, summary);
        System.out.println("report: " + root.relativize(report));
        System.exit(results.stream().anyMatch(r -> r.verdict() == Verdict.SURVIVED) ? 1 : 0);
    }

    private static Result run(Mutant m, Map<String, String> sources, SuiteChecks checks, long t0) {
        Map<String, String> copy = new LinkedHashMap<>(sources);
        copy.put(m.file(), m.mutated());
        RuleSet.Compilation compilation;
        try {
            compilation = RuleSet.compile(copy);
        } catch (RuntimeException e) {
            return new Result(m, Verdict.NOT_COMPILED, e.toString(), millis(t0));
        }
        if (!compilation.succeeded()) {
            return new Result(m, Verdict.NOT_COMPILED, compilation.problems().get(0).message(), millis(t0));
        }
        Optional<String> failure = checks.firstFailure(compilation.rules());
        return failure.map(f -> new Result(m, Verdict.KILLED, f, millis(t0)))
                .orElseGet(() -> new Result(m, Verdict.SURVIVED, "", millis(t0)));
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
            Mutant m = r.mutant();
            out.append(String.format("| %s | %s | %s | %s | `%s` | `%s` | %s |%n", r.verdict(), m.operator(),
                    m.location(), m.ruleId(), cell(m.before()), cell(m.after()), cell(abbreviate(r.detail(), 200))));
        }
        Files.createDirectories(report.getParent());
        Files.writeString(report, out, StandardCharsets.UTF_8);
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
                        + "--report FILE, --list)");
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
