package org.doudi.rules.drools;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.doudi.rules.profile.ConfigProblem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL text at run time: the only class of the library that touches the rule compiler (drools-compiler's
 * parser, MVEL, ECJ, the executable-model code generator), which embedders get only with
 * {@code org.doudi:rules-compiler}. {@link RuleSet} checks {@link #available()} before calling anything here, so that
 * the built-in rules never load these classes.
 *
 * <p>Two steps, so that a broken rule never makes Drools log an error of its own (a {@code KieContainer} build that
 * fails logs {@code ERROR ... Unable to build KieBaseModel} even though the problems are returned to the caller):
 * <ol>
 *   <li>a classic parse and compile with a bare {@link KnowledgeBuilder}, which reports every problem with its DRL
 *       line and logs nothing;</li>
 *   <li>only when that is clean, the executable-model build (the same model kie-maven-plugin pre-generates for the
 *       built-in rules, so that both decide alike). A problem that only this step finds (rare: a type the classic
 *       compiler accepts) is still returned, line 0 when Drools gives none.</li>
 * </ol>
 * Stateless and thread-safe; the executable-model builds run one at a time (they share one release id).
 */
final class DrlCompiler {

    /** Drools' echo of a file that did not parse; the parse error itself is reported on its own. */
    static final String NULL_PACKAGE = "Parser returned a null Package";

    /** Classes that exist only when the compiler is on the classpath: the DRL parser and the model generator. */
    private static final List<String> COMPILER_CLASSES = List.of(
            "org.drools.drl.parser.DrlParser",
            "org.drools.model.codegen.ExecutableModelProject",
            "org.drools.mvel.MVELConstraintBuilder",
            "org.eclipse.jdt.internal.compiler.Compiler");

    /**
     * One release id for every build. The executable model names its generated classes after a hash of the release id
     * and of the lambda's text, and the JDK's built-in class loaders remember (softly) every class file name they were
     * asked for and did not have: with a new release id per build, every reload of the same folder asked for about 400
     * new names, and the heap kept about 86 KB more after each reload. With one release id, an unchanged folder
     * generates the same names again, and an edited one new names only for the rules that changed.
     */
    private static final String[] RELEASE_ID = {"org.doudi", "doudi-policy-folder", "1.0.0"};

    /**
     * Held from a build to the removal of its module: the build puts its module into the KIE repository under the one
     * release id and the KieBase is taken from there, so two builds at once would take each other's module.
     */
    private static final ReentrantLock REPOSITORY_LOCK = new ReentrantLock();

    private DrlCompiler() {
    }

    /** @return true if the rule compiler's classes can be loaded */
    static boolean available() {
        ClassLoader loader = DrlCompiler.class.getClassLoader();
        for (String name : COMPILER_CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
        return true;
    }

    /**
     * The outcome of one compile.
     *
     * @param kieBase   the rules, null when they do not build
     * @param problems  every problem, empty when they built
     * @param module    the compiled KieModule as a jar (for {@link RuleCache}), null unless asked for and built
     */
    record Result(KieBase kieBase, List<ConfigProblem> problems, byte[] module) {
        Result(KieBase kieBase, List<ConfigProblem> problems) {
            this(kieBase, problems, null);
        }
    }

    /**
     * Compiles DRL sources into the executable model.
     *
     * @param sources  file name → DRL text, not null, not empty
     * @return the KieBase or every problem; never null
     */
    static Result compile(Map<String, String> sources) {
        return compile(sources, false);
    }

    /**
     * Compiles DRL sources into the executable model, keeping the compiled KieModule's jar when asked.
     *
     * @param sources     file name → DRL text, not null, not empty
     * @param keepModule  true to return the KieModule's jar as well ({@link Result#module()})
     * @return the KieBase or every problem; never null
     */
    static Result compile(Map<String, String> sources, boolean keepModule) {
        List<ConfigProblem> classic = classicProblems(sources);
        if (!classic.isEmpty()) {
            return new Result(null, classic);
        }
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId(RELEASE_ID[0], RELEASE_ID[1], RELEASE_ID[2]);
        REPOSITORY_LOCK.lock();
        try {
            KieBuilder builder = ks.newKieBuilder(fileSystem(ks, releaseId, sources))
                    .buildAll(ExecutableModelProject.class);
            List<ConfigProblem> problems = new ArrayList<>();
            for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
                String path = m.getPath() == null ? null : fileName(m.getPath());
                problems.add(problem(path == null ? null : unflattened(path), m.getLine(), m.getText()));
            }
            if (!problems.isEmpty()) {
                return new Result(null, problems);
            }
            byte[] module = keepModule ? ((InternalKieModule) builder.getKieModule()).getBytes() : null;
            return new Result(ks.newKieContainer(releaseId).getKieBase(), List.of(), module);
        } catch (RuntimeException e) {
            return new Result(null, List.of(new ConfigProblem(String.join(", ", sources.keySet()), 0,
                    "rules do not build: " + e.getMessage())));
        } finally {
            try {
                ks.getRepository().removeKieModule(releaseId);
            } finally {
                REPOSITORY_LOCK.unlock();
            }
        }
    }

    /**
     * Parses and compiles the sources in classic DRL mode, which names DRL lines (the executable model often reports
     * line −1), without a KieContainer (so Drools logs nothing).
     */
    private static List<ConfigProblem> classicProblems(Map<String, String> sources) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        sources.forEach((name, text) -> batch.add(ResourceFactory.newByteArrayResource(
                text.getBytes(StandardCharsets.UTF_8)).setSourcePath(RuleSet.RESOURCE_FOLDER + name),
                ResourceType.DRL));
        batch.build();
        List<ConfigProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult r : builder.getErrors()) {
            int line = r.getLines() == null || r.getLines().length == 0 ? 0 : r.getLines()[0];
            problems.add(problem(r.getResource() == null ? null : r.getResource().getSourcePath(), line,
                    r.getMessage()));
        }
        return DrlProblems.explain(withoutEchoes(problems), sources);
    }

    /**
     * The problems without Drools' "Parser returned a null Package", which only repeats that a file with a syntax
     * error (reported on its own) did not parse.
     */
    static List<ConfigProblem> withoutEchoes(List<ConfigProblem> problems) {
        List<ConfigProblem> kept = new ArrayList<>();
        for (ConfigProblem p : problems) {
            boolean echo = p.message().contains(NULL_PACKAGE) && problems.stream()
                    .anyMatch(o -> o != p && o.file().equals(p.file()) && !o.message().contains(NULL_PACKAGE));
            if (!echo) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static KieFileSystem fileSystem(KieServices ks, ReleaseId releaseId, Map<String, String> sources) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (Map.Entry<String, String> e : sources.entrySet()) {
            // one folder for every file (Drools warns when a subfolder does not match the package), each file under
            // a name that keeps its subfolders apart
            kfs.write(RESOURCES + RuleSet.RESOURCE_FOLDER + e.getKey().replace("/", SUBFOLDER), e.getValue());
        }
        return kfs;
    }

    private static ConfigProblem problem(String path, int line, String text) {
        return new ConfigProblem(path == null ? "(rules)" : fileName(path), Math.max(line, 0),
                text == null ? "" : text.strip());
    }

    private static final String RESOURCES = "src/main/resources/";

    /** Stands for a '/' of a file's path in the one folder of the executable-model build. */
    private static final String SUBFOLDER = "~~";

    private static String unflattened(String name) {
        return name.replace(SUBFOLDER, "/");
    }

    /**
     * The file's name as the sources name it: its path relative to the rules folder (subfolders kept, so that two
     * files of the same name in different subfolders stay apart and each is reported by its own path).
     */
    static String fileName(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith(RESOURCES)) {
            p = p.substring(RESOURCES.length());
        }
        int folder = p.indexOf(RuleSet.RESOURCE_FOLDER);
        return folder < 0 ? p : p.substring(folder + RuleSet.RESOURCE_FOLDER.length());
    }
}
