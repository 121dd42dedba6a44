package org.doudi.rules.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.profile.ConfigProblem;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy rules: DRL sources (one file per policy area) and the KieBase built from them once.
 *
 * <p>Built-in rules are the DRL files listed in {@code org/doudi/rules/policy/rules.index} on the classpath; their
 * executable model is pre-generated at build time by kie-maven-plugin, so they run without the rule compiler. An
 * analyst's folder replaces them ({@code --rules DIR}) and is compiled at run time into the same executable model:
 * that needs the rule compiler ({@code org.doudi:rules-compiler}); without it, compiling gives a clear problem
 * ({@link #COMPILER_MISSING}) instead of a class-loading error. Either way the rules load in reading order (the files
 * in index order, each from top to bottom), which is the order Drools fires rules that could fire at the same moment.
 * The KieBase is safe to share between threads. Immutable.
 *
 * <p>Logs through SLF4J under {@code org.doudi.rules.drools.RuleSet}: INFO when a rule set is built (rule and file
 * counts, milliseconds), DEBUG for each compile problem; never a case's data.
 */
public final class RuleSet {

    /**
     * The problem reported when DRL must be compiled at run time and the rule compiler is not on the classpath:
     * Chinese first, then English for integrators.
     */
    public static final String COMPILER_MISSING = "无法编译规则文件：类路径上没有规则编译器。内置规则无需编译器即可运行；"
            + "分析员规则目录（--rules）和热更新（reload）需要依赖 org.doudi:rules-compiler（type pom）。"
            + " / Cannot compile rule files: the rule compiler is not on the classpath. The built-in rules run without"
            + " it; an analyst's rules folder (--rules) and reload need the dependency org.doudi:rules-compiler"
            + " (type pom).";

    private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);

    /** Classpath folder of the built-in DRL files. */
    public static final String RESOURCE_FOLDER = "org/doudi/rules/policy/";

    /** Where the build keeps a copy of the built-in DRL text (the KieBase's own folder holds the generated model). */
    private static final String SOURCE_COPY_FOLDER = "doudi-policy-sources/";

    /** Where kie-maven-plugin puts the executable model it pre-generates from the built-in DRL files. */
    private static final String PREGENERATED_MODEL = "META-INF/kie/org.doudi/rules-drools/drools-model";

    /** The package of the policy rules' generated model classes (the screening rules have a KieBase of their own). */
    private static final String POLICY_PACKAGE = "org.doudi.rules.policy.";

    private final Map<String, String> sources;
    private final KieBase kieBase;

    private RuleSet(Map<String, String> sources, KieBase kieBase) {
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.kieBase = kieBase;
        this.messages = ReasonMessages.builtIn();
        inReadingOrder(kieBase, sources);
    }

    private RuleSet(RuleSet rules, ReasonMessages messages) {
        this.sources = rules.sources;
        this.kieBase = rules.kieBase;
        this.messages = messages;
    }

    /** The reason messages that go with these rules: the built-in ones, and a rules folder's own over them. */
    private final ReasonMessages messages;

    /** @return the reason messages of these rules, never null */
    public ReasonMessages messages() {
        return messages;
    }

    /**
     * These rules with the message files of a rules folder ({@link ReasonMessages#builtInWithFolder}).
     *
     * @param dir  the rules folder, not null
     * @return the same rules with the folder's messages, never null
     */
    public RuleSet withMessagesOf(Path dir) {
        return new RuleSet(this, ReasonMessages.builtInWithFolder(dir));
    }

    /** Matches the {@code @ruleId("...")} of a rule, at the start of a line. */
    private static final Pattern RULE_ID = Pattern.compile("^\\s*@ruleId\\(\\s*\"([^\"]*)\"\\s*\\)",
            Pattern.MULTILINE);

    /**
     * Gives every rule its place in reading order as its load order: the files in the order given (the built-in
     * rules: {@code rules.index}), the rules of each file from top to bottom. Among rules that can fire at the same
     * moment, Drools fires the one loaded first (there is no salience); the order in which executable-model classes
     * are loaded depends on names generated afresh by each build, so without this the firing order, and with it the
     * work done by truth maintenance, changes from build to build. Which conclusions stand never depends on the
     * order (truth maintenance reaches the same fixpoint); the time to reach them does.
     *
     * <p>Rules are matched by their {@code @ruleId}; a rule without one keeps its place after every rule with one.
     */
    private static void inReadingOrder(KieBase kieBase, Map<String, String> sources) {
        Map<String, Integer> place = new HashMap<>();
        for (String text : sources.values()) {
            Matcher m = RULE_ID.matcher(text);
            while (m.find()) {
                place.putIfAbsent(m.group(1), place.size());
            }
        }
        List<RuleImpl> rules = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> rules.add((RuleImpl) r)));
        rules.sort(Comparator.comparingInt(RuleImpl::getLoadOrder));
        int unplaced = place.size();
        for (RuleImpl rule : rules) {
            Object id = rule.getMetaData().get("ruleId");
            Integer at = id == null ? null : place.get(id.toString());
            rule.setLoadOrder(at != null ? at : unplaced++);
        }
    }

    /**
     * Builds the built-in rules.
     *
     * @return the rule set, never null
     * @throws PolicyConfigurationException if a rule file does not build (file and line named)
     */
    public static RuleSet builtIn() {
        Map<String, String> sources = readBuiltInSources();
        ClassLoader loader = RuleSet.class.getClassLoader();
        if (loader.getResource(PREGENERATED_MODEL) == null) {
            // not built by Maven (e.g. run from an IDE): compile the same executable model at run time
            return build(sources);
        }
        long start = System.nanoTime();
        RuleSet rules = new RuleSet(sources,
                KieBaseBuilder.createKieBaseFromModel(pregeneratedModels(loader, POLICY_PACKAGE)));
        LOG.info("Doudi built-in rules ready: {} rules from {} DRL files, pre-generated model, {} ms",
                rules.ruleCount(), sources.size(), millisSince(start));
        return rules;
    }

    /**
     * The version of drools-core on the classpath, from the {@code pom.properties} Maven puts into its jar (which a
     * shaded jar keeps; the package's Implementation-Version is the shaded jar's own there).
     *
     * @return the version, or null when it cannot be read
     */
    private static String runningDroolsVersion(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in == null) {
                return null;
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    /** @return "X.Y" of a version "X.Y.Z…" (the whole text when it has fewer parts) */
    private static String majorMinor(String version) {
        String[] parts = version.split("\\.");
        return parts.length < 2 ? version : parts[0] + "." + parts[1];
    }

    /** @return the number of rules in the KieBase */
    public int ruleCount() {
        return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    /** @return true if the rule compiler is on the classpath, so that DRL folders can be compiled at run time */
    public static boolean compilerAvailable() {
        return DrlCompiler.available();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /**
     * The rule classes kie-maven-plugin generated for one rule package, listed (after a version line
     * {@code Drools-Model-Version:X.Y.Z}) in {@link #PREGENERATED_MODEL}; empty when the model was not pre-generated
     * (e.g. run from an IDE). A model generated by another Drools minor version than the one on the classpath is not
     * guaranteed to run: that is logged as a warning.
     *
     * @param loader         the class loader holding the generated classes
     * @param packagePrefix  the rule package, with a final dot (the policy and the screening rules have a KieBase each)
     */
    static List<Model> pregeneratedModels(ClassLoader loader, String packagePrefix) {
        if (loader.getResource(PREGENERATED_MODEL) == null) {
            return List.of();
        }
        List<String> lines = readResource(PREGENERATED_MODEL).lines().map(String::strip).toList();
        String generatedWith = lines.isEmpty() ? "" : lines.get(0).replaceFirst("^Drools-Model-Version:", "");
        String running = runningDroolsVersion(loader);
        if (running == null) {
            LOG.debug("Drools version on the classpath unknown (no drools-core pom.properties): not compared with {}",
                    generatedWith);
        } else if (!majorMinor(generatedWith).equals(majorMinor(running))) {
            LOG.warn("Doudi's built-in rules were generated with Drools {} but Drools {} runs: supported is the same"
                    + " major and minor version", generatedWith, running);
        }
        List<Model> models = new ArrayList<>();
        for (String line : lines.stream().skip(1).filter(l -> l.startsWith(packagePrefix)).toList()) {
            try {
                models.add((Model) loader.loadClass(line).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw PolicyConfigurationException.brokenFile(PREGENERATED_MODEL, 0,
                        "cannot load the pre-generated rule class " + line + ": " + e);
            }
        }
        return models;
    }

    /**
     * Builds the DRL files of a folder (recursively, {@code *.drl}), replacing the built-in rules.
     *
     * @param dir  the folder, not null
     * @return the rule set, never null
     * @throws PolicyConfigurationException if a rule file does not build or the folder cannot be read
     */
    public static RuleSet fromDirectory(Path dir) {
        if (!DrlCompiler.available()) {
            throw PolicyConfigurationException.brokenFile(dir.toString(), 0, COMPILER_MISSING);
        }
        return build(readDirectory(dir)).withMessagesOf(dir);
    }

    /**
     * Compiles the DRL files of a folder ({@link #readDirectory}, then {@link #compile}): what a reload does.
     *
     * @param dir  the folder, not null
     * @return the rules, or every problem (the folder named when it cannot be read or the compiler is missing)
     */
    public static Compilation compileDirectory(Path dir) {
        if (!DrlCompiler.available()) {
            return new Compilation(null, List.of(new ConfigProblem(dir.toString(), 0, COMPILER_MISSING)));
        }
        try {
            Compilation compilation = compile(readDirectory(dir));
            return compilation.rules() == null ? compilation
                    : new Compilation(compilation.rules().withMessagesOf(dir), compilation.problems());
        } catch (PolicyConfigurationException e) {
            return new Compilation(null, List.of(new ConfigProblem(e.file(), e.line(), e.detail())));
        }
    }

    /**
     * Reads the DRL files of a folder (recursively, {@code *.drl}), by path relative to the folder: first the files
     * its {@code rules.index} lists, in that order (a copy of the built-in folder keeps the built-in order), then the
     * others, sorted. The order is the reading order of the rules ({@link #sources()}).
     *
     * @param dir  the folder, not null
     * @return file name → DRL text, never null
     * @throws PolicyConfigurationException if the folder cannot be read or holds no DRL file
     */
    public static Map<String, String> readDirectory(Path dir) {
        Map<String, String> sorted = new LinkedHashMap<>();
        List<String> index;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                // keyed by the path relative to the folder, with '/' on every system: files of the same name in
                // different subfolders are different files
                sorted.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
            }
            Path indexFile = dir.resolve("rules.index");
            index = Files.isRegularFile(indexFile) ? indexEntries(Files.readString(indexFile, StandardCharsets.UTF_8))
                    : List.of();
        } catch (IOException e) {
            throw PolicyConfigurationException.brokenFile(dir.toString(), 0, "cannot read rules folder: " + e.getMessage());
        }
        if (sorted.isEmpty()) {
            throw PolicyConfigurationException.brokenFile(dir.toString(), 0, "no .drl files in the rules folder");
        }
        Map<String, String> sources = new LinkedHashMap<>();
        index.stream().filter(sorted::containsKey).forEach(name -> sources.put(name, sorted.get(name)));
        sources.putAll(sorted);
        return sources;
    }

    /** The file names of a {@code rules.index}: one a line, blank lines and {@code #} comments skipped. */
    private static List<String> indexEntries(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * The outcome of compiling DRL sources: the rules, or every problem with file and line.
     *
     * @param rules     the rules, null when the sources do not build
     * @param problems  every problem, empty when the rules built; never null
     */
    public record Compilation(RuleSet rules, List<ConfigProblem> problems) {

        /** Copies the list. */
        public Compilation {
            problems = List.copyOf(problems);
        }

        /** @return true if the sources built */
        public boolean succeeded() {
            return rules != null;
        }
    }

    /**
     * Compiles DRL sources once into the executable model the service uses. Every problem is taken from a classic
     * parse and compile first, which names DRL lines and makes Drools log nothing; only sources that pass it are
     * built into the executable model. Without the rule compiler on the classpath, the one problem is
     * {@link #COMPILER_MISSING}.
     *
     * @param sources  file name → DRL text, not null
     * @return the rules, or every problem; never null
     */
    public static Compilation compile(Map<String, String> sources) {
        if (!DrlCompiler.available()) {
            String files = sources.isEmpty() ? "(rules)" : String.join(", ", sources.keySet());
            return new Compilation(null, List.of(new ConfigProblem(files, 0, COMPILER_MISSING)));
        }
        long start = System.nanoTime();
        DrlCompiler.Result result = DrlCompiler.compile(sources);
        if (result.kieBase() == null) {
            LOG.debug("Doudi rules did not compile: {} problems in {} DRL files, {} ms", result.problems().size(),
                    sources.size(), millisSince(start));
            result.problems().forEach(p -> LOG.debug("{}:{}: {}", p.file(), p.line(), p.message()));
            return new Compilation(null, result.problems());
        }
        RuleSet rules = new RuleSet(sources, result.kieBase());
        LOG.info("Doudi rules compiled: {} rules from {} DRL files, {} ms", rules.ruleCount(), sources.size(),
                millisSince(start));
        return new Compilation(rules, List.of());
    }

    /**
     * Compiles DRL sources as {@link #compile(Map)} does, through a cache on disk: sources whose compiled rules the
     * cache holds (same bytes, same Doudi, Drools and Java) are loaded from it instead of compiled; sources compiled
     * here are stored in it. Loading a cached entry needs no rule compiler. A cache entry that is corrupt or does not
     * load is compiled again, as if absent. Problems are never cached: sources that do not build are compiled each
     * time.
     *
     * @param sources  file name → DRL text, not null
     * @param cache    the cache, or null for none (then exactly {@link #compile(Map)})
     * @return the rules, or every problem; never null
     */
    public static Compilation compile(Map<String, String> sources, RuleCache cache) {
        if (cache == null) {
            return compile(sources);
        }
        long start = System.nanoTime();
        RuleSet cached = cache.load(sources);
        if (cached != null) {
            LOG.info("Doudi rules loaded from the cache: {} rules from {} DRL files, {} ms", cached.ruleCount(),
                    sources.size(), millisSince(start));
            return new Compilation(cached, List.of());
        }
        if (!DrlCompiler.available()) {
            return compile(sources);
        }
        DrlCompiler.Result result = DrlCompiler.compile(sources, true);
        if (result.kieBase() == null) {
            return new Compilation(null, result.problems());
        }
        RuleSet rules = new RuleSet(sources, result.kieBase());
        cache.store(sources, result.module());
        LOG.info("Doudi rules compiled and cached: {} rules from {} DRL files, {} ms", rules.ruleCount(),
                sources.size(), millisSince(start));
        return new Compilation(rules, List.of());
    }

    /**
     * Builds the DRL files of a folder as {@link #fromDirectory(Path)} does, through a cache on disk
     * ({@link #compile(Map, RuleCache)}).
     *
     * @param dir    the folder, not null
     * @param cache  the cache, or null for none
     * @return the rule set, never null
     * @throws PolicyConfigurationException if a rule file does not build or the folder cannot be read
     */
    public static RuleSet fromDirectory(Path dir, RuleCache cache) {
        if (cache == null) {
            return fromDirectory(dir);
        }
        Compilation compilation = compile(readDirectory(dir), cache);
        if (!compilation.succeeded()) {
            ConfigProblem first = compilation.problems().get(0);
            throw PolicyConfigurationException.brokenFile(first.file(), first.line(), first.message());
        }
        return compilation.rules().withMessagesOf(dir);
    }

    /**
     * Rules from a compiled KieModule jar (a {@link RuleCache} entry): its executable model's classes are defined by a
     * class loader of their own, the KieBase built from the model as for the built-in rules.
     *
     * @param sources  the DRL sources the module was compiled from, not null
     * @param module   the KieModule jar, not null
     * @return the rules, never null
     * @throws IllegalStateException if the jar holds no executable model or is not a readable jar
     */
    static RuleSet fromModule(Map<String, String> sources, byte[] module) {
        Map<String, byte[]> files;
        try {
            files = RuleCache.ModuleClassLoader.unzip(module);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a readable jar: " + e.getMessage(), e);
        }
        String modelList = files.keySet().stream().filter(n -> n.startsWith("META-INF/kie/")
                && n.endsWith("/drools-model")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no executable model in the jar"));
        ClassLoader loader = new RuleCache.ModuleClassLoader(files, RuleSet.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String line : new String(files.get(modelList), StandardCharsets.UTF_8).lines().map(String::strip)
                .skip(1).filter(l -> !l.isEmpty()).toList()) {
            try {
                models.add((Model) loader.loadClass(line).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the rule class " + line + ": " + e, e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the executable model lists no rule class");
        }
        return new RuleSet(sources, KieBaseBuilder.createKieBaseFromModel(models,
                org.kie.api.KieServices.get().newKieBaseConfiguration(null, loader)));
    }

    /**
     * Every problem of DRL sources, each with file and line ({@link #compile}).
     *
     * @param sources  file name → DRL text, not null
     * @return the problems, empty when the rules build; never null
     */
    public static List<ConfigProblem> check(Map<String, String> sources) {
        return compile(sources).problems();
    }

    /**
     * Every problem of DRL sources ({@link #check(Map)}), through a cache on disk: sources whose compiled rules the
     * cache holds compiled without a problem and are not compiled again (nor loaded); others are compiled and, when
     * they build, stored.
     *
     * @param sources  file name → DRL text, not null
     * @param cache    the cache, or null for none
     * @return the problems, empty when the rules build; never null
     */
    public static List<ConfigProblem> check(Map<String, String> sources, RuleCache cache) {
        if (cache != null && cache.holds(sources)) {
            return List.of();
        }
        return compile(sources, cache).problems();
    }

    /**
     * The built-in DRL sources, by file name, in index order.
     *
     * @return the sources, never null
     */
    public static Map<String, String> readBuiltInSources() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : indexEntries(readResource(RESOURCE_FOLDER + "rules.index"))) {
            sources.put(name, readResource(SOURCE_COPY_FOLDER + name + ".txt", RESOURCE_FOLDER + name));
        }
        return sources;
    }

    private static String readResource(String... paths) {
        ClassLoader loader = RuleSet.class.getClassLoader();
        String path = java.util.Arrays.stream(paths).filter(p -> loader.getResource(p) != null).findFirst()
                .orElseThrow(() -> PolicyConfigurationException.brokenFile(paths[paths.length - 1], 0,
                        "missing from the classpath"));
        try (InputStream in = loader.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a KieBase from DRL sources.
     *
     * @param sources  file name → DRL text, not null
     * @return the rule set, never null
     * @throws PolicyConfigurationException naming the first broken file and line
     */
    public static RuleSet build(Map<String, String> sources) {
        Compilation compilation = compile(sources);
        if (!compilation.succeeded()) {
            ConfigProblem first = compilation.problems().get(0);
            throw PolicyConfigurationException.brokenFile(first.file(), first.line(), first.message());
        }
        return compilation.rules();
    }

    /** @return the KieBase, shared between threads, never null */
    public KieBase kieBase() {
        return kieBase;
    }

    /** @return the {@code @ruleId} of every rule, unmodifiable, never null */
    public Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            Object id = r.getMetaData().get("ruleId");
            if (id != null) {
                ids.add(id.toString());
            }
        }));
        return Collections.unmodifiableSet(ids);
    }

    /** @return file name → DRL text, never null */
    public Map<String, String> sources() {
        return sources;
    }

    /** Drools' way of naming a rule in the message of a failed condition: {@code Rule "name"}. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("[Rr]ule \\[?\"([^\"]+)\"");

    /**
     * The configuration error for a failure inside the rules while deciding a valid request (a rule's action or
     * condition threw): names the rule by its {@code @ruleId}, with its file and line, so that no exception of the
     * rule engine reaches the caller.
     *
     * @param failure  what firing the rules threw, not null
     * @return the configuration error, never null
     */
    public PolicyConfigurationException failure(Throwable failure) {
        org.kie.api.definition.rule.Rule rule = null;
        Throwable cause = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException ce) {
                rule = ce.getRule();
                cause = ce.getCause() != null ? ce.getCause() : ce;
                break;
            }
            if (t instanceof org.drools.base.rule.consequence.ConsequenceException ce && ce.getRule() != null) {
                rule = ce.getRule();
                cause = ce.getCause() != null ? ce.getCause() : ce;
                break;
            }
            Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find() && (rule = ruleNamed(m.group(1))) != null) {
                cause = t.getCause() != null ? t.getCause() : t;
                break;
            }
        }
        if (rule == null) {
            return PolicyConfigurationException.ruleFailed("(未知规则 / unknown rule)", null, 0, failure);
        }
        Object id = rule.getMetaData().get("ruleId");
        String ruleId = id == null ? rule.getName() : id.toString();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            int at = source.getValue().indexOf("@ruleId(\"" + ruleId + "\")");
            if (at >= 0) {
                int line = (int) source.getValue().substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                return PolicyConfigurationException.ruleFailed(ruleId, source.getKey(), line, cause);
            }
        }
        return PolicyConfigurationException.ruleFailed(ruleId, null, 0, cause);
    }

    private org.kie.api.definition.rule.Rule ruleNamed(String name) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(r -> r.getName().equals(name)).findFirst().orElse(null);
    }
}
