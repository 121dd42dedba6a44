package org.doudi.rules.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.profile.YamlTree.ListNode;
import org.doudi.rules.profile.YamlTree.MapNode;
import org.doudi.rules.profile.YamlTree.Node;
import org.doudi.rules.profile.YamlTree.Scalar;

/**
 * A loaded set of jurisdiction profiles: the built-in ones (classpath {@code org/doudi/rules/profiles/}, listed in
 * {@code index.yaml} so they are found inside a jar), optionally overlaid by an analyst's folder (the JSON contract,
 * {@code --params DIR}), or a folder alone. The file format is documented at the top of {@code cn-national.yaml}.
 *
 * <p>Loading checks every file; the loaders throw {@link PolicyConfigurationException#brokenFile} for the first
 * problem, {@link #check} and {@link #checkWithOverlay} return them all. This class is immutable and thread-safe.
 */
public final class ProfileRepository {

    /** The classpath folder of the built-in profiles. */
    static final String RESOURCE_DIR = "org/doudi/rules/profiles/";
    private static final String INDEX = "index.yaml";

    private static volatile ProfileRepository builtIn;
    private static volatile List<ProfileLoader.SourceFile> builtInFiles;

    private final Map<String, Profile> byId;
    private final Map<String, Profile> byRegion;
    private final List<Profile> all;

    private ProfileRepository(Map<String, Profile> profiles) {
        this.byId = Map.copyOf(profiles);
        Map<String, Profile> regions = new HashMap<>();
        profiles.values().forEach(p -> p.regions().forEach(r -> regions.put(r, p)));
        this.byRegion = Map.copyOf(regions);
        this.all = profiles.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /**
     * The built-in profiles, parsed once and cached.
     *
     * @return the repository, never null
     * @throws PolicyConfigurationException if a built-in file is broken
     */
    public static ProfileRepository builtIn() {
        ProfileRepository r = builtIn;
        if (r == null) {
            synchronized (ProfileRepository.class) {
                r = builtIn;
                if (r == null) {
                    r = build(ProfileLoader.load(builtInFiles(), List.of()));
                    builtIn = r;
                }
            }
        }
        return r;
    }

    /**
     * The built-in profiles overlaid by the YAML files of a folder ({@code --params DIR}): a file whose id is new adds
     * a profile; a file whose id is built in replaces, per residence, the whole dated series of each parameter it
     * sets (and its name, parent or regions when given), keeping the rest.
     *
     * @param dir  the folder ({@code *.yaml} and {@code *.yml}, not recursive, {@code index.yaml} ignored), not null
     * @return the repository, never null
     * @throws PolicyConfigurationException if a file is broken or the folder cannot be read
     */
    public static ProfileRepository builtInWithOverlay(Path dir) {
        return build(ProfileLoader.load(builtInFiles(), readDirectory(dir)));
    }

    /**
     * The profiles of a folder alone (a child's parent must be in the same folder).
     *
     * @param dir  the folder ({@code *.yaml} and {@code *.yml}, not recursive, {@code index.yaml} ignored), not null
     * @return the repository, never null
     * @throws PolicyConfigurationException if a file is broken or the folder cannot be read
     */
    public static ProfileRepository fromDirectory(Path dir) {
        return build(ProfileLoader.load(readDirectory(dir), List.of()));
    }

    /**
     * Every problem in the profiles of a folder read alone (as {@link #fromDirectory}).
     *
     * @param dir  the folder, not null
     * @return the problems in file order, empty when the folder loads, never null
     */
    public static List<ConfigProblem> check(Path dir) {
        try {
            return ProfileLoader.load(readDirectory(dir), List.of()).problems();
        } catch (PolicyConfigurationException e) {
            return List.of(new ConfigProblem(e.file(), e.line(), e.detail()));
        }
    }

    /**
     * Every problem in the built-in profiles overlaid by a folder (as {@link #builtInWithOverlay}); what
     * {@code doudi validate [--params DIR]} prints.
     *
     * @param dir  the overlay folder, or null for the built-in profiles alone
     * @return the problems in file order, empty when everything loads, never null
     */
    public static List<ConfigProblem> checkWithOverlay(Path dir) {
        try {
            return ProfileLoader.load(builtInFiles(), dir == null ? List.of() : readDirectory(dir)).problems();
        } catch (PolicyConfigurationException e) {
            return List.of(new ConfigProblem(e.file(), e.line(), e.detail()));
        }
    }

    /**
     * Every problem in the built-in profiles overlaid by a folder, as {@link #checkWithOverlay(Path)}, and, when they
     * load, every clause given for a rule id the rules do not have ({@link #unknownRuleIds}).
     *
     * @param dir      the overlay folder, or null for the built-in profiles alone
     * @param ruleIds  the {@code @ruleId}s of the rules in use, not null
     * @return the problems in file order, empty when everything loads, never null
     */
    public static List<ConfigProblem> checkWithOverlay(Path dir, Set<String> ruleIds) {
        List<ConfigProblem> problems = checkWithOverlay(dir);
        if (!problems.isEmpty()) {
            return problems;
        }
        return (dir == null ? builtIn() : builtInWithOverlay(dir)).unknownRuleIds(ruleIds);
    }

    /**
     * The profiles' own clauses ({@code clauses:}) given for rules that the rules in use do not have: a misspelt rule
     * id, or a rule an analyst's {@code --rules DIR} dropped. Each entry is reported once, at its file and line.
     *
     * @param ruleIds  the {@code @ruleId}s of the rules in use, not null
     * @return one problem per file and unknown rule, at the rule's first entry in the file, in file and line order;
     *         empty when none; never null
     */
    public List<ConfigProblem> unknownRuleIds(Set<String> ruleIds) {
        Objects.requireNonNull(ruleIds, "ruleIds");
        Map<List<String>, ConfigProblem> problems = new HashMap<>();
        for (Profile p : all) {
            for (Profile.OwnClause c : p.ownClauses()) {
                if (!ruleIds.contains(c.ruleId())) {
                    problems.merge(List.of(c.file(), c.ruleId()), new ConfigProblem(c.file(), c.line(),
                            "clauses: no rule has @ruleId(\"" + c.ruleId() + "\")"),
                            (a, b) -> a.line() <= b.line() ? a : b);
                }
            }
        }
        return problems.values().stream().sorted(Comparator.comparing(ConfigProblem::file)
                .thenComparingInt(ConfigProblem::line)).toList();
    }

    /**
     * @param id  a profile id such as {@code gs-huining}, may be null
     * @return the profile, empty when unknown, never null
     */
    public Optional<Profile> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /**
     * @param regionCode  a 6-digit region code such as {@code 620422}, may be null
     * @return the profile serving the region, empty when none, never null
     */
    public Optional<Profile> byRegion(String regionCode) {
        return regionCode == null ? Optional.empty() : Optional.ofNullable(byRegion.get(regionCode));
    }

    /** @return every profile, base profiles included, sorted by id, unmodifiable, never null */
    public List<Profile> all() {
        return all;
    }

    // ---------------------------------------------------------------- loading

    private static ProfileRepository build(ProfileLoader.Result result) {
        if (!result.problems().isEmpty()) {
            ConfigProblem first = result.problems().get(0);
            int more = result.problems().size() - 1;
            throw PolicyConfigurationException.brokenFile(first.file(), first.line(),
                    first.message() + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : ""));
        }
        return new ProfileRepository(result.profiles());
    }

