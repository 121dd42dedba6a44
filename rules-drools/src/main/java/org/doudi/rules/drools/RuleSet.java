package org.doudi.rules.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.profile.ConfigProblem;
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
 * ({@code --rules DIR}) and is compiled at run time into the same executable model. The KieBase is safe to share
 * between threads. Immutable.
 */
public final class RuleSet {

    /** Classpath folder of the built-in DRL files. */
    public static final String RESOURCE_FOLDER = "org/doudi/rules/policy/";

    /** Where the build keeps a copy of the built-in DRL text (the KieBase's own folder holds the generated model). */
    private static final String SOURCE_COPY_FOLDER = "doudi-policy-sources/";

    /** Where kie-maven-plugin puts the executable model it pre-generates from the built-in DRL files. */
    private static final String PREGENERATED_MODEL = "META-INF/kie/org.doudi/rules-drools/drools-model";

    private static final AtomicLong BUILDS = new AtomicLong();

    /** The package of the policy rules' generated model classes (the screening rules have a KieBase of their own). */
    private static final String POLICY_PACKAGE = "org.doudi.rules.policy.";

    private final Map<String, String> sources;
    private final KieBase kieBase;

    private RuleSet(Map<String, String> sources, KieBase kieBase) {
        this.sources = sources;
        this.kieBase = kieBase;
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
        return new RuleSet(Map.copyOf(sources),
                KieBaseBuilder.createKieBaseFromModel(pregeneratedModels(loader, POLICY_PACKAGE)));
    }

    /**
     * The rule classes kie-maven-plugin generated for one rule package, listed (after a version line) in
     * {@link #PREGENERATED_MODEL}; empty when the model was not pre-generated (e.g. run from an IDE).
     */
    static List<Model> pregeneratedModels(ClassLoader loader, String packagePrefix) {
        if (loader.getResource(PREGENERATED_MODEL) == null) {
            return List.of();
        }
        List<Model> models = new ArrayList<>();
        for (String line : readResource(PREGENERATED_MODEL).lines().skip(1).map(String::strip)
                .filter(l -> l.startsWith(packagePrefix)).toList()) {
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
     * Reads the DRL files of a folder (recursively, {@code *.drl}), by path relative to the folder, sorted.
     *
     * @param dir  the folder, not null
     * @return file name → DRL text, never null
     * @throws PolicyConfigurationException if the folder cannot be read or holds no DRL file
     */
    public static Map<String, String> readDirectory(Path dir) {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                sources.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw PolicyConfigurationException.brokenFile(dir.toString(), 0, "cannot read rules folder: " + e.getMessage());
        }
        if (sources.isEmpty()) {
            throw PolicyConfigurationException.brokenFile(dir.toString(), 0, "no .drl files in the rules folder");
        }
        return sources;
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
        return new Compilation(new RuleSet(Map.copyOf(sources), kieBase), List.of());
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
        for (String name : readResource(RESOURCE_FOLDER + "rules.index").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
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
}
