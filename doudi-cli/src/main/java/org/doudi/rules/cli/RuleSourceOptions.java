package org.doudi.rules.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The options every command shares (a picocli mixin): {@code --rules DIR} replaces the built-in DRL files,
 * {@code --params DIR} overlays profile data on the built-in profiles.
 */
public final class RuleSourceOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of DRL files replacing the built-in rules.")
    Path rulesDir;

    @Option(names = "--params", paramLabel = "DIR",
            description = "A folder of profile YAML files overlaid on the built-in profiles.")
    Path paramsDir;

    /** @return the rules folder, or null for the built-in rules */
    public Path rulesDir() {
        return rulesDir;
    }

    /** @return the profile overlay folder, or null for none */
    public Path paramsDir() {
        return paramsDir;
    }
}