    private static List<ProfileLoader.SourceFile> builtInFiles() {
        List<ProfileLoader.SourceFile> files = builtInFiles;
        if (files == null) {
            synchronized (ProfileRepository.class) {
                files = builtInFiles;
                if (files == null) {
                    files = readBuiltInFiles();
                    builtInFiles = files;
                }
            }
        }
        return files;
    }

    private static List<ProfileLoader.SourceFile> readBuiltInFiles() {
        String indexName = RESOURCE_DIR + INDEX;
        List<ConfigProblem> problems = new ArrayList<>();
        Node root = YamlTree.parse(resource(indexName), indexName, problems);
        if (root == null) {
            ConfigProblem p = problems.get(0);
            throw PolicyConfigurationException.brokenFile(p.file(), p.line(), p.message());
        }
        if (!(root instanceof MapNode map) || map.field("profiles") == null
                || !(map.field("profiles").value() instanceof ListNode list)) {
            throw PolicyConfigurationException.brokenFile(indexName, root.line(),
                    "expected profiles: [file names of the built-in profiles]");
        }
        List<ProfileLoader.SourceFile> files = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof Scalar s && s.isText())) {
                throw PolicyConfigurationException.brokenFile(indexName, item.line(), "expected a file name");
            }
            files.add(new ProfileLoader.SourceFile(RESOURCE_DIR + s.text(), resource(RESOURCE_DIR + s.text())));
        }
        return List.copyOf(files);
    }

    private static String resource(String name) {
        ClassLoader loader = ProfileRepository.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw PolicyConfigurationException.brokenFile(name, 0, "built-in profile file not found on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ProfileLoader.SourceFile> readDirectory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw PolicyConfigurationException.brokenFile(dir.toString(), 0, "not a readable folder");
        }
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith("index.");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw PolicyConfigurationException.brokenFile(dir.toString(), 0, "cannot list the folder: " + e.getMessage());
        }
        List<ProfileLoader.SourceFile> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.add(new ProfileLoader.SourceFile(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw PolicyConfigurationException.brokenFile(p.toString(), 0, "cannot read: " + e.getMessage());
            }
        }
        return files;
    }
}
