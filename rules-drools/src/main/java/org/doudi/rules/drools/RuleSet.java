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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.profile.ConfigProblem;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The policy rules: DRL sources (one file per policy area) and the KieBase built from them once.
 *
 * <p>Built-in rules are the DRL files listed in {@code org/doudi/rules/policy/rules.index} on the classpath; their
 * executable model is pre-generated at build time by kie-maven-plugin. An analyst's folder replaces them
 * ({@code --rules DIR}) and is compiled at run time into the same executable model. Either way the rules load in
 * reading order (the files in index order, each from top to bottom), which is the order Drools fires rules that could
 * fire at the same moment. The KieBase is safe to share between threads. Immutable.
 */
public final class RuleSet {

    /** Classpath folder of the built-in DRL files. */
    public static final String RESOURCE_FOLDER = "org/doudi/rules/policy/";

    /** Where the build keeps a copy of the built-in DRL text (the KieBase's own folder holds the generated model). */
    private static final String SOURCE_COPY_FOLDER = "doudi-policy-sources/";

    /** Where kie-maven-plugin puts the executable model it pre-generates from the built-in DRL files. */
    private static final String PREGENERATED_MODEL = "META-INF/kie/org.doudi/rules-drools/drools-model";

    private static final AtomicLong BUILDS = new AtomicLong();

    private final Map<String, String> sources;
    private final KieBase kieBase;

    private RuleSet(Map<String, String> sources, KieBase kieBase) {
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.kieBase = kieBase;
        inReadingOrder(kieBase, sources);
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
        return new RuleSet(sources, KieBaseBuilder.createKieBaseFromModel(pregeneratedModels(loader)));
    }

    /** The rule classes kie-maven-plugin generated, listed (after a version line) in {@link #PREGENERATED_MODEL}. */
    private static List<Model> pregeneratedModels(ClassLoader loader) {
        List<Model> models = new ArrayList<>();
        for (String line : readResource(PREGENERATED_MODEL).lines().skip(1).map(String::strip)
                .filter(l -> !l.isEmpty()).toList()) {
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
        return build(readDirectory(dir));
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
                sorted.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
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
     * Compiles DRL sources once into the executable model the service uses. When they do not build, the problems are
     * taken from a classic parse and compile, which names DRL lines (the executable model often reports line −1 or
     * throws instead of reporting).
     *
     * @param sources  file name → DRL text, not null
     * @return the rules, or every problem; never null
     */
    public static Compilation compile(Map<String, String> sources) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("org.doudi", "doudi-policy-" + BUILDS.incrementAndGet(), "1.0.0");
        List<ConfigProblem> modelProblems = new ArrayList<>();
        try {
            KieBuilder builder = ks.newKieBuilder(fileSystem(ks, releaseId, sources))
                    .buildAll(ExecutableModelProject.class);
            builder.getResults().getMessages(Message.Level.ERROR).forEach(m -> modelProblems.add(toProblem(m)));
        } catch (RuntimeException e) {
            modelProblems.add(new ConfigProblem(String.join(", ", sources.keySet()), 0,
                    "rules do not build: " + e.getMessage()));
        }
        if (!modelProblems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            List<ConfigProblem> classic = classicErrors(sources).stream().map(RuleSet::toProblem).toList();
            return new Compilation(null, classic.isEmpty() ? modelProblems : classic);
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        return new Compilation(new RuleSet(sources, kieBase), List.of());
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

    private static KieFileSystem fileSystem(KieServices ks, ReleaseId releaseId, Map<String, String> sources) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (Map.Entry<String, String> e : sources.entrySet()) {
            kfs.write("src/main/resources/" + RESOURCE_FOLDER + fileName(e.getKey()), e.getValue());
        }
        return kfs;
    }

    /**
     * Parses and compiles the sources in classic DRL mode, which reports DRL line numbers (the executable model often
     * reports line −1).
     *
     * @param sources  file name → DRL text, not null
     * @return every error with file and line, empty when the classic build is clean
     */
    public static List<Message> classicErrors(Map<String, String> sources) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("org.doudi", "doudi-check-" + BUILDS.incrementAndGet(), "1.0.0");
        try {
            return new ArrayList<>(ks.newKieBuilder(fileSystem(ks, releaseId, sources)).buildAll().getResults()
                    .getMessages(Message.Level.ERROR));
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static ConfigProblem toProblem(Message m) {
        return new ConfigProblem(m.getPath() == null ? "(rules)" : fileName(m.getPath()), Math.max(m.getLine(), 0),
                m.getText().strip());
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** @return the KieBase, shared between threads, never null */
    public KieBase kieBase() {
        return kieBase;
    }

    /** @return file name → DRL text, never null */
    public Map<String, String> sources() {
        return sources;
    }
}
