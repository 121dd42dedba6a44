package org.doudi.rules.cli;

import java.nio.file.Path;

import org.doudi.rules.drools.RuleCache;

import picocli.CommandLine.Option;

/**
 * The options every command shares (a picocli mixin): {@code --rules DIR} replaces the built-in DRL files,
 * {@code --params DIR} overlays profile data on the built-in profiles; {@code --cache-dir DIR} and {@code --no-cache}
 * choose where the compiled rules of a {@code --rules} folder are kept between runs ({@link RuleCache}).
 */
public final class RuleSourceOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of DRL files replacing the built-in rules.")
    Path rulesDir;

    @Option(names = "--params", paramLabel = "DIR",
            description = "A folder of profile YAML files overlaid on the built-in profiles.")
    Path paramsDir;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where compiled --rules folders are kept between runs (default: $DOUDI_CACHE_DIR, else "
                    + "$XDG_CACHE_HOME/doudi, else ~/.cache/doudi).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Compile --rules folders afresh and write nothing to the cache.")
    boolean noCache;

    /** @return the rules folder, or null for the built-in rules */
    public Path rulesDir() {
        return rulesDir;
    }

    /** @return the profile overlay folder, or null for none */
    public Path paramsDir() {
        return paramsDir;
    }

    /**
     * The cache of compiled rule folders these options ask for: {@code --cache-dir}, else the user's cache folder
     * ({@link RuleCache#defaultDirectory}); none with {@code --no-cache}.
     *
     * @return the cache, or null for none
     */
    public RuleCache cache() {
        if (noCache) {
            return null;
        }
        return RuleCache.in(cacheDir != null ? cacheDir
                : RuleCache.defaultDirectory(System.getenv(), Path.of(System.getProperty("user.home"))));
    }
}
