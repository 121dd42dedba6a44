package org.doudi.rules.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.RuleSet;

/**
 * What the executors decide with, as a small serialisable value: the built-in rules and profiles, or the texts of an
 * analyst's folders ({@code --rules DIR}: the DRL files, by path relative to the folder; {@code --params DIR}: the
 * files at the top of the folder, by name), read once on the driver.
 *
 * <p>The driver broadcasts it; each executor JVM writes the texts into a temporary folder once, builds the service
 * from it exactly as {@link DroolsEligibilityService#fromDirectories} does for the command line, deletes the folder
 * and keeps the service for every later task ({@link ServiceCache}). The {@linkplain #key() key} is a digest of
 * every file name and text, so the same folders always give the same key and an edited file a new one.
 *
 * <p>Immutable.
 */
public final class RuleSource implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String BUILT_IN_KEY = "built-in";

    private final Map<String, String> rules;
    private final Map<String, String> params;
    private final String key;

    private RuleSource(Map<String, String> rules, Map<String, String> params, String key) {
        this.rules = rules;
        this.params = params;
        this.key = key;
    }

    /** @return the built-in rules and profiles, never null */
    public static RuleSource builtIn() {
        return new RuleSource(Map.of(), Map.of(), BUILT_IN_KEY);
    }

    /**
     * Reads an analyst's folders on the driver and checks them by building the service once (in this JVM, which
     * keeps it: in local mode the executors use that very service).
     *
     * @param rulesDir   a folder of DRL files (searched recursively) replacing the built-in rules, or null
     * @param paramsDir  a folder of profile files overlaid on the built-in profiles, or null
     * @return the source, never null
     * @throws PolicyConfigurationException naming the file and line of the first problem, or a folder that cannot
     *         be read
     */
    public static RuleSource fromDirectories(Path rulesDir, Path paramsDir) {
        if (rulesDir == null && paramsDir == null) {
            return builtIn();
        }
        Map<String, String> rules = rulesDir == null ? Map.of() : RuleSet.readDirectory(rulesDir);
        Map<String, String> params = paramsDir == null ? Map.of() : readTopLevelFiles(paramsDir);
        RuleSource source = of(rules, params);
        ServiceCache.put(source.key(), DroolsEligibilityService.fromDirectories(rulesDir, paramsDir));
        return source;
    }

    /**
     * A source from texts already read (e.g. from a distributed file system).
     *
     * @param rules   DRL file path (relative, {@code /}-separated) → text; empty for the built-in rules
     * @param params  profile file name → text; empty for the built-in profiles alone
     * @return the source, never null (not checked: {@link #build()} reports problems)
     */
    public static RuleSource of(Map<String, String> rules, Map<String, String> params) {
        if (rules.isEmpty() && params.isEmpty()) {
            return builtIn();
        }
        Map<String, String> r = sorted(rules);
        Map<String, String> p = sorted(params);
        return new RuleSource(r, p, digest(r, p));
    }

    /**
     * @return a digest of every file name and text ({@code built-in} for the built-in rules): equal keys mean
     *         equal rules and profiles
     */
    public String key() {
        return key;
    }

    /** @return true for the built-in rules and profiles */
    public boolean isBuiltIn() {
        return BUILT_IN_KEY.equals(key);
    }

    /** @return DRL file path → text, empty for the built-in rules; unmodifiable */
    public Map<String, String> rules() {
        return rules;
    }

    /** @return profile file name → text, empty when no profile is overlaid; unmodifiable */
    public Map<String, String> params() {
        return params;
    }

    /**
     * Builds the service: the built-in one, or one from the texts written into a temporary folder, which is deleted
     * once the service is built (the service keeps everything it needs in memory).
     *
     * @return the service, never null
     * @throws PolicyConfigurationException if the rules or profiles do not build
     */
    DroolsEligibilityService build() {
        if (isBuiltIn()) {
            return DroolsEligibilityService.builtIn();
        }
        Path root = null;
        try {
            root = Files.createTempDirectory("doudi-rules-");
            Path rulesDir = rules.isEmpty() ? null : write(root.resolve("rules"), rules);
            Path paramsDir = params.isEmpty() ? null : write(root.resolve("params"), params);
            return DroolsEligibilityService.fromDirectories(rulesDir, paramsDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rules to a temporary folder: " + e.getMessage(), e);
        } finally {
            deleteTree(root);
        }
    }

    private static Path write(Path dir, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey()).normalize();
            if (!target.startsWith(dir)) {
                throw new IOException("file name outside its folder: " + f.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            root.toFile().deleteOnExit(); // best effort: a temporary folder left behind holds no personal data
        }
    }

    /** Every regular file at the top of a folder (the profile loader picks its files from them). */
    private static Map<String, String> readTopLevelFiles(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(Files::isRegularFile).sorted().toList()) {
                files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            throw PolicyConfigurationException.brokenFile(dir.toString(), 0, "cannot read the folder: " + e.getMessage());
        }
        return files;
    }

    private static Map<String, String> sorted(Map<String, String> files) {
        Map<String, String> copy = new LinkedHashMap<>();
        files.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> copy.put(Objects.requireNonNull(e.getKey()), Objects.requireNonNull(e.getValue())));
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static String digest(Map<String, String> rules, Map<String, String> params) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "rules", rules);
            update(sha, "params", params);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static void update(MessageDigest sha, String part, Map<String, String> files) {
        sha.update((part + '\0' + files.size() + '\0').getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> f : files.entrySet()) {
            byte[] name = f.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] text = f.getValue().getBytes(StandardCharsets.UTF_8);
            sha.update((name.length + ":" + text.length + '\0').getBytes(StandardCharsets.UTF_8));
            sha.update(name);
            sha.update(text);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSource other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return isBuiltIn() ? "RuleSource[built-in]"
                : "RuleSource[" + rules.size() + " rule files, " + params.size() + " profile files, " + key + "]";
    }
}
