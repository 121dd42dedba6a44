package org.doudi.rules.drools.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The registry files given to a screening (信息比对), each optional: {@code deaths.csv}, {@code detentions.csv},
 * {@code vehicles.csv}, {@code properties.csv}, {@code businesses.csv}, {@code public-payroll.csv}, {@code tekun.csv},
 * {@code dibao-elsewhere.csv}, {@code monitored.csv} (columns in {@link Registry}). Immutable.
 */
public final class Registries {

    private static final Registries NONE = new Registries(new EnumMap<>(Registry.class));

    private final Map<Registry, Path> files;

    private Registries(EnumMap<Registry, Path> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** @return no registries: the caseload is screened on its own, never null */
    public static Registries none() {
        return NONE;
    }

    /**
     * Given files, by registry.
     *
     * @param files  registry → file, not null
     * @return the registries, never null
     */
    public static Registries of(Map<Registry, Path> files) {
        return new Registries(files.isEmpty() ? new EnumMap<>(Registry.class) : new EnumMap<>(files));
    }

    /**
     * The registry files of a folder. Every regular file in it must be one of the nine registry files: a file of any
     * other name is refused, so a misspelt name is never silently skipped. Sub-folders and hidden files (a name
     * starting with a dot) are ignored.
     *
     * @param dir  the folder, not null
     * @return the registries found, never null
     * @throws RegistryFileException if the folder cannot be read or holds a file of another name
     */
    public static Registries fromDirectory(Path dir) {
        EnumMap<Registry, Path> files = new EnumMap<>(Registry.class);
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(p)) {
                    continue;
                }
                Registry r = Registry.byFileName(name);
                if (r == null) {
                    unknown.add(name);
                } else {
                    files.put(r, p);
                }
            }
        } catch (IOException e) {
            throw new RegistryFileException("cannot read the registry folder " + dir + ": " + e.getMessage());
        }
        if (!unknown.isEmpty()) {
            throw new RegistryFileException("the registry folder " + dir + " holds file(s) of no known registry: "
                    + String.join(", ", unknown) + " (known: " + String.join(", ",
                    Stream.of(Registry.values()).map(Registry::fileName).toList()) + ")");
        }
        return new Registries(files);
    }

    /** @return registry → file, in registry order, never null */
    public Map<Registry, Path> files() {
        return files;
    }
}
