package org.doudi.rules.drools;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.ProtectionDomain;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.request.Masking;
import org.doudi.rules.profile.Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cache on disk of compiled rule folders and of their convention check, keyed by their content, so that a second
 * {@code validate}, {@code evaluate}, {@code test} or {@code compare} on an unchanged {@code --rules} folder loads the
 * compiled rules instead of compiling them again (compiling costs seconds of CPU; loading a cached entry about as much
 * as the built-in rules' pre-generated model).
 *
 * <p><b>Key.</b> SHA-256 over the cache format, the Doudi build (its version and a fingerprint of the Doudi classes
 * the rules call: a rebuilt jar never reuses rules compiled against the old one), the Drools version, the Java version,
 * and every DRL file of the folder in reading order: its path relative to the folder and its bytes. Any changed byte,
 * renamed, added or removed file, or reordered {@code rules.index} gives another key. Message files
 * ({@code messages_*.properties}) are not compiled and are read afresh on every run, so they are not in the key.
 *
 * <p><b>Entries.</b> One file per key and kind: {@code KEY.rules.doudi-cache} (the compiled executable model, the
 * KieModule jar Drools builds) and {@code KEY.lint.doudi-cache} (the convention check's results). Each file starts
 * with a header naming the format, the key, the kind and the SHA-256 of its payload; an entry whose header, key or
 * digest does not match, or that fails to load, is treated as absent (logged at DEBUG) and written again after
 * compiling: a corrupt entry never gives an error nor a different decision. Entries are written to a temporary file
 * in the same folder and moved into place, so that a reader never sees half an entry and two processes filling the
 * same entry at once both succeed (the last move wins; both wrote equivalent rules).
 *
 * <p><b>Bound.</b> After each write the folder keeps its bound's number of most recently used entry files
 * ({@link #DEFAULT_MAX_ENTRIES} unless {@link #in(Path, int)} says otherwise; a hit refreshes an entry's modification
 * time) and deletes the others, and temporary files older than an hour (left by a killed process). A compiled entry of the shipped 13-file rule set is about 0.7 MB.
 *
 * <p>Failures of the cache itself (a folder that cannot be created, a full disk) are logged at DEBUG and never reach
 * the caller: the rules are then compiled as without a cache. A library gets no disk cache unless it asks for one
 * ({@link RuleSet#compile(Map, RuleCache)}, {@link DroolsEligibilityService#fromDirectories(Path, Path, RuleCache)}).
 * Nothing here creates a {@code kmodule.xml} or a KieBase a host application could pick up. Thread-safe.
 */
public final class RuleCache {

    /** How many entry files the cache folder keeps by default (most recently used first). */
    public static final int DEFAULT_MAX_ENTRIES = 32;

    /** The environment variable that names the cache folder. */
    public static final String ENV_CACHE_DIR = "DOUDI_CACHE_DIR";

    /** The suffix of every entry file. */
    static final String SUFFIX = ".doudi-cache";

    /** The version of the entry layout; part of the key. */
    private static final String FORMAT = "DOUDI-CACHE 1";

    private static final Duration STALE_TEMPORARY = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(RuleCache.class);

    /** What an entry holds. */
    public enum Kind {
        /** The compiled executable model: the KieModule jar. */
        RULES,
        /** The convention check's problems and the rules it read. */
        LINT;

        String fileSuffix() {
            return "." + name().toLowerCase(java.util.Locale.ROOT) + SUFFIX;
        }
    }

    private final Path dir;
    private final int maxEntries;

    private RuleCache(Path dir, int maxEntries) {
        this.dir = Objects.requireNonNull(dir, "dir");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /**
     * A cache in a folder (created when first written), keeping {@link #DEFAULT_MAX_ENTRIES} entry files.
     *
     * @param dir  the folder, not null
     * @return the cache, never null
     */
    public static RuleCache in(Path dir) {
        return new RuleCache(dir, DEFAULT_MAX_ENTRIES);
    }

    /**
     * A cache in a folder keeping at most {@code maxEntries} entry files.
     *
     * @param dir         the folder, not null
     * @param maxEntries  how many entry files to keep, at least 1
     * @return the cache, never null
     */
    public static RuleCache in(Path dir, int maxEntries) {
        return new RuleCache(dir, maxEntries);
    }

    /**
     * The user's cache folder for Doudi: {@code $DOUDI_CACHE_DIR} when set, else {@code $XDG_CACHE_HOME/doudi}, else
     * {@code ~/.cache/doudi}.
     *
     * @param env       the environment (e.g. {@link System#getenv()}), not null
     * @param userHome  the user's home folder, not null
     * @return the folder, never null
     */
    public static Path defaultDirectory(Map<String, String> env, Path userHome) {
        String own = env.get(ENV_CACHE_DIR);
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "doudi");
        }
        return userHome.resolve(".cache").resolve("doudi");
    }

    /** @return the cache folder, never null */
    public Path directory() {
        return dir;
    }

    /**
     * The key of DRL sources: see the class comment.
     *
     * @param sources  file name (relative path) → DRL text, in reading order, not null
     * @return 64 hexadecimal digits, never null
     */
    public static String key(Map<String, String> sources) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, BuildIdentity.TEXT);
        for (Map.Entry<String, String> source : sources.entrySet()) {
            update(digest, source.getKey());
            byte[] bytes = source.getValue().getBytes(StandardCharsets.UTF_8);
            update(digest, Integer.toString(bytes.length));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Reads the payload of an entry.
     *
     * @param key   the key ({@link #key}), not null
     * @param kind  what the entry holds, not null
     * @return the payload, or null when the entry is absent, unreadable or does not match its key or digest
     */
    public byte[] read(String key, Kind kind) {
        Path file = dir.resolve(key + kind.fileSuffix());
        if (!Files.isRegularFile(file)) {
            LOG.debug("rule cache miss: {} {}", kind, key);
            return null;
        }
        try {
            byte[] all = Files.readAllBytes(file);
            byte[] payload = payload(all, key, kind);
            if (payload == null) {
                LOG.debug("rule cache entry {} is corrupt or of another format: ignored, compiling again",
                        masked(file));
                return null;
            }
            touch(file);
            return payload;
        } catch (IOException | RuntimeException e) {
            LOG.debug("rule cache entry {} cannot be read ({}): compiling again", masked(file), masked(e));
            return null;
        }
    }

    /** The header of an entry: format, key, kind and the payload's digest, one a line, then an empty line. */
    private static String header(String key, Kind kind, byte[] payload) {
        return FORMAT + "\nkey=" + key + "\nkind=" + kind.name() + "\nsha256="
                + HexFormat.of().formatHex(sha256().digest(payload)) + "\n\n";
    }

    private static byte[] payload(byte[] all, String key, Kind kind) {
        int end = indexOf(all, "\n\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0 || end > 512) {
            return null;
        }
        String head = new String(all, 0, end + 2, StandardCharsets.US_ASCII);
        byte[] payload = Arrays.copyOfRange(all, end + 2, all.length);
        return head.equals(header(key, kind, payload)) ? payload : null;
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException e) {
            LOG.debug("rule cache entry {} not marked as used: {}", masked(file), masked(e));
        }
    }

    /**
     * Writes an entry atomically (temporary file, then a move), then trims the folder to its bound. Never throws: a
     * failure is logged at DEBUG.
     *
     * @param key      the key ({@link #key}), not null
     * @param kind     what the entry holds, not null
     * @param payload  the bytes to keep, not null
     */
    public void write(String key, Kind kind, byte[] payload) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, key + ".", ".tmp");
            byte[] head = header(key, kind, payload).getBytes(StandardCharsets.US_ASCII);
            try (var out = Files.newOutputStream(tmp)) {
                out.write(head);
                out.write(payload);
            }
            Path target = dir.resolve(key + kind.fileSuffix());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            LOG.debug("rule cache entry written: {}", masked(target));
            trim();
        } catch (IOException | RuntimeException e) {
            LOG.debug("rule cache entry {} {} not written: {}", kind, key, masked(e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.debug("temporary file {} not deleted: {}", masked(tmp), masked(e));
                }
            }
        }
    }

    /** Keeps the {@link #maxEntries} most recently used entry files and deletes stale temporary files. */
    private void trim() throws IOException {
        List<Path> entries = new ArrayList<>();
        Instant staleBefore = Instant.now().minus(STALE_TEMPORARY);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    entries.add(f);
                } else if (name.endsWith(".tmp") && modified(f).toInstant().isBefore(staleBefore)) {
                    Files.deleteIfExists(f);
                }
            }
        }
        if (entries.size() <= maxEntries) {
            return;
        }
        entries.sort(Comparator.comparing(RuleCache::modified).reversed());
        for (Path old : entries.subList(maxEntries, entries.size())) {
            try {
                Files.deleteIfExists(old);
                LOG.debug("rule cache entry removed (least recently used): {}", masked(old));
            } catch (IOException e) {
                LOG.debug("rule cache entry {} not removed: {}", masked(old), masked(e));
            }
        }
    }

    /** A path or failure as a log line may show it: through the project's one masking rule. */
    private static String masked(Object o) {
        return Masking.scrub(String.valueOf(o));
    }

    private static FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * The compiled rules of DRL sources, loaded from the cache.
     *
     * @param sources  file name → DRL text, in reading order, not null
     * @return the rules, or null when the cache holds no usable entry
     */
    RuleSet load(Map<String, String> sources) {
        String key = key(sources);
        byte[] module = read(key, Kind.RULES);
        if (module == null) {
            return null;
        }
        try {
            RuleSet rules = RuleSet.fromModule(sources, module);
            LOG.debug("rule cache hit: {} rules loaded from {}", rules.ruleCount(), key);
            return rules;
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("rule cache entry {} does not load ({}): compiling again", key, masked(e));
            return null;
        }
    }

    /**
     * @param sources  file name → DRL text, in reading order, not null
     * @return true if the cache holds the compiled rules of exactly these sources (they compiled without a problem)
     */
    boolean holds(Map<String, String> sources) {
        return read(key(sources), Kind.RULES) != null;
    }

    /**
     * Stores the compiled rules of DRL sources.
     *
     * @param sources  file name → DRL text, in reading order, not null
     * @param module   the KieModule jar the compiler built, not null
     */
    void store(Map<String, String> sources, byte[] module) {
        write(key(sources), Kind.RULES, module);
    }

    /**
     * The identity of this Doudi build as it affects compiled rules: the versions of Doudi, Drools and Java, and a
     * fingerprint of the Doudi classes (every class under {@code org/doudi/} in the jars or folders holding the
     * rules' facts, helpers and parameters: names, sizes and CRCs of jar entries, bytes of class files), computed once.
     */
    static final class BuildIdentity {

        static final String TEXT = compute();

        private BuildIdentity() {
        }

        private static String compute() {
            ClassLoader loader = RuleCache.class.getClassLoader();
            MessageDigest digest = sha256();
            Set<Path> places = new LinkedHashSet<>();
            for (Class<?> c : List.of(RuleSet.class, Parameters.class, PolicyConfigurationException.class)) {
                Path place = location(c.getProtectionDomain());
                if (place != null) {
                    places.add(place);
                }
            }
            for (Path place : places) {
                try {
                    fingerprint(place, digest);
                } catch (IOException | RuntimeException e) {
                    // an unreadable place: the fingerprint cannot vouch for it, so no entry is ever reused
                    update(digest, Instant.now() + "/" + System.nanoTime());
                }
            }
            return "doudi " + version(loader, "org.doudi", "rules-drools") + "; drools "
                    + version(loader, "org.drools", "drools-core") + "; java " + Runtime.version() + "; classes "
                    + HexFormat.of().formatHex(digest.digest());
        }

        private static Path location(ProtectionDomain domain) {
            try {
                URL url = domain == null || domain.getCodeSource() == null ? null
                        : domain.getCodeSource().getLocation();
                return url == null ? null : Path.of(url.toURI());
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }

        private static void fingerprint(Path place, MessageDigest digest) throws IOException {
            if (Files.isDirectory(place)) {
                Path root = place.resolve("org").resolve("doudi");
                if (!Files.isDirectory(root)) {
                    return;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        update(digest, place.relativize(f).toString().replace('\\', '/'));
                        digest.update(Files.readAllBytes(f));
                    }
                }
            } else {
                try (ZipFile zip = new ZipFile(place.toFile())) {
                    List<? extends ZipEntry> entries = zip.stream()
                            .filter(e -> e.getName().startsWith("org/doudi/") && !e.isDirectory())
                            .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                    for (ZipEntry e : entries) {
                        update(digest, e.getName() + "/" + e.getSize() + "/" + e.getCrc());
                    }
                }
            }
        }

        private static String version(ClassLoader loader, String group, String artifact) {
            try (InputStream in = loader.getResourceAsStream("META-INF/maven/" + group + "/" + artifact
                    + "/pom.properties")) {
                if (in == null) {
                    return "unknown";
                }
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }
    }

    /**
     * A class loader for the classes of a compiled KieModule jar, held in memory: the executable model of a cached
     * rule folder. Its parent is the loader of the library (facts, helpers, Drools).
     */
    static final class ModuleClassLoader extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> files;

        ModuleClassLoader(Map<String, byte[]> files, ClassLoader parent) {
            super("doudi-cached-rules", parent);
            this.files = files;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = files.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        /**
         * The module's own files except its {@code META-INF} (its {@code kmodule.xml} and model lists are read once
         * by {@link RuleSet}; no KIE container ever finds them here), then the parent's.
         */
        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] bytes = name.startsWith("META-INF/") ? null : files.get(name);
            return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
        }

        /**
         * The files of a jar.
         *
         * @param jar  the jar's bytes, not null
         * @return path → bytes, never null
         * @throws IOException if the jar is not a readable zip (a wrong CRC included)
         */
        static Map<String, byte[]> unzip(byte[] jar) throws IOException {
            Map<String, byte[]> files = new java.util.HashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (!e.isDirectory()) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        in.transferTo(out);
                        files.put(e.getName(), out.toByteArray());
                    }
                }
            }
            return files;
        }
    }
}
